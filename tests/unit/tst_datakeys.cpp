#include "database.h"
#include "datakeys.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestDataKeys : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir)
    {
        auto db = Database::open(dir.filePath(QStringLiteral("onewindow.sqlite")));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db.value());
    }

private slots:
    void createsAnOwnerOnlyKeyOnFirstRunAndReadsItBack()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("data.key"));
        auto keys = DataKeys::open(*db, path);
        QVERIFY2(keys.ok(), qPrintable(keys ? QString() : keys.error().message));
        const auto permissions = QFile::permissions(path);
        QVERIFY(permissions & QFile::ReadOwner);
        QCOMPARE(permissions & 0x0077, QFile::Permissions()); // nothing for group or others
        QCOMPARE(keys->currentKeyId(), 1u);
        QCOMPARE(keys->dataKey(1).size(), 32);
        QVERIFY(keys->lookupKey() != keys->auditKey());

        auto again = DataKeys::open(*db, path);
        QVERIFY(again.ok());
        QCOMPARE(again->dataKey(1), keys->dataKey(1));
        QCOMPARE(again->auditKey(), keys->auditKey());
    }

    void refusesToReplaceAMissingKeyWhenDataExists()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("data.key"));
        QVERIFY(DataKeys::open(*db, path).ok());
        QVERIFY(QFile::remove(path));
        auto keys = DataKeys::open(*db, path);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, QStringLiteral("security.key_missing"));
        QVERIFY(keys.error().message.contains(path));
        QVERIFY(!QFile::exists(path)); // no silent new key
    }

    void refusesAKeyOthersMayRead()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("data.key"));
        QVERIFY(DataKeys::open(*db, path).ok());
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto keys = DataKeys::open(*db, path);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().code, QStringLiteral("security.key_permissions"));
        QVERIFY(keys.error().message.contains(QStringLiteral("chmod 600")));
    }

    void refusesAnotherTerminalsKeyAndADamagedFile()
    {
        QTemporaryDir dir, other;
        auto db = openDatabase(dir);
        auto otherDb = openDatabase(other);
        const QString path = dir.filePath(QStringLiteral("data.key"));
        const QString otherPath = other.filePath(QStringLiteral("data.key"));
        QVERIFY(DataKeys::open(*db, path).ok());
        QVERIFY(DataKeys::open(*otherDb, otherPath).ok());
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(otherPath, path));
        auto foreign = DataKeys::open(*db, path);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("security.key_foreign"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("onewindow-keys 1\ndata 1 short\n");
        file.close();
        QCOMPARE(DataKeys::open(*db, path).error().code, QStringLiteral("security.key_damaged"));
    }

    void rotationAddsAKeyAndKeepsTheOldOnes()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("data.key"));
        auto keys = DataKeys::open(*db, path);
        QVERIFY(keys.ok());
        const QByteArray first = keys->dataKey(1);
        QVERIFY(keys->rotate(*db).ok());
        QCOMPARE(keys->currentKeyId(), 2u);
        auto reopened = DataKeys::open(*db, path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->dataKey(1), first);
        QCOMPARE(reopened->dataKey(2), keys->dataKey(2));
        QCOMPARE(reopened->currentKeyId(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestDataKeys)
#include "tst_datakeys.moc"
