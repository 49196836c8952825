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
#ifdef NDEBUG
        bool integrityCheck = false;
#else
        bool integrityCheck = true;
#endif
        // Tests inject their own migrations; the terminal uses the ones bundled in resources.
        std::optional<QList<Migration>> migrations;
    };

    static Result<std::unique_ptr<Database>> open(const QString &filePath, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &filePath)
    {
        return open(filePath, Options {});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    int latestSchemaVersion() const { return m_latestVersion; }

    // "ok", or SQLite's list of problems.
    Result<QString> integrityCheck() const;

    // Whether a transaction is open on this connection (SQLite's autocommit is off).
    bool inTransaction() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or COMMIT fails.
    Status transaction(const std::function<Status()> &work);

    // Runs several statements at once (migration scripts), through SQLite itself.
    Status executeScript(const QString &sql);

    // The SQLite connection itself, for bulk loads that bind UTF-8 directly (null when the
    // driver is not SQLite).
    sqlite3 *handle() const;

    // Turns a failed query into an Error that says what failed without echoing any values.
    static Error queryError(const QSqlQuery &query, const QString &what);

private:
    Database(QString connectionName, QString filePath);
    void settlePageSize(); // never fails: a database keeps working with the pages it has
    Status applyConnectionSettings();
    QString m_connectionName;
    QString m_filePath;
    int m_latestVersion = 0;
};

} // namespace onewindow
