#include "database.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

namespace onewindow {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

// How long a statement waits for another connection's lock before it reports "busy".
constexpr int kBusyTimeoutMs = 5000;

// A catalog item's row is about 1.5 KB (mostly its snapshot as published): a 4 KB page holds
// two and leaves a fifth of itself empty, an 8 KB page holds five. Fuller pages also mean half
// the WAL frames, and half the checkpoint's reads and writes, when a catalog is loaded.
// Measured over 50,000 items (interleaved runs): a load takes 10% less time and the database
// is 14 MB (a tenth) smaller; 16 KB pages gained no more, and would double what every small
// update of a case writes.
constexpr int kPageSize = 8192;

bool looksLikeSqlite(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite makes a new database here
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report the access problem
    const QByteArray header = file.read(16);
    return header.size() == 16 && header.startsWith(kSqliteMagic) && header.at(15) == '\0';
}

bool isCorruption(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const Options &options)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
    // Refuse a foreign file before SQLite can touch it, so nothing is ever overwritten.
    if (!looksLikeSqlite(path))
        return Error { QStringLiteral("storage.not_a_database"),
            tr("The file %1 is not a OneWindow database. Nothing was changed. Move the "
               "file away, or start OneWindow with another --data-dir.")
                .arg(path) };

    auto migrations = options.migrations ? Result<QList<Migration>>(*options.migrations)
                                         : SchemaMigrator::bundled();
    if (!migrations)
        return migrations.error();

    const QString name
        = QStringLiteral("onewindow-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(name, path));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error { QStringLiteral("storage.cannot_open"),
            tr("The database %1 cannot be opened (%2). Check that this user may read "
               "and write it.")
                .arg(path, db.lastError().text()) };

    // The first read tells whether the file is readable at all.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        const QSqlError error = probe.lastError();
        if (isCorruption(error))
            return Error { QStringLiteral("storage.corrupt"),
                tr("The database %1 is damaged (%2). Nothing was changed. Restore it "
                   "from a backup, or move it away to start a new one.")
                    .arg(path, error.databaseText()) };
        return Error { QStringLiteral("storage.cannot_open"),
            tr("The database %1 cannot be read (%2). Check that this user may read "
               "and write it.")
                .arg(path, error.databaseText()) };
    }
    probe.finish();

    if (options.integrityCheck) {
        auto check = database->integrityCheck();
        if (!check)
            return check.error();
        if (check.value() != QLatin1String("ok"))
            return Error { QStringLiteral("storage.corrupt"),
                tr("The database %1 is damaged (%2). Nothing was changed. Restore it "
                   "from a backup, or move it away to start a new one.")
                    .arg(path, check.value().left(200)) };
    }

    SchemaMigrator migrator(migrations.value());
    database->m_latestVersion = migrator.latestVersion();
    // A newer database is refused before any setting is written to it.
    if (Status newer = migrator.refuseNewer(*database); !newer)
        return newer.error();

    database->settlePageSize();
    if (Status settings = database->applyConnectionSettings(); !settings)
        return settings.error();
    if (Status migrated = migrator.migrate(*database); !migrated)
        return migrated.error();
    return database;
}

void Database::settlePageSize()
{
    QSqlQuery q(connection());
    const auto value = [&q](const QString &sql) {
        const bool read = q.exec(sql) && q.next();
        const QVariant v = read ? q.value(0) : QVariant();
        q.finish();
        return v;
    };
    if (value(QStringLiteral("PRAGMA page_size")).toInt() >= kPageSize)
        return;
    if (value(QStringLiteral("PRAGMA page_count")).toInt() == 0) {
        // A new database: the size holds from its first write on.
        value(QStringLiteral("PRAGMA page_size=%1").arg(kPageSize));
        return;
    }
    // An older database is rebuilt with the larger pages once. The page size cannot change in
    // WAL mode, and leaving it needs the database to itself: while another process has it
    // open, it keeps its pages (it works the same, only loads catalogs slower) until a later
    // start. Not waiting for that process keeps the start quick.
    sqlite3 *db = handle();
    if (!db)
        return;
    sqlite3_busy_timeout(db, 0);
    const bool alone = value(QStringLiteral("PRAGMA journal_mode=DELETE")).toString().toLower()
        == QLatin1String("delete");
    if (!alone) {
        qCInfo(lcStorage) << "database in use elsewhere: its page size stays until a later start";
    } else {
        value(QStringLiteral("PRAGMA page_size=%1").arg(kPageSize));
        // Atomic under the rollback journal; WAL mode is set again right after, also when
        // this fails (a full disk, say).
        if (q.exec(QStringLiteral("VACUUM")))
            qCInfo(lcStorage) << "database rebuilt once with" << kPageSize << "byte pages";
        else
            qCWarning(lcStorage) << "rebuilding the database with larger pages failed:"
                                 << q.lastError().databaseText();
        q.finish();
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
}

Status Database::applyConnectionSettings()
{
    QSqlDatabase db = connection();
    struct Setting
    {
        const char *set;
        const char *read;
        const char *expected;
    };
    // The terminal holds the only copy of a case until the hall acknowledges it: every
    // commit must be on disk (FULL), deleted personal data must not linger in free pages.
    static const Setting settings[] = {
        { "PRAGMA journal_mode=WAL", "PRAGMA journal_mode", "wal" },
        { "PRAGMA synchronous=FULL", "PRAGMA synchronous", "2" },
        { "PRAGMA secure_delete=ON", "PRAGMA secure_delete", "1" },
        { "PRAGMA foreign_keys=ON", "PRAGMA foreign_keys", "1" },
    };
    for (const Setting &s : settings) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(s.set)))
            return Error { QStringLiteral("storage.cannot_configure"),
                tr("The database %1 cannot be configured (%2). Check that this user "
                   "may write to it and to its folder.")
                    .arg(m_filePath, q.lastError().databaseText()) };
        q.finish();
        if (!q.exec(QLatin1String(s.read)) || !q.next()
            || q.value(0).toString().toLower() != QLatin1String(s.expected)) {
            return Error { QStringLiteral("storage.setting_not_in_effect"),
                tr("The database setting \"%1\" is not in effect on %2, so cases could "
                   "be lost. OneWindow will not run this way; put the data directory "
                   "on a local disk.")
                    .arg(QLatin1String(s.set), m_filePath) };
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error { QStringLiteral("storage.corrupt"),
            tr("The database %1 is damaged (%2). Nothing was changed. Restore it from "
               "a backup, or move it away to start a new one.")
                .arg(m_filePath, q.lastError().databaseText()) };
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

bool Database::inTransaction() const
{
    sqlite3 *db = handle();
    return db && sqlite3_get_autocommit(db) == 0;
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(q, QStringLiteral("BEGIN"));
    Status result = work();
    if (result) {
        if (q.exec(QStringLiteral("COMMIT")))
            return result;
        result = queryError(q, QStringLiteral("COMMIT"));
    }
    QSqlQuery rollback(connection());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().databaseText();
    return result;
}

Status Database::executeScript(const QString &sql)
{
    sqlite3 *db = handle();
    if (!db)
        return Error { QStringLiteral("storage.no_handle"),
            tr("The database driver is not SQLite; OneWindow cannot run this way.") };
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error { QStringLiteral("storage.script_failed"),
            tr("A database step failed: %1").arg(text) };
    }
    return {};
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    // databaseText() is SQLite's message (constraint names, not bound values): safe to show.
    return Error {
        QStringLiteral("storage.query_failed"),
        tr("The database could not complete \"%1\": %2").arg(what, query.lastError().databaseText())
    };
}

} // namespace onewindow
