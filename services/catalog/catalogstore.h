// CatalogStore: every SQL statement on the catalog tables: versions, the active catalog, items.
#pragma once

#include "catalogmodel.h"
#include "result.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

class QSqlQuery;

namespace onewindow {

class Database;
class PinyinTranscriber;

struct CatalogVersionInfo
{
    int versionId = 0;
    QString catalogVersion;
    QString publisher;
    QString publisherKeyId;
    QString issuedAt;
    int itemCount = 0;
    QString sha256;
    QString importedAt;
    bool active = false;
};

// What a case stores: the item's JSON as published and the catalog version it came from.
struct CatalogItemSnapshot
{
    int versionId = 0;
    QString catalogVersion;
    QByteArray json;
};

// A kept version as it was verified at import: the exact bytes, the signature and the key it names.
struct CatalogStoredVersion
{
    QByteArray file;
    QByteArray signature;
    QString publisherKeyId;
};

// A catalog file as a version keeps it: its hash, and its bytes compressed.
struct CatalogFileCopy
{
    QByteArray sha256Hex; // of the bytes as signed
    QByteArray compressed; // qCompress format

    // Costs a few hundred milliseconds for a large catalog: the import makes it on another
    // core while the signature is checked.
    static CatalogFileCopy of(const QByteArray &file);
};

struct PublisherKeyInfo
{
    QString keyId;
    QString algorithm;
    QByteArray publicPem;
    QString addedAt;
    QDate validUntil; // null: no end date was given

    // Past its last valid day: it verifies nothing from the day after.
    bool expiredOn(QDate day) const { return validUntil.isValid() && day > validUntil; }
};

struct CatalogTheme
{
    QString name;
    int itemCount = 0;
    QString nameEn; // empty when the publisher gave none
};

class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
public:
    CatalogStore(Database &database, PinyinTranscriber &pinyin);

    // Told after every 500 items written by replaceActive (done, total), so a large catalog's
    // import can show how far it is; called on the thread that runs the import.
    using ItemProgress = std::function<void(qsizetype done, qsizetype total)>;
    void setItemProgress(ItemProgress progress) { m_itemProgress = std::move(progress); }
    const ItemProgress &itemProgress() const { return m_itemProgress; }

    // The transcriber the search documents are made with (one thread at a time).
    PinyinTranscriber &pinyin() { return m_pinyin; }

    // Both run inside the caller's transaction.
    // The catalog's top-level fields, its item count and the copy of its file.
    Result<int> addVersion(const Catalog &catalog, qsizetype itemCount, const CatalogFileCopy &file,
        const QByteArray &signature, const QDateTime &now);
    Status replaceActive(const Catalog &catalog, int versionId, const QDateTime &now);

    // Makes the search index anew from the active items when a migration has emptied it (its
    // own transaction; nothing to do otherwise). Whoever opens the finder calls it first.
    Status ensureSearchIndex();

    Result<QList<CatalogVersionInfo>> versions() const;
    Result<std::optional<int>> activeVersionId() const;
    // The exact signed bytes of a version with their signature, for rollback.
    Result<CatalogStoredVersion> storedVersion(int versionId) const;

    // code → snapshot of every item of the active catalog (for the diff preview).
    Result<QHash<QString, QByteArray>> activeSnapshots() const;
    Result<CatalogItemSnapshot> itemSnapshot(const QString &code) const;
    Result<std::optional<CatalogItem>> item(const QString &code) const;

    Result<QList<CatalogDepartment>> departments() const;
    Result<QList<CatalogCertificateType>> certificateTypes() const;
    Result<QList<CatalogTheme>> themes() const;
    // Holidays and make-up working days of the active catalog, for the working-day calendar.
    Result<QHash<QDate, bool>> calendar() const; // date → true for a make-up working day

    // Trusted publisher keys (PublisherTrust decides what may be stored).
    Status savePublisher(const QString &keyId, const QString &algorithm,
        const QByteArray &publicPem, const QDateTime &now, QDate validUntil = {});
    Result<std::optional<PublisherKeyInfo>> publisherKey(const QString &keyId) const;
    Result<QStringList> publisherKeyIds() const;
    Result<QList<PublisherKeyInfo>> publishers() const;
    // False when no such key was trusted. Catalogs already applied stay applied.
    Result<bool> removePublisher(const QString &keyId);

private:
    // key_id, algorithm, public_key_pem, added_at, valid_until
    static PublisherKeyInfo publisherFromRow(const QSqlQuery &q);

    Database &m_database;
    PinyinTranscriber &m_pinyin;
    ItemProgress m_itemProgress;
};

} // namespace onewindow
