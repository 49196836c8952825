// HallSchema: the reference hall's own SQLite schema, as migrations for onewindow::Database.
#pragma once

#include "schemamigrator.h"

namespace onewindow::hall {

class HallSchema
{
public:
    static QList<Migration> migrations();
};

} // namespace onewindow::hall
