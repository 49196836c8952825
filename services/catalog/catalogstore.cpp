#include "catalogstore.h"

#include "catalogparser.h"
#include "catalogsearch.h"
#include "cryptoprimitives.h"
#include "database.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace onewindow {

namespace {

QString bars(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("|")
                            : QLatin1Char('|') + values.join(QLatin1Char('|')) + QLatin1Char('|');
}

// Qt binds a null QString as SQL NULL; optional texts the catalog left out are stored as ''.
QString nonNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

// The page cache while a catalog is loaded, in KiB.
constexpr int kLoadCacheKiB = 128 * 1024;

Error notFound(const QString &code)
{
    return { QStringLiteral("catalog.item_not_found"),
        CatalogStore::tr("The service item %1 is not in the active catalog. Load a catalog that "
                         "has it, or choose another item.")
            .arg(code) };
}

} // namespace

CatalogStore::CatalogStore(Database &database, PinyinTranscriber &pinyin)
    : m_database(database)
    , m_pinyin(pinyin)
{ }

Result<int> CatalogStore::addVersion(const Catalog &catalog, const QByteArray &file,
    const QByteArray &signature, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_versions (catalog_version, publisher, publisher_key_id, issued_at, "
        "item_count, sha256, file, signature, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(catalog.catalogVersion);
    q.addBindValue(catalog.publisher);
    q.addBindValue(catalog.publisherKeyId);
    q.addBindValue(catalog.issuedAt);
    q.addBindValue(int(catalog.items.size()));
    q.addBindValue(QString::fromLatin1(CryptoPrimitives::sha256(file).toHex()));
    q.addBindValue(file);
    q.addBindValue(nonNull(QString::fromLatin1(signature)));
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("record catalog version"));
    return q.lastInsertId().toInt();
}

Status CatalogStore::replaceActive(const Catalog &catalog, int versionId, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    // The catalog is public: zeroing the pages of the catalog being replaced (secure_delete,
    // there for personal data) would only double the writes. Durability is untouched: the
    // caller's transaction still commits with synchronous=FULL.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete=OFF")))
        return Database::queryError(q, QStringLiteral("prepare catalog load"));
    const auto secureAgain
        = qScopeGuard([&q] { q.exec(QStringLiteral("PRAGMA secure_delete=ON")); });
    // A whole catalog is one transaction of a few hundred MB of pages: with SQLite's default
    // 2 MB page cache it spills pages to the WAL and reads them back many times over. A larger
    // cache for the load only, given back afterwards.
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return Database::queryError(q, QStringLiteral("prepare catalog load"));
    const int cacheSize = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kLoadCacheKiB)))
        return Database::queryError(q, QStringLiteral("prepare catalog load"));
    const auto cacheAgain = qScopeGuard(
        [&q, cacheSize] { q.exec(QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize)); });
    // Emptying an FTS5 table row by row re-reads every row's text; dropping it and making it
    // again from its own stored definition (the migration's) frees it at once, in this same
    // transaction.
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'catalog_search'"))
        || !q.next())
        return Database::queryError(q, QStringLiteral("read search index definition"));
    const QString searchTable = q.value(0).toString();
    q.finish();
    if (!q.exec(QStringLiteral("DROP TABLE catalog_search")) || !q.exec(searchTable))
        return Database::queryError(q, QStringLiteral("clear search index"));
    // A bulk load: no FTS5 merging while rows go in; one 'optimize' at the end leaves a single
    // index segment, the fastest to search.
    for (const char *sql :
        { "INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 0)",
            "DELETE FROM catalog_items", "DELETE FROM catalog_departments",
            "DELETE FROM catalog_certificate_types", "DELETE FROM catalog_calendar",
            "DELETE FROM catalog_themes" })
        if (!q.exec(QLatin1String(sql)))
            return Database::queryError(q, QStringLiteral("clear active catalog"));

    QHash<QString, QString> departmentNames;
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_departments (code, name, name_en, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < catalog.departments.size(); ++i) {
        const CatalogDepartment &d = catalog.departments.at(i);
        departmentNames.insert(d.code, d.name);
        q.addBindValue(d.code);
        q.addBindValue(d.name);
        q.addBindValue(nonNull(d.nameEn));
        q.addBindValue(int(i));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("insert department"));
    }
    q.prepare(QStringLiteral("INSERT INTO catalog_certificate_types (code, name) VALUES (?, ?)"));
    for (const CatalogCertificateType &t : catalog.certificateTypes) {
        q.addBindValue(t.code);
        q.addBindValue(t.name);
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

    QSqlQuery item(m_database.connection());
    QSqlQuery index(m_database.connection());
    item.prepare(QStringLiteral(
        "INSERT INTO catalog_items (id, code, name, short_name, name_en, department, level, kind, "
        "themes, audience, legal_limit_days, promised_limit_days, fee_cents, online_level, "
        "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))"));
    index.prepare(QStringLiteral(
        "INSERT INTO catalog_search (rowid, head, initials, inner, body) VALUES (?, ?, ?, ?, ?)"));
    QHash<QString, int> themeCounts;
    QStringList themeOrder;
    CatalogSearchTokenCache tokenCache;
    for (qsizetype i = 0; i < catalog.items.size(); ++i) {
        const CatalogItem &it = catalog.items.at(i);
        const int id = int(i) + 1;
        for (const QString &theme : it.themes) {
            if (!themeCounts.contains(theme))
                themeOrder << theme;
            ++themeCounts[theme];
        }
        // The snapshot goes in as its UTF-8 bytes (a BLOB cast to TEXT): as a QString it would be
        // converted to UTF-16 and back, the largest value of every row.
        const QVariant values[] = { id, it.code, it.name, nonNull(it.shortName), nonNull(it.nameEn),
            it.department, it.level, it.kind, bars(it.themes), bars(it.audience), it.legalLimitDays,
            it.promisedLimitDays, it.feeCents, it.onlineLevel, it.snapshot };
        for (int v = 0; v < int(std::size(values)); ++v)
            item.bindValue(v, values[v]);
        if (!item.exec())
            return Database::queryError(item, QStringLiteral("insert catalog item"));
        const CatalogSearchDocument doc = CatalogSearch::document(
            it, departmentNames.value(it.department), m_pinyin, tokenCache);
        index.bindValue(0, id);
        index.bindValue(1, nonNull(doc.head));
        index.bindValue(2, nonNull(doc.initials));
        index.bindValue(3, nonNull(doc.inner));
        index.bindValue(4, nonNull(doc.body));
        if (!index.exec())
            return Database::queryError(index, QStringLiteral("index catalog item"));
        if (m_itemProgress && ((i + 1) % 500 == 0 || i + 1 == catalog.items.size()))
            m_itemProgress(i + 1, catalog.items.size());
    }
    q.prepare(
        QStringLiteral("INSERT INTO catalog_themes (name, position, item_count) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < themeOrder.size(); ++i) {
        q.addBindValue(themeOrder.at(i));
        q.addBindValue(int(i));
        q.addBindValue(themeCounts.value(themeOrder.at(i)));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("insert theme"));
    }
    for (const char *sql : { "INSERT INTO catalog_search (catalog_search) VALUES ('optimize')",
             "INSERT INTO catalog_search (catalog_search, rank) VALUES ('automerge', 4)" })
        if (!q.exec(QLatin1String(sql)))
            return Database::queryError(q, QStringLiteral("optimize search index"));
    q.prepare(QStringLiteral("INSERT INTO catalog_state (id, active_version, activated_at) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "active_version = excluded.active_version, "
                             "activated_at = excluded.activated_at"));
    q.addBindValue(versionId);
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("activate catalog version"));
    return {};
}

Result<QList<CatalogVersionInfo>> CatalogStore::versions() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT v.version_id, v.catalog_version, v.publisher, v.publisher_key_id, "
            "v.issued_at, v.item_count, v.sha256, v.imported_at, s.active_version IS NOT NULL "
            "FROM catalog_versions v LEFT JOIN catalog_state s ON s.active_version = "
            "v.version_id ORDER BY v.version_id")))
        return Database::queryError(q, QStringLiteral("list catalog versions"));
    QList<CatalogVersionInfo> out;
    while (q.next())
        out << CatalogVersionInfo { q.value(0).toInt(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toBool() };
    return out;
}

Result<std::optional<int>> CatalogStore::activeVersionId() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT active_version FROM catalog_state WHERE id = 1")))
        return Database::queryError(q, QStringLiteral("read active catalog version"));
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Result<CatalogStoredVersion> CatalogStore::storedVersion(int versionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT file, sha256, signature, publisher_key_id FROM "
                             "catalog_versions WHERE version_id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read catalog version"));
    if (!q.next())
        return Error { QStringLiteral("catalog.no_such_version"),
            tr("There is no catalog version %1. Run \"onewindowctl catalog versions\" to see "
               "the versions kept on this terminal.")
                .arg(versionId) };
    const QByteArray file = q.value(0).toByteArray();
    // The bytes were verified at import; a different hash means the database was altered.
    if (CryptoPrimitives::sha256(file).toHex() != q.value(1).toString().toLatin1())
        return Error { QStringLiteral("catalog.version_damaged"),
            tr("The stored copy of catalog version %1 has been altered; it will not be "
               "applied. Import the catalog file again instead.")
                .arg(versionId) };
    return CatalogStoredVersion { file, q.value(2).toString().toLatin1(), q.value(3).toString() };
}

Result<QHash<QString, QByteArray>> CatalogStore::activeSnapshots() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // As bytes: the snapshots are compared as bytes, and converting them to UTF-16 and back
    // would be the largest cost of a preview.
    if (!q.exec(QStringLiteral("SELECT code, CAST(snapshot AS BLOB) FROM catalog_items")))
        return Database::queryError(q, QStringLiteral("read active catalog"));
    QHash<QString, QByteArray> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toByteArray());
    return out;
}

Result<CatalogItemSnapshot> CatalogStore::itemSnapshot(const QString &code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT s.active_version, v.catalog_version, i.snapshot FROM catalog_items i "
        "JOIN catalog_state s ON s.id = 1 JOIN catalog_versions v ON v.version_id = "
        "s.active_version WHERE i.code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read item snapshot"));
    if (!q.next())
        return notFound(code);
    return CatalogItemSnapshot { q.value(0).toInt(), q.value(1).toString(),
        q.value(2).toString().toUtf8() };
}

Result<std::optional<CatalogItem>> CatalogStore::item(const QString &code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT snapshot FROM catalog_items WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read item"));
    if (!q.next())
        return std::optional<CatalogItem>();
    return std::optional<CatalogItem>(
        CatalogParser::itemFromSnapshot(q.value(0).toString().toUtf8()));
}

Result<QList<CatalogDepartment>> CatalogStore::departments() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT code, name, name_en FROM catalog_departments ORDER BY position")))
        return Database::queryError(q, QStringLiteral("list departments"));
    QList<CatalogDepartment> out;
    while (q.next())
        out << CatalogDepartment { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString() };
    return out;
}

Result<QList<CatalogCertificateType>> CatalogStore::certificateTypes() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT code, name FROM catalog_certificate_types ORDER BY code")))
        return Database::queryError(q, QStringLiteral("list certificate types"));
    QList<CatalogCertificateType> out;
    while (q.next())
        out << CatalogCertificateType { q.value(0).toString(), q.value(1).toString() };
    return out;
}

Result<QList<CatalogTheme>> CatalogStore::themes() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT name, item_count FROM catalog_themes ORDER BY position")))
        return Database::queryError(q, QStringLiteral("list themes"));
    QList<CatalogTheme> out;
    while (q.next())
        out << CatalogTheme { q.value(0).toString(), q.value(1).toInt() };
    return out;
}

Result<QHash<QDate, bool>> CatalogStore::calendar() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT day, kind FROM catalog_calendar")))
        return Database::queryError(q, QStringLiteral("read calendar"));
    QHash<QDate, bool> out;
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate),
            q.value(1).toString() == QLatin1String("workday"));
    return out;
}

PublisherKeyInfo CatalogStore::publisherFromRow(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toLatin1(),
        q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate) };
}

Status CatalogStore::savePublisher(const QString &keyId, const QString &algorithm,
    const QByteArray &publicPem, const QDateTime &now, QDate validUntil)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_publishers (key_id, algorithm, public_key_pem, added_at, "
        "valid_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key_id) DO UPDATE SET "
        "algorithm = excluded.algorithm, public_key_pem = excluded.public_key_pem, "
        "added_at = excluded.added_at, valid_until = excluded.valid_until"));
    q.addBindValue(keyId);
    q.addBindValue(algorithm);
    q.addBindValue(QString::fromLatin1(publicPem));
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    q.addBindValue(validUntil.isValid() ? QVariant(validUntil.toString(Qt::ISODate))
                                        : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store publisher key"));
    return {};
}

Result<QList<PublisherKeyInfo>> CatalogStore::publishers() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key_id, algorithm, public_key_pem, added_at, valid_until "
                               "FROM catalog_publishers ORDER BY key_id")))
        return Database::queryError(q, QStringLiteral("list publisher keys"));
    QList<PublisherKeyInfo> list;
    while (q.next())
        list << publisherFromRow(q);
    return list;
}

Result<bool> CatalogStore::removePublisher(const QString &keyId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM catalog_publishers WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("remove publisher key"));
    return q.numRowsAffected() > 0;
}

Result<std::optional<PublisherKeyInfo>> CatalogStore::publisherKey(const QString &keyId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT key_id, algorithm, public_key_pem, added_at, valid_until "
                             "FROM catalog_publishers WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read publisher key"));
    if (!q.next())
        return std::optional<PublisherKeyInfo>();
    return std::optional<PublisherKeyInfo>(publisherFromRow(q));
}

Result<QStringList> CatalogStore::publisherKeyIds() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key_id FROM catalog_publishers ORDER BY key_id")))
        return Database::queryError(q, QStringLiteral("list publisher keys"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace onewindow
