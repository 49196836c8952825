// Numbered schema migrations on PRAGMA user_version, each applied in its own transaction.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace onewindow {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    // The migrations compiled into the program from resources/migrations (NNNN_name.sql).
    static Result<QList<Migration>> bundled();

    explicit SchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;

    // Refuses a database made by a newer OneWindow; reads only, changes nothing.
    Status refuseNewer(const Database &database) const;

    // Refuses a database newer than the program before touching it; otherwise brings it up
    // to date one version at a time and stops at the first failure with that step rolled back.
    Status migrate(Database &database) const;

private:
    QList<Migration> m_migrations;
};

} // namespace onewindow
