#include "catalogstore.h"

#include "activecatalogwriter.h"
#include "catalogparser.h"
#include "catalogsearch.h"
#include "cryptoprimitives.h"
#include "database.h"

#include <QSqlQuery>

namespace onewindow {

namespace {

// Qt binds a null QString as SQL NULL; optional texts the catalog left out are stored as ''.
QString nonNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

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

CatalogFileCopy CatalogFileCopy::of(const QByteArray &file)
{
    // Level 3: within a few percent of the default's size at half its time.
    return { CryptoPrimitives::sha256(file).toHex(), qCompress(file, 3) };
}

Result<int> CatalogStore::addVersion(const Catalog &catalog, qsizetype itemCount,
    const CatalogFileCopy &file, const QByteArray &signature, const QDateTime &now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO catalog_versions (catalog_version, publisher, publisher_key_id, issued_at, "
        "item_count, sha256, file, file_encoding, signature, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'zlib', ?, ?)"));
    q.addBindValue(catalog.catalogVersion);
    q.addBindValue(catalog.publisher);
    q.addBindValue(catalog.publisherKeyId);
    q.addBindValue(catalog.issuedAt);
    q.addBindValue(int(itemCount));
    q.addBindValue(QString::fromLatin1(file.sha256Hex));
    q.addBindValue(file.compressed);
    q.addBindValue(nonNull(QString::fromLatin1(signature)));
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("record catalog version"));
    return q.lastInsertId().toInt();
}

Status CatalogStore::replaceActive(const Catalog &catalog, int versionId, const QDateTime &now)
{
    ActiveCatalogWriter writer(m_database);
    if (Status begun = writer.begin(catalog, catalog.items.size(), m_itemProgress); !begun)
        return begun;
    CatalogSearchTokenCache tokenCache;
    for (qsizetype i = 0; i < catalog.items.size(); ++i) {
        const CatalogItem &it = catalog.items.at(i);
        const ActiveCatalogRow row(it,
            CatalogSearch::document(
                it, writer.departmentName(it.department), m_pinyin, tokenCache));
        if (Status added = writer.add(int(i) + 1, it, row); !added)
            return added;
    }
    return writer.finish(versionId, now);
}

Status CatalogStore::ensureSearchIndex()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT search_index_stale FROM catalog_state WHERE id = 1")))
        return Database::queryError(q, QStringLiteral("read search index state"));
    if (!q.next() || q.value(0).toInt() == 0)
        return {};
    q.finish();
    return m_database.transaction([&]() -> Status {
        ActiveCatalogWriter writer(m_database);
        return writer.reindex(m_pinyin);
    });
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
    q.prepare(QStringLiteral("SELECT file, sha256, signature, publisher_key_id, file_encoding "
                             "FROM catalog_versions WHERE version_id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read catalog version"));
    if (!q.next())
        return Error { QStringLiteral("catalog.no_such_version"),
            tr("There is no catalog version %1. Run \"onewindowctl catalog versions\" to see "
               "the versions kept on this terminal.")
                .arg(versionId) };
    const QByteArray stored = q.value(0).toByteArray();
    const QByteArray file = q.value(4).toString() == QLatin1String("zlib")
        ? (stored.size() > 4 ? qUncompress(stored) : QByteArray())
        : stored;
    // The bytes were verified at import; a different hash (or no bytes at all) means the
    // database was altered.
    if (file.isEmpty()
        || CryptoPrimitives::sha256(file).toHex() != q.value(1).toString().toLatin1())
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
    if (!q.exec(QStringLiteral(
            "SELECT code, name, name_en FROM catalog_certificate_types ORDER BY code")))
        return Database::queryError(q, QStringLiteral("list certificate types"));
    QList<CatalogCertificateType> out;
    while (q.next())
        out << CatalogCertificateType { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString() };
    return out;
}

Result<QList<CatalogTheme>> CatalogStore::themes() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT name, item_count, name_en FROM catalog_themes ORDER BY position")))
        return Database::queryError(q, QStringLiteral("list themes"));
    QList<CatalogTheme> out;
    while (q.next())
        out << CatalogTheme { q.value(0).toString(), q.value(1).toInt(), q.value(2).toString() };
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
