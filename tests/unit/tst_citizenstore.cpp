// Also the raw-bytes check: a known ID number and name are nowhere in the database file, its
// WAL or the log output in plain text.
#include "citizenstore.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "residentid.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {
QByteArray g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message.toUtf8() + '\n';
}
} // namespace

class TestCitizenStore : public QObject
{
    Q_OBJECT
private slots:
    void storesSealedAndFindsByKeyedHash()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("onewindow.sqlite")));
        QVERIFY(db.ok());
        auto keys = DataKeys::open(*db.value(), dir.filePath(QStringLiteral("data.key")));
        QVERIFY(keys.ok());
        FieldCipher cipher(keys.value());
        CitizenStore store(*db.value(), cipher);
        const auto id = ResidentId::parse(QStringLiteral("11010519491231002X")).value();
        auto citizenId = store.remember(id, QStringLiteral("陈小明"));
        QVERIFY(citizenId.ok());
        auto again = store.remember(id, QStringLiteral("陈晓明"));
        QCOMPARE(again.value(), citizenId.value());
        auto found = store.findByIdNumber(id);
        QVERIFY(found.ok() && found.value());
        QCOMPARE(found.value()->name, QStringLiteral("陈晓明"));
        QCOMPARE(found.value()->idNumber, id.number());
        const auto other = ResidentId::parse(QStringLiteral("110105491231002")).value();
        QCOMPARE(other.number(), id.number()); // the legacy form finds the same person
        QVERIFY(!store.remember(id, QString(1000, QLatin1Char('x'))).ok());
    }

    void noPersonalDataInTheRawDatabaseWalOrLogs()
    {
        QTemporaryDir dir;
        const QString idText = QStringLiteral("44030419900101001X");
        const QString first17 = idText.left(17);
        const QString number = first17 + ResidentId::checkCharacter(first17);
        const QString name = QStringLiteral("欧阳明珠");
        QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*=true"));
        {
            auto db = Database::open(dir.filePath(QStringLiteral("onewindow.sqlite")));
            QVERIFY(db.ok());
            auto keys = DataKeys::open(*db.value(), dir.filePath(QStringLiteral("data.key")));
            QVERIFY(keys.ok());
            QVERIFY(keys->rotate(*db.value()).ok());
            FieldCipher cipher(keys.value());
            CitizenStore store(*db.value(), cipher);
            const auto id = ResidentId::parse(number);
            QVERIFY(id.ok());
            QVERIFY(store.remember(id.value(), name).ok());
            QVERIFY(store.findByIdNumber(id.value()).value());
            // Keep the WAL: check it while the connection is still open.
            const QString wal = dir.filePath(QStringLiteral("onewindow.sqlite-wal"));
            QVERIFY(QFile::exists(wal));
            QFile walFile(wal);
            QVERIFY(walFile.open(QIODevice::ReadOnly));
            const QByteArray walBytes = walFile.readAll();
            QVERIFY(!walBytes.isEmpty());
            QVERIFY(!walBytes.contains(number.toUtf8()));
            QVERIFY(!walBytes.contains(name.toUtf8()));
        }
        qInstallMessageHandler(previous);
        QVERIFY(g_log.contains("data key")); // the logging did run
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("onewindow.sqlite")));
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &needle :
                { number.toUtf8(), name.toUtf8(), number.left(14).toUtf8(),
                    QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2) })
                QVERIFY2(!bytes.contains(needle), qPrintable(file));
        }
        QVERIFY(!g_log.contains(number.toUtf8()));
        QVERIFY(!g_log.contains(name.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCitizenStore)
#include "tst_citizenstore.moc"
