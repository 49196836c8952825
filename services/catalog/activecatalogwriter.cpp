#include "activecatalogwriter.h"

#include "catalogparser.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace onewindow {

namespace {

// The page cache while a catalog is loaded, in KiB. Rows go in by rising id and FTS5 writes
// each segment once (no merging during the load), so pages leave the cache for good: a small
// cache spills them to the WAL while the items are read, instead of holding the whole
// catalog's pages for the commit to write. Measured over 50,000 items: 2 to 16 MB load alike,
// 128 MB is 8% slower and holds 110 MB more.
constexpr int kLoadCacheKiB = 16 * 1024;

// Binds UTF-8 that lives until the statement has run.
int bindText(sqlite3_stmt *statement, int column, QByteArrayView utf8)
{
    // Never a null pointer: SQLite would store NULL instead of ''.
    return sqlite3_bind_text(
        statement, column, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

} // namespace

ActiveCatalogWriter::ActiveCatalogWriter(Database &database)
    : m_database(database)
    , m_db(database.handle())
{ }

ActiveCatalogWriter::~ActiveCatalogWriter()
{
    sqlite3_finalize(m_item);
    sqlite3_finalize(m_index);
    if (!m_settingsChanged)
        return;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    q.exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
}

Error ActiveCatalogWriter::sqliteError(const QString &what) const
{
    // SQLite's message names constraints, never bound values: safe to show.
    return { QStringLiteral("storage.query_failed"),
        Database::tr("The database could not complete \"%1\": %2")
            .arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no SQLite connection")) };
}

Status ActiveCatalogWriter::prepare(sqlite3_stmt **statement, const char *sql, const QString &what)
{
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, statement, nullptr) != SQLITE_OK)
        return sqliteError(what);
    return {};
}

Status ActiveCatalogWriter::useLoadSettings()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return Database::queryError(q, QStringLiteral("prepare catalog load"));
    m_cacheSize = q.value(0).toInt();
    q.finish();
    m_settingsChanged = true;
    // The catalog is public: zeroing the pages of the catalog being replaced (secure_delete,
    // there for personal data) would only double the writes. Durability is untouched: the
    // caller's transaction still commits with synchronous=FULL.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete=OFF"))
        || !q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kLoadCacheKiB)))
        return Database::queryError(q, QStringLiteral("prepare catalog load"));
    return {};
}

Status ActiveCatalogWriter::emptySearchIndex()
{
    QSqlQuery q(m_database.connection());
    // Emptying an FTS5 table row by row re-reads every row's text; dropping it and making it
    // again from its own stored definition (the migrations') frees it at once, in this same
    // transaction.
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'catalog_search'"))
        || !q.next())
        return Database::queryError(q, QStringLiteral("read search index definition"));
    const QString searchTable = q.value(0).toString();
    q.finish();
    if (!q.exec(QStringLiteral("DROP TABLE catalog_search")) || !q.exec(searchTable))
        return Database::queryError(q, QStringLiteral("clear search index"));
    // A bulk load: FTS5 writes each segment once. No merging while rows go in (automerge 0,
    // and crisis merges only past 32 segments a level), segments of 4 MB of terms instead of
    // 1 MB, and no 'optimize' at the end, which would rewrite the whole index once more. Over
    // 50,000 items this leaves 12 segments, fewer than the default merging left (16), for a
    // fifth less index work; a search over them stays about 2 ms at p99 (budget 5 ms). Larger
    // segments were measured too: slower, the term hash outgrows the processor's caches.
    for (const char *sql :
        { "INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 0)",
            "INSERT INTO catalog_search (catalog_search, rank) VALUES ('crisismerge', 32)",
            "INSERT INTO catalog_search (catalog_search, rank) VALUES ('hashsize', 4194304)" })
        if (!q.exec(QLatin1String(sql)))
            return Database::queryError(q, QStringLiteral("clear search index"));
    return prepare(&m_index,
        "INSERT INTO catalog_search (rowid, head, initials, inner, body) VALUES (?, ?, ?, ?, ?)",
        QStringLiteral("index catalog item"));
}

Status ActiveCatalogWriter::begin(const Catalog &catalog, qsizetype total, ItemProgress progress)
{
    m_total = total;
    m_progress = std::move(progress);
    m_themesEn = catalog.themesEn;
    if (Status s = useLoadSettings(); !s)
        return s;
    if (Status s = emptySearchIndex(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    for (const char *sql : { "DELETE FROM catalog_items", "DELETE FROM catalog_departments",
             "DELETE FROM catalog_certificate_types", "DELETE FROM catalog_calendar",
             "DELETE FROM catalog_themes" })
        if (!q.exec(QLatin1String(sql)))
            return Database::queryError(q, QStringLiteral("clear active catalog"));

    q.prepare(QStringLiteral(
        "INSERT INTO catalog_departments (code, name, name_en, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < catalog.departments.size(); ++i) {
        const CatalogDepartment &d = catalog.departments.at(i);
        m_departmentNames.insert(d.code, d.name);
        q.addBindValue(d.code);
        q.addBindValue(d.name);
        q.addBindValue(d.nameEn.isNull() ? QStringLiteral("") : d.nameEn);
        q.addBindValue(int(i));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("insert department"));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_certificate_types (code, name, name_en) VALUES (?, ?, ?)"));
    for (const CatalogCertificateType &t : catalog.certificateTypes) {
        q.addBindValue(t.code);
        q.addBindValue(t.name);
        q.addBindValue(t.nameEn.isNull() ? QStringLiteral("") : t.nameEn);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("insert certificate type"));
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO catalog_calendar (day, kind) VALUES (?, ?)"));
    for (const auto &[dates, kind] : { std::pair { &catalog.holidays, "holiday" },
             std::pair { &catalog.workdays, "workday" } }) {
        for (const QDate &day : *dates) {
            q.addBindValue(day.toString(Qt::ISODate));
            q.addBindValue(QLatin1String(kind));
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("insert calendar day"));
        }
    }
    return prepare(&m_item,
        "INSERT INTO catalog_items (id, code, name, short_name, name_en, department, level, "
        "kind, themes, audience, legal_limit_days, promised_limit_days, fee_cents, "
        "online_level, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        QStringLiteral("insert catalog item"));
}

Status ActiveCatalogWriter::add(int id, const CatalogItem &item, const ActiveCatalogRow &row)
{
    for (const QString &theme : item.themes) {
        auto count = m_themeCounts.find(theme);
        if (count == m_themeCounts.end()) {
            m_themeOrder << theme;
            m_themeCounts.insert(theme, 1);
        } else {
            ++*count;
        }
    }
    sqlite3_bind_int(m_item, 1, id);
    for (int t = ActiveCatalogRow::Code; t <= ActiveCatalogRow::Audience; ++t)
        bindText(m_item, t + 2, row.text(ActiveCatalogRow::Text(t)));
    sqlite3_bind_int(m_item, 11, item.legalLimitDays);
    sqlite3_bind_int(m_item, 12, item.promisedLimitDays);
    sqlite3_bind_int64(m_item, 13, item.feeCents);
    sqlite3_bind_int(m_item, 14, item.onlineLevel);
    // The snapshot is UTF-8 already: the largest value of every row, bound as it is.
    bindText(m_item, 15, item.snapshot);
    int rc = sqlite3_step(m_item);
    sqlite3_reset(m_item);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("insert catalog item"));
    if (Status indexed = index(id, row); !indexed)
        return indexed;
    ++m_done;
    if (m_progress && (m_done % 500 == 0 || m_done == m_total))
        m_progress(m_done, m_total);
    return {};
}

Status ActiveCatalogWriter::index(int id, const ActiveCatalogRow &row)
{
    sqlite3_bind_int(m_index, 1, id);
    for (int c = ActiveCatalogRow::Head; c <= ActiveCatalogRow::Body; ++c)
        bindText(m_index, c - ActiveCatalogRow::Head + 2, row.text(ActiveCatalogRow::Text(c)));
    const int rc = sqlite3_step(m_index);
    sqlite3_reset(m_index);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("index catalog item"));
    return {};
}

Status ActiveCatalogWriter::reindex(PinyinTranscriber &pinyin)
{
    if (Status s = useLoadSettings(); !s)
        return s;
    if (Status s = emptySearchIndex(); !s)
        return s;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code, name FROM catalog_departments")))
        return Database::queryError(q, QStringLiteral("read departments"));
    while (q.next())
        m_departmentNames.insert(q.value(0).toString(), q.value(1).toString());
    // The items as the catalog published them: the same documents a load makes.
    if (!q.exec(QStringLiteral("SELECT id, CAST(snapshot AS BLOB) FROM catalog_items ORDER BY id")))
        return Database::queryError(q, QStringLiteral("read catalog items"));
    CatalogSearchTokenCache tokenCache;
    while (q.next()) {
        const CatalogItem item = CatalogParser::itemFromSnapshot(q.value(1).toByteArray());
        const ActiveCatalogRow row(item,
            CatalogSearch::document(item, departmentName(item.department), pinyin, tokenCache));
        if (Status indexed = index(q.value(0).toInt(), row); !indexed)
            return indexed;
    }
    if (q.lastError().isValid())
        return Database::queryError(q, QStringLiteral("read catalog items"));
    if (!q.exec(QStringLiteral("UPDATE catalog_state SET search_index_stale = 0")))
        return Database::queryError(q, QStringLiteral("settle search index"));
    return settleSearchIndex();
}

Status ActiveCatalogWriter::settleSearchIndex()
{
    // Only automerge goes back to its default. The segment settings stay: the last terms are
    // flushed at the commit, where a crisis merge of 16 would merge the whole index at once,
    // and only a load or a re-index writes this index, each making it anew.
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 4)")))
        return Database::queryError(q, QStringLiteral("settle search index"));
    return {};
}

Status ActiveCatalogWriter::finish(int versionId, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO catalog_themes (name, position, item_count, name_en) "
                             "VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < m_themeOrder.size(); ++i) {
        q.addBindValue(m_themeOrder.at(i));
        q.addBindValue(int(i));
        q.addBindValue(m_themeCounts.value(m_themeOrder.at(i)));
        // Never NULL: the column is NOT NULL, '' when the publisher gave no English.
        const QString en = m_themesEn.value(m_themeOrder.at(i));
        q.addBindValue(en.isNull() ? QStringLiteral("") : en);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("insert theme"));
    }
    if (Status settled = settleSearchIndex(); !settled)
        return settled;
    q.prepare(QStringLiteral("INSERT INTO catalog_state (id, active_version, activated_at) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "active_version = excluded.active_version, "
                             "activated_at = excluded.activated_at, search_index_stale = 0"));
    q.addBindValue(versionId);
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("activate catalog version"));
    return {};
}

} // namespace onewindow
