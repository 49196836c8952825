// CatalogImporter: verify, validate, preview and apply a catalog file (or roll back to a version).
#pragma once

#include "catalogdiff.h"
#include "catalogdocument.h"
#include "catalogmodel.h"
#include "catalogparser.h"
#include "result.h"

#include <future>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace onewindow {

class AuditLog;
struct CatalogVersionInfo;
class CatalogStore;
struct CatalogFileCopy;
class Database;
class PublisherTrust;

class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
public:
    enum class Outcome {
        Applied, // the catalog is now the active version
        Previewed, // dry run: valid and verified, nothing changed
        Invalid, // the file is not a valid catalog: see issues
        Untrusted, // signature missing, wrong, or from an unknown publisher key: see error
        Older, // genuine but older than the active catalog, and not allowed: see error
        Failed, // anything else (database): see error
    };

    struct Report
    {
        Outcome outcome = Outcome::Failed;
        QList<CatalogIssue> issues;
        Error error;
        CatalogDiff diff;
        QHash<QString, QString> diffNames; // code → name of every item in the diff
        QString catalogVersion;
        qsizetype itemCount = 0;
        int versionId = 0;
        // Set when the catalog is older than the active one (its version and issue date): a
        // dry run says so, an allowed import is audited as such.
        QString olderThanVersion;
        QString olderThanIssuedAt;
    };

    CatalogImporter(Database &database, CatalogStore &store, PublisherTrust &trust);

    // With an audit log, every applied catalog and rollback is recorded in the same transaction
    // (actor: who did it), so a load that cannot be audited is not applied either.
    void setAudit(AuditLog *audit, const QString &actor)
    {
        m_audit = audit;
        m_actor = actor;
    }

    // The region codes (region.code) this terminal offers catalogs of (its settings); a catalog
    // of another region is invalid here. Empty: any region.
    void setOfferedRegions(const QStringList &regions) { m_offeredRegions = regions; }

    // A genuine catalog older than the active one (an earlier issue date or a lower version) is
    // refused (Outcome::Older) unless the administrator asked for it explicitly: a stale copy
    // on a USB stick must not silently undo the province's newer catalog.
    void setAllowOlder(bool allow) { m_allowOlder = allow; }

    // Whether catalog version a is lower than b: dotted parts compared as numbers where both
    // are numbers ("2026.11.10" is newer than "2026.11.9"), as text otherwise.
    static bool versionLower(const QString &a, const QString &b);

    // Order matters: the signature over the exact bytes with the key the file names (nothing
    // unverified is parsed), then JSON syntax and every rule, then one transaction (or
    // nothing, on dryRun). With an audit log, a refused catalog (invalid, untrusted, older) is
    // recorded as catalog.refused, in a dry run too.
    Report import(
        const QByteArray &file, const QByteArray &signatureText, bool dryRun, const QDateTime &now);

    // Makes an earlier applied version active again, from its stored signed bytes, if the
    // terminal would still accept it: its publisher key still trusted (the stored signature
    // verifies with the key trusted now) and its region still offered.
    // dryRun: the same checks and the diff against the active catalog, nothing changed
    // (Previewed).
    Report rollback(int versionId, const QDateTime &now, bool dryRun = false);

private:
    Report importUnrecorded(
        const QByteArray &file, const QByteArray &signatureText, bool dryRun, const QDateTime &now);
    Status recordRefusal(const Report &report);
    // A refusal for a signature or trust error (Failed when the database could not be read).
    static Report untrusted(const Error &error);
    // The issue of a catalog whose region this terminal does not offer, if it is one.
    std::optional<CatalogIssue> regionNotOffered(const Catalog &catalog) const;
    // Adds that issue to a catalog read without any other.
    void checkRegion(CatalogParser::Outcome &parsed) const;
    // The refusal of a catalog with issues.
    static Report refusal(const CatalogParser::Outcome &parsed);
    // Applied, or Failed with the transaction's error.
    static Report concluded(Report report, const Status &done);
    // Reads the document on a worker thread while its items are written, in one transaction
    // that is rolled back when any rule turns out broken.
    // fileCopy: the file's copy for the version row, being made.
    // olderThan: the report's olderThan* fields, so that the audit entry says so.
    Report load(const CatalogDocument &document, std::future<CatalogFileCopy> &fileCopy,
        const QByteArray &signatureText, const QDateTime &now, const Report &olderThan);
    // The diff against the active catalog (before) and the names of the items in it.
    static void describeChanges(
        Report &report, const QHash<QString, QByteArray> &before, const QList<CatalogItem> &items);
    // The same item by item (a load keeps no items): describeChange() for each, then
    // concludeChanges() once.
    static void describeChange(
        Report &report, const QHash<QString, QByteArray> &before, const CatalogItem &item);
    static void concludeChanges(Report &report, const QHash<QString, QByteArray> &before);
    Status record(const Report &report, bool rollback);
    // The active catalog when the header's catalog is older than it (nullopt when not, or when
    // nothing is active).
    Result<std::optional<CatalogVersionInfo>> newerActive(const QJsonObject &header) const;
    // The preview of a catalog: its diff against the active one (Previewed, or Failed when the
    // active catalog could not be read).
    Report changesAgainstActive(const Catalog &catalog) const;
    // Makes a kept version active again (rollback).
    Report reapply(const Catalog &catalog, int versionId, const QDateTime &now);

    Database &m_database;
    CatalogStore &m_store;
    PublisherTrust &m_trust;
    AuditLog *m_audit = nullptr;
    QString m_actor;
    QStringList m_offeredRegions;
    bool m_allowOlder = false;
};

} // namespace onewindow
