#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace onewindow;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString().toLower();
}

// Writes through SQLite's own API, as the sqlite3 command line would.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void newDatabaseHasDurableSettingsAndLatestSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db.value(), "synchronous"), QStringLiteral("2"));
        QCOMPARE(pragma(*db.value(), "secure_delete"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*db.value(), "page_size"), QStringLiteral("8192"));
        QVERIFY(db.value()->latestSchemaVersion() >= 1);
        QCOMPARE(db.value()->schemaVersion(), db.value()->latestSchemaVersion());

        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), db.value()->latestSchemaVersion());
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        int version = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            version = db.value()->schemaVersion();
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), version);
        QCOMPARE(again.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void anOlderDatabaseIsRebuiltWithLargerPagesKeepingItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        rawExec(path,
            "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE kept (x TEXT); "
            "INSERT INTO kept VALUES ('a'), ('b');");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
        QCOMPARE(pragma(*db.value(), "page_size"), QStringLiteral("8192"));
        QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db.value()->integrityCheck().value(), QStringLiteral("ok"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x, '') FROM kept")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ab"));
        QCOMPARE(db.value()->schemaVersion(), db.value()->latestSchemaVersion());
    }

    void anOlderDatabaseInUseElsewhereKeepsItsPagesUntilALaterStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        rawExec(path, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE kept (x);");
        sqlite3 *other = nullptr; // another process's connection, say the kiosk's
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(other, "SELECT count(*) FROM kept", nullptr, nullptr, nullptr), SQLITE_OK);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().message));
            QCOMPARE(pragma(*db.value(), "page_size"), QStringLiteral("4096"));
            QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
            QCOMPARE(db.value()->schemaVersion(), db.value()->latestSchemaVersion());
        }
        sqlite3_close(other);
        auto later = Database::open(path);
        QVERIFY(later.ok());
        QCOMPARE(pragma(*later.value(), "page_size"), QStringLiteral("8192"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are somebody's notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.not_a_database"));
        QVERIFY(db.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesACorruptDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        rawExec(path,
            "PRAGMA page_size=4096; CREATE TABLE t(x TEXT); "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<2000) "
            "INSERT INTO t SELECT hex(randomblob(40)) FROM n;");
        // Scribble over the second page, as a failing disk would.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        f.write(QByteArray(4096, '\xA5'));
        f.close();
        const QByteArray before = fileHash(path);

        Database::Options options;
        options.integrityCheck = true;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.corrupt"));
        QCOMPARE(fileHash(path), before);
    }

    // The terminal's own options, as a Release build has them: the acceptance walk found that
    // an optimised build skipped the check and started (and imported a catalog) on a damaged
    // database. This file is also built with NDEBUG as tst_database_release.
    void refusesADamagedPageWithTheDefaultOptions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        rawExec(path,
            "PRAGMA page_size=4096; CREATE TABLE t(x TEXT); "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<2000) "
            "INSERT INTO t SELECT hex(randomblob(40)) FROM n;");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(3 * 4096));
        f.write(QByteArray(4096, '\x5A'));
        f.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.corrupt"));
        QCOMPARE(fileHash(path), before);
    }

    // One Database per process and file: a second one would drop the first one's locks when it
    // closes. A worker thread gets a connection from the owner instead.
    void aSecondOpenInTheSameProcessIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        auto first = Database::open(path);
        QVERIFY(first.ok());
        auto second = Database::open(dir.path() + QStringLiteral("/./t.sqlite"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("storage.already_open"));

        int workerSees = -1;
        QThread *worker = QThread::create([&] {
            auto connection = first.value()->openThreadConnection();
            if (!connection)
                return;
            QSqlQuery q(connection.value()->connection());
            if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
                workerSees = q.value(0).toInt();
        });
        worker->start();
        // No timeout: a timed wait is not reliable under faketime (run-dated-tests.sh).
        QVERIFY(worker->wait());
        delete worker;
        QCOMPARE(workerSees, 1); // the per-connection settings hold on the worker's too

        first.value().reset();
        QVERIFY(Database::open(path).ok()); // free again once the owner is gone
    }

    void refusesADatabaseFromANewerOneWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        rawExec(path, "PRAGMA user_version = 999;");
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.too_new"));
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void failedMigrationIsUndoneAndStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Database::Options options;
        options.migrations = QList<Migration> {
            { 1, QStringLiteral("base"),
                QStringLiteral("CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, name "
                               "TEXT, applied_at TEXT) STRICT;") },
            { 2, QStringLiteral("broken"),
                QStringLiteral(
                    "CREATE TABLE half(x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);") },
            { 3, QStringLiteral("never"), QStringLiteral("CREATE TABLE never(x INTEGER) STRICT;") },
        };
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("storage.migration_failed"));

        options.migrations->resize(1);
        auto reopened = Database::open(path, options);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->schemaVersion(), 1);
        QSqlQuery q(reopened.value()->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('half', 'never')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void transactionRollsBackWhenWorkFails()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        Database &d = *db.value();
        Status s = d.transaction([&]() -> Status {
            QSqlQuery q(d.connection());
            if (!q.exec(QStringLiteral("INSERT INTO terminal_settings VALUES ('k', '1', 'now')")))
                return Database::queryError(q, QStringLiteral("insert"));
            return Error { QStringLiteral("test.fail"), QStringLiteral("fail on purpose") };
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("test.fail"));
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM terminal_settings")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void eventsAreAppendOnly()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO events(event_id, case_id, seq, type, at, actor, body) "
            "VALUES ('e1', 'c1', 1, 'submitted', '2026-11-23T10:00:00+08:00', 'kiosk', x'00')")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET type = 'completed'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET sent_at = 'now'")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
