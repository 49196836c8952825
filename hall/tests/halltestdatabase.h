// A fresh hall store in a temporary folder, for the hall's unit tests.
#pragma once

#include "database.h"
#include "hallschema.h"

#include <memory>
#include <QTemporaryDir>
#include <QTest>

namespace onewindow::hall {

inline std::unique_ptr<Database> openTestDatabase(const QTemporaryDir &dir)
{
    Database::Options options;
    options.integrityCheck = false;
    options.migrations = HallSchema::migrations();
    auto db = Database::open(dir.filePath(QStringLiteral("hall.sqlite")), options);
    if (!db)
        qFatal("cannot open the test hall store: %s", qPrintable(db.error().message));
    return std::move(db).value();
}

} // namespace onewindow::hall
