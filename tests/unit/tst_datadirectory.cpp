#include "datadirectory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace onewindow;

class TestDataDirectory : public QObject
{
    Q_OBJECT
private slots:
    void createsAMissingFolderOnlyItsOwnerMayEnter()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("a/b/data"));
        auto dir = DataDirectory::prepare(path);
        QVERIFY2(dir.ok(), qPrintable(dir ? QString() : dir.error().message));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
            QFile::Permissions());
        QCOMPARE(dir->databasePath(), path + QStringLiteral("/onewindow.sqlite"));
        QVERIFY(!QFile::exists(path + QStringLiteral("/.onewindow-write-probe")));
    }

    void refusesAFileInsteadOfAFolder()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("file"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        auto dir = DataDirectory::prepare(path);
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("storage.dir_not_directory"));
        QVERIFY(dir.error().message.contains(QStringLiteral("--data-dir")));
    }

    void refusesAFolderThatCannotBeCreated()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto dir = DataDirectory::prepare(file + QStringLiteral("/below"));
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("storage.dir_not_writable"));
    }

    void refusesAFolderThatCannotBeWritten()
    {
        if (::geteuid() == 0)
            QSKIP("root writes through permissions; covered by the path-below-a-file case");
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        auto dir = DataDirectory::prepare(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("storage.dir_not_writable"));
    }

    // A mistyped --data-dir must not become a new, empty terminal: existing() never creates.
    void existingRefusesAFolderWithoutATerminal()
    {
        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("no/such/dir"));
        auto dir = DataDirectory::existing(missing);
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("storage.no_terminal"));
        QVERIFY(dir.error().message.contains(missing));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("no"))));

        const QString empty = tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(
            DataDirectory::existing(empty).error().code, QStringLiteral("storage.no_terminal"));
        QVERIFY(QDir(empty).isEmpty());

        QFile database(empty + QStringLiteral("/onewindow.sqlite"));
        QVERIFY(database.open(QIODevice::WriteOnly));
        database.close();
        QVERIFY(DataDirectory::holdsTerminal(empty));
        QVERIFY(DataDirectory::existing(empty).ok());
    }

    void refusesAnEmptyPath()
    {
        auto dir = DataDirectory::prepare(QStringLiteral("  "));
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("storage.dir_empty"));
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
