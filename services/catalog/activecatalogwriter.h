// ActiveCatalogWriter: replaces the active catalog's rows and search index, item by item, inside
// the caller's transaction.
#pragma once

#include "activecatalogrow.h"
#include "catalogmodel.h"
#include "result.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

struct sqlite3;
struct sqlite3_stmt;

namespace onewindow {

class Database;
class PinyinTranscriber;

// A catalog load is hundreds of thousands of rows: the two per-item statements go to SQLite
// directly, binding the UTF-8 the catalog was read from, instead of through QVariant and UTF-16.
// Items arrive one at a time, so the import can write while its worker still parses.
class ActiveCatalogWriter
{
    Q_DECLARE_TR_FUNCTIONS(ActiveCatalogWriter)
public:
    using ItemProgress = std::function<void(qsizetype done, qsizetype total)>;

    explicit ActiveCatalogWriter(Database &database);
    ~ActiveCatalogWriter(); // gives back the load's cache and secure_delete settings
    ActiveCatalogWriter(const ActiveCatalogWriter &) = delete;
    ActiveCatalogWriter &operator=(const ActiveCatalogWriter &) = delete;

    // Empties the active catalog and writes the catalog's departments, certificate types and
    // calendar (its items are not looked at). total: how many items will follow, for progress.
    Status begin(const Catalog &catalog, qsizetype total, ItemProgress progress = {});

    // The department name an item's search document names (after begin() or in reindex()).
    QString departmentName(const QString &code) const { return m_departmentNames.value(code); }

    // Item number id (1, 2, … in catalog order), with its texts and search document as UTF-8.
    Status add(int id, const CatalogItem &item, const ActiveCatalogRow &row);

    // The themes, and versionId made the active version.
    Status finish(int versionId, const QDateTime &now);

    // Instead of a load: the search index made anew from the active items' snapshots (after a
    // migration changed its definition; it keeps no texts to copy).
    Status reindex(PinyinTranscriber &pinyin);

private:
    Status useLoadSettings();
    Status emptySearchIndex(); // and prepares the index statement
    Status index(int id, const ActiveCatalogRow &row);
    Status settleSearchIndex(); // after the last item of a load or a re-index
    Status prepare(sqlite3_stmt **statement, const char *sql, const QString &what);
    Error sqliteError(const QString &what) const;

    Database &m_database;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_item = nullptr;
    sqlite3_stmt *m_index = nullptr;
    int m_cacheSize = 0;
    bool m_settingsChanged = false;
    qsizetype m_total = 0;
    qsizetype m_done = 0;
    ItemProgress m_progress;
    QHash<QString, QString> m_departmentNames;
    QHash<QString, int> m_themeCounts;
    QStringList m_themeOrder;
    QHash<QString, QString> m_themesEn;
};

} // namespace onewindow
