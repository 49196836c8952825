#include "database.h"

#include "logging.h"

#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
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

// The databases this process owns. SQLite's POSIX locks belong to the process, and closing any
// descriptor of a file drops all of them: a second owner of the same file in one process (its own
// checks, its own close) would let another process checkpoint and delete the WAL under the first.
QMutex g_ownedMutex;
QSet<QString> g_ownedPaths;

bool claimPath(const QString &path)
{
    QMutexLocker lock(&g_ownedMutex);
    if (g_ownedPaths.contains(path))
        return false;
    g_ownedPaths.insert(path);
    return true;
}

void releasePath(const QString &path)
{
    QMutexLocker lock(&g_ownedMutex);
    g_ownedPaths.remove(path);
}

int primaryCode(const QSqlError &error) { return error.nativeErrorCode().toInt() & 0xff; }

// Below this much free space SQLite cannot grow its shared-memory index or WAL: a failed open
// or write is then the disk's fault, not a permission problem.
constexpr qint64 kFullDiskBytes = 4 * 1024 * 1024;

qint64 freeBytesAt(const QString &filePath)
{
    QStorageInfo storage(QFileInfo(filePath).absolutePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

bool isIoProblem(int code)
{
    return code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN;
}

QString connectionName()
{
    return QStringLiteral("onewindow-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Database::Database(QString connectionName, QString filePath, bool owner)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
    , m_owner(owner)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_owner)
        releasePath(m_filePath);
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
    auto migrations = options.migrations ? Result<QList<Migration>>(*options.migrations)
                                         : SchemaMigrator::bundled();
    if (!migrations)
        return migrations.error();
    if (!claimPath(path))
        return Error { QStringLiteral("storage.already_open"),
            tr("The database %1 is already open in this program. Use the connection it has "
               "(a worker thread asks it for one); a second opening would drop the locks that "
               "keep other programs from deleting its journal.")
                .arg(path) };

    // A file this user may not write would be opened read-only by SQLite, which then leaves its
    // -wal and -shm files behind with the file's own read-only mode. QFileInfo only asks the
    // file system (no descriptor is opened, see claimPath).
    const QFileInfo file(path);
    if (file.exists() && (!file.isReadable() || !file.isWritable())) {
        releasePath(path);
        return Error { QStringLiteral("storage.read_only"),
            tr("The database %1 cannot be written by this user. Nothing was changed. Run "
               "OneWindow as the terminal's user, or give that user read and write permission "
               "on the file.")
                .arg(path) };
    }

    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(name, path, true));
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error { QStringLiteral("storage.cannot_open"),
            tr("The database %1 cannot be opened (%2). Check that this user may read "
               "and write it.")
                .arg(path, db.lastError().text()) };

    // The first read tells whether the file is a database at all. Only SQLite reads the file
    // (never a QFile: see claimPath), and it writes nothing to a file whose header is not its
    // own, so a foreign file is refused unchanged.
    QSqlQuery probe(db);
    bool read = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!read && isIoProblem(primaryCode(probe.lastError()))
        && freeBytesAt(path) < kFullDiskBytes) {
        // A full disk: SQLite cannot size the shared-memory index that WAL mode reads through.
        // In exclusive locking mode it keeps that index in its own memory instead, so what is
        // stored can still be read (db info, catalog search, the kiosk's finder); nothing can
        // be written until space is freed, and each write says so.
        probe.finish();
        db.close();
        if (db.open()) {
            QSqlQuery exclusive(db);
            exclusive.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
            exclusive.finish();
            probe = QSqlQuery(db);
            read = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
            database->m_diskFull = read;
            if (read)
                qCWarning(lcStorage) << "the disk is full: the database is open for reading, "
                                        "writes fail until space is freed";
        }
    }
    if (!read) {
        const QSqlError error = probe.lastError();
        if (primaryCode(error) == SQLITE_NOTADB)
            return Error { QStringLiteral("storage.not_a_database"),
                tr("The file %1 is not a OneWindow database. Nothing was changed. Move the "
                   "file away, or start OneWindow with another --data-dir.")
                    .arg(path) };
        if (primaryCode(error) == SQLITE_CORRUPT)
            return Error { QStringLiteral("storage.corrupt"),
                tr("The database %1 is damaged (%2). Nothing was changed. Restore it "
                   "from a backup, or move it away to start a new one.")
                    .arg(path, error.databaseText()) };
        if (isIoProblem(primaryCode(error)) && freeBytesAt(path) < kFullDiskBytes)
            return noSpace(path);
        return Error { QStringLiteral("storage.cannot_open"),
            tr("The database %1 cannot be read (%2). Check that this user may read "
               "and write it.")
                .arg(path, error.databaseText()) };
    }
    probe.finish();

    if (options.integrityCheck) {
        // quick_check: every page and record is read, but indexes are not matched against their
        // tables. Over 100,000 cases it takes a fraction of the full check (README, Storage).
        auto check = database->integrityCheck(Check::Quick);
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

    if (database->m_diskFull) {
        // Reading only: no page-size rebuild, no migration (both write).
        if (database->schemaVersion() < database->m_latestVersion)
            return noSpace(path);
        return database;
    }
    database->settlePageSize();
    if (Status settings = database->applyConnectionSettings(); !settings)
        return settings.error();
    if (Status migrated = migrator.migrate(*database); !migrated)
        return migrated.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openThreadConnection() const
{
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(name, m_filePath, false));
    database->m_latestVersion = m_latestVersion;
    QSqlDatabase db = database->connection();
    if (!db.open())
        return Error { QStringLiteral("storage.cannot_open"),
            tr("The database %1 cannot be opened (%2). Check that this user may read "
               "and write it.")
                .arg(m_filePath, db.lastError().text()) };
    if (Status settings = database->applyConnectionSettings(); !settings)
        return settings.error();
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

Result<QString> Database::integrityCheck(Check check) const
{
    QSqlQuery q(connection());
    if (!q.exec(check == Check::Quick ? QStringLiteral("PRAGMA quick_check")
                                      : QStringLiteral("PRAGMA integrity_check")))
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
    // SQLite has already rolled back after some failures (a full disk, say): only an open
    // transaction is rolled back here.
    if (inTransaction()) {
        QSqlQuery rollback(connection());
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().databaseText();
    }
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

Error Database::noSpace(const QString &path)
{
    const qint64 free = qMax<qint64>(freeBytesAt(path), 0);
    return Error { QStringLiteral("storage.no_space"),
        tr("There is no space left on the disk that holds %1 (%2 free). Nothing was saved. "
           "Free some space on that disk (old files, logs), or ask the terminal's "
           "administrator; what is stored can still be looked at.")
            .arg(path, QLocale().formattedDataSize(free)) };
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const int code = primaryCode(query.lastError());
    if (code == SQLITE_FULL || code == SQLITE_IOERR) {
        // Which disk: the database this process owns (one per process, see claimPath).
        QString path;
        {
            QMutexLocker lock(&g_ownedMutex);
            if (!g_ownedPaths.isEmpty())
                path = *g_ownedPaths.cbegin();
        }
        if (code == SQLITE_FULL || (!path.isEmpty() && freeBytesAt(path) < kFullDiskBytes))
            return noSpace(path);
    }
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error { QStringLiteral("storage.busy"),
            tr("Another OneWindow program kept the database busy for more than %1 seconds, so "
               "\"%2\" was not done. Try again in a moment; if this keeps happening, check that "
               "no onewindowctl command is still running on this terminal's data folder.")
                .arg(kBusyTimeoutMs / 1000)
                .arg(what) };
    // databaseText() is SQLite's message (constraint names, not bound values): safe to show.
    return Error {
        QStringLiteral("storage.query_failed"),
        tr("The database could not complete \"%1\": %2").arg(what, query.lastError().databaseText())
    };
}

} // namespace onewindow
