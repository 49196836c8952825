#include "schemamigrator.h"

#include "database.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace onewindow {

Result<QList<Migration>> SchemaMigrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QDir dir(QStringLiteral(":/onewindow/migrations"));
    QList<Migration> migrations;
    const QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        QFile f(dir.filePath(file));
        if (!match.hasMatch() || !f.open(QIODevice::ReadOnly))
            return Error { QStringLiteral("storage.bad_migration"),
                           tr("The bundled database migration %1 is unusable; this build of "
                              "OneWindow is broken.")
                               .arg(file) };
        migrations.append({ match.captured(1).toInt(), match.captured(2),
                            QString::fromUtf8(f.readAll()) });
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return Error { QStringLiteral("storage.bad_migration"),
                           tr("The bundled database migrations are not numbered 1, 2, 3 … "
                              "without gaps; this build of OneWindow is broken.") };
    }
    return migrations;
}

SchemaMigrator::SchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Status SchemaMigrator::refuseNewer(const Database &database) const
{
    const int current = database.schemaVersion();
    if (current < 0)
        return Error { QStringLiteral("storage.cannot_read_version"),
                       tr("The schema version of %1 cannot be read.").arg(database.filePath()) };
    if (current > latestVersion())
        return Error { QStringLiteral("storage.too_new"),
                       tr("The database %1 was made by a newer OneWindow (schema version %2; this "
                          "program knows up to %3). Nothing was changed. Install the newer "
                          "OneWindow, or start with another --data-dir.")
                           .arg(database.filePath())
                           .arg(current)
                           .arg(latestVersion()) };
    return {};
}

Status SchemaMigrator::migrate(Database &database) const
{
    if (Status newer = refuseNewer(database); !newer)
        return newer;
    const int current = database.schemaVersion();

    for (const Migration &m : m_migrations) {
        if (m.version <= current)
            continue;
        Status step = database.transaction([&]() -> Status {
            if (Status s = database.executeScript(m.sql); !s)
                return s;
            QSqlQuery q(database.connection());
            q.prepare(QStringLiteral("INSERT INTO schema_migrations(version, name, applied_at) "
                                     "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
            q.addBindValue(m.version);
            q.addBindValue(m.name);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("record migration"));
            // user_version is part of the same transaction, so a failed step leaves it alone.
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
                return Database::queryError(q, QStringLiteral("user_version"));
            return {};
        });
        if (!step)
            return Error { QStringLiteral("storage.migration_failed"),
                           tr("Updating the database %1 to schema version %2 (%3) failed and was "
                              "undone: %4")
                               .arg(database.filePath())
                               .arg(m.version)
                               .arg(m.name, step.error().message) };
        qCInfo(lcStorage) << "database migrated to schema version" << m.version << m.name;
    }
    return {};
}

} // namespace onewindow
