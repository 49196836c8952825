// One terminal's SQLite database: opened with durable settings, checked, and migrated.
#pragma once

#include "result.h"
#include "schemamigrator.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
class QSqlError;
class QSqlQuery;

namespace onewindow {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        // Every build checks: a Release terminal must not start on (and write into) a damaged
        // database any more than a Debug one.
        bool integrityCheck = true;
        // Tests inject their own migrations; the terminal uses the ones bundled in resources.
        std::optional<QList<Migration>> migrations;
    };

    // The one Database of this process for filePath: a second open of the same file while the
    // first is alive is refused (storage.already_open). Another thread that needs the database
    // asks the owner for a connection (openThreadConnection), never opens the file itself.
    static Result<std::unique_ptr<Database>> open(const QString &filePath, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &filePath)
    {
        return open(filePath, Options {});
    }
    ~Database();

    // Another connection to this database for the calling thread (a worker): the file was
    // checked and migrated by the owner, so this only connects and applies the per-connection
    // settings. Safe to call from any thread while the owner is alive; the result must be
    // used and destroyed on the calling thread, before the owner goes.
    Result<std::unique_ptr<Database>> openThreadConnection() const;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    int latestSchemaVersion() const { return m_latestVersion; }

    // "ok", or SQLite's list of problems. Quick (PRAGMA quick_check) looks at every page and
    // record but not at whether indexes match their tables: what a start can afford.
    enum class Check { Quick, Full };
    Result<QString> integrityCheck(Check check = Check::Full) const;

    // Whether a transaction is open on this connection (SQLite's autocommit is off).
    bool inTransaction() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or COMMIT fails.
    Status transaction(const std::function<Status()> &work);

    // Runs several statements at once (migration scripts), through SQLite itself.
    Status executeScript(const QString &sql);

    // The SQLite connection itself, for bulk loads that bind UTF-8 directly (null when the
    // driver is not SQLite).
    sqlite3 *handle() const;

    // Turns a failed query into an Error that says what failed without echoing any values: a
    // full disk (with the free space), a busy database, or SQLite's own words.
    static Error queryError(const QSqlQuery &query, const QString &what);
    // storage.no_space for the disk that holds path, with its free space.
    static Error noSpace(const QString &path);

    // Opened on a full disk: stored data can be read, every write fails with storage.no_space.
    bool diskFull() const { return m_diskFull; }

private:
    Database(QString connectionName, QString filePath, bool owner);
    void settlePageSize(); // never fails: a database keeps working with the pages it has
    Status applyConnectionSettings();
    QString m_connectionName;
    QString m_filePath;
    int m_latestVersion = 0;
    bool m_owner = false;
    bool m_diskFull = false;
};

} // namespace onewindow
