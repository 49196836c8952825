#include "catalogimporter.h"

#include "activecatalogwriter.h"
#include "auditlog.h"
#include "catalogitemstream.h"
#include "catalogparser.h"
#include "catalogstore.h"
#include "database.h"
#include "publishertrust.h"

#include <future>
#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

namespace onewindow {

CatalogImporter::CatalogImporter(Database &database, CatalogStore &store, PublisherTrust &trust)
    : m_database(database)
    , m_store(store)
    , m_trust(trust)
{ }

namespace {

// The publisherKeyId a file names, found in its raw bytes without parsing them: the key must be
// known before anything unverified is parsed. Empty when the bytes name none.
QString scanKeyId(const QByteArray &file)
{
    static const QByteArray field = QByteArrayLiteral("\"publisherKeyId\"");
    const qsizetype at = file.indexOf(field);
    if (at < 0)
        return {};
    qsizetype i = at + field.size();
    auto skipSpace = [&] {
        while (i < file.size()
            && (file[i] == ' ' || file[i] == '\t' || file[i] == '\n' || file[i] == '\r'))
            ++i;
    };
    skipSpace();
    if (i >= file.size() || file[i] != ':')
        return {};
    ++i;
    skipSpace();
    if (i >= file.size() || file[i] != '"')
        return {};
    const qsizetype end = file.indexOf('"', i + 1);
    // Key IDs are short plain ASCII; anything else is not one (and fails verification anyway).
    if (end < 0 || end - i - 1 > 64)
        return {};
    return QString::fromUtf8(file.mid(i + 1, end - i - 1));
}

} // namespace

CatalogImporter::Report CatalogImporter::untrusted(const Error &error)
{
    Report report;
    report.outcome
        = error.code.startsWith(QLatin1String("storage.")) ? Outcome::Failed : Outcome::Untrusted;
    report.error = error;
    return report;
}

std::optional<CatalogIssue> CatalogImporter::regionNotOffered(const Catalog &catalog) const
{
    if (m_offeredRegions.isEmpty() || m_offeredRegions.contains(catalog.regionCode))
        return std::nullopt;
    return CatalogIssue { QStringLiteral("region.code"),
        QStringLiteral("catalog.region_not_offered"),
        tr("This terminal offers catalogs of region %1 only, and this catalog is for %2 (%3). "
           "Choose the catalog of this terminal's region, or change the regions in the "
           "terminal settings.")
            .arg(m_offeredRegions.join(QStringLiteral(", ")), catalog.regionCode,
                catalog.regionName) };
}

void CatalogImporter::checkRegion(CatalogParser::Outcome &parsed) const
{
    // Only for a catalog without other issues: a wrong catalog is first to be corrected.
    if (parsed.issues.isEmpty())
        if (auto region = regionNotOffered(parsed.catalog))
            parsed.issues << *region;
}

CatalogImporter::Report CatalogImporter::refusal(const CatalogParser::Outcome &parsed)
{
    Report report;
    report.outcome = Outcome::Invalid;
    report.issues = parsed.issues;
    report.catalogVersion = parsed.catalog.catalogVersion;
    return report;
}

CatalogImporter::Report CatalogImporter::concluded(Report report, const Status &done)
{
    if (!done) {
        report.outcome = Outcome::Failed;
        report.error = done.error();
        report.versionId = 0;
        return report;
    }
    report.outcome = Outcome::Applied;
    return report;
}

CatalogImporter::Report CatalogImporter::import(
    const QByteArray &file, const QByteArray &signatureText, bool dryRun, const QDateTime &now)
{
    Report report = importUnrecorded(file, signatureText, dryRun, now);
    // A refused catalog is a security event even in a check: a tampered or stale file was
    // offered to this terminal. A failed audit entry does not change the refusal.
    if (report.outcome == Outcome::Invalid || report.outcome == Outcome::Untrusted
        || report.outcome == Outcome::Older)
        (void)recordRefusal(report);
    return report;
}

Status CatalogImporter::recordRefusal(const Report &report)
{
    if (!m_audit)
        return {};
    const QString code = !report.error.code.isEmpty() ? report.error.code
        : !report.issues.isEmpty()                    ? report.issues.first().code
                                                      : QStringLiteral("catalog.invalid");
    // Codes only: the reason's words are the reader's language, and the file is public.
    QString detail = QStringLiteral("refused %1").arg(code);
    if (report.outcome == Outcome::Older)
        detail += QStringLiteral(", older than active %1").arg(report.olderThanVersion);
    const QString subject = report.catalogVersion.isEmpty() ? QStringLiteral("(unknown version)")
                                                            : report.catalogVersion.left(64);
    return m_audit->append(m_actor, AuditLog::kCatalogRefused, subject, detail);
}

CatalogImporter::Report CatalogImporter::importUnrecorded(
    const QByteArray &file, const QByteArray &signatureText, bool dryRun, const QDateTime &now)
{
    Report report;
    // The copy kept with the version (digest and compressed bytes) is made on the other core
    // while the signature is checked, the one step that keeps a single core busy: it reads
    // the bytes as a whole, parses nothing, and is dropped when they do not verify.
    std::future<CatalogFileCopy> fileCopy;
    if (!dryRun)
        fileCopy = std::async(std::launch::async, [&file] { return CatalogFileCopy::of(file); });
    // 1. The signature, over the exact bytes, with the key the file names: nothing unverified
    //    is parsed, so a tampered or truncated file is a trust failure, never a syntax error.
    QString keyId = scanKeyId(file);
    Status verified;
    if (!keyId.isEmpty()) {
        verified = m_trust.verify(keyId, file, signatureText);
    } else if (auto found = m_trust.verifyWithAnyKey(file, signatureText); found) {
        keyId = found.value(); // authentic but naming no key: parsed below to say so
    } else {
        verified = found.error();
    }
    if (!verified)
        return untrusted(verified.error());
    // 2. The verified bytes: syntax, then every rule.
    CatalogParser::Outcome parsed;
    {
        CatalogIssue syntax;
        const auto root = CatalogParser::parseDocument(file, &syntax);
        if (!root) {
            report.outcome = Outcome::Invalid;
            report.issues << syntax;
            return report;
        }
        const QJsonValue declared = root->header().value(QStringLiteral("publisherKeyId"));
        if (!declared.isString() || declared.toString().isEmpty()) {
            report.outcome = Outcome::Invalid;
            report.issues << CatalogIssue { QStringLiteral("publisherKeyId"),
                QStringLiteral("catalog.missing"),
                tr("The catalog does not name its publisher key (publisherKeyId), so its signature "
                   "cannot be checked.") };
            return report;
        }
        // The key that verified must be the one the catalog declares at its top level.
        if (declared.toString() != keyId) {
            report.outcome = Outcome::Untrusted;
            report.error = { QStringLiteral("signature.key_mismatch"),
                tr("The catalog declares publisher key \"%1\" but the first publisherKeyId in the "
                   "file is \"%2\". Nothing was applied; ask the catalog authority for a "
                   "correct file.")
                    .arg(declared.toString().left(64), keyId) };
            return report;
        }
        // 3. Not older than what is active, unless asked for.
        auto newer = newerActive(root->header());
        if (!newer) {
            report.error = newer.error();
            return report;
        }
        if (newer->has_value()) {
            report.olderThanVersion = newer->value().catalogVersion;
            report.olderThanIssuedAt = newer->value().issuedAt;
            if (!m_allowOlder && !dryRun) {
                const QJsonObject header = root->header();
                report.outcome = Outcome::Older;
                report.catalogVersion = header.value(QStringLiteral("catalogVersion")).toString();
                report.error = { QStringLiteral("catalog.older"),
                    tr("Catalog %1 (issued %2) is older than the active catalog %3 (issued %4). "
                       "Nothing was applied. To go back to an older catalog on purpose, roll "
                       "back to its version or import it with --allow-older.")
                        .arg(report.catalogVersion.left(64),
                            header.value(QStringLiteral("issuedAt")).toString().left(64),
                            report.olderThanVersion, report.olderThanIssuedAt) };
                return report;
            }
        }
        if (!dryRun) {
            return load(root.value(), fileCopy, signatureText, now, report);
        }
        parsed = CatalogParser::read(root.value());
    }
    if (checkRegion(parsed); !parsed.issues.isEmpty())
        return refusal(parsed);
    Report preview = changesAgainstActive(parsed.catalog); // the dry run: what applying would do
    preview.olderThanVersion = report.olderThanVersion;
    preview.olderThanIssuedAt = report.olderThanIssuedAt;
    return preview;
}

bool CatalogImporter::versionLower(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        bool leftNumber = false;
        bool rightNumber = false;
        const qlonglong l = left.at(i).toLongLong(&leftNumber);
        const qlonglong r = right.at(i).toLongLong(&rightNumber);
        if (leftNumber && rightNumber) {
            if (l != r)
                return l < r;
        } else if (const int order = QString::compare(left.at(i), right.at(i)); order != 0) {
            return order < 0;
        }
    }
    return left.size() < right.size();
}

Result<std::optional<CatalogVersionInfo>> CatalogImporter::newerActive(
    const QJsonObject &header) const
{
    auto versions = m_store.versions();
    if (!versions)
        return versions.error();
    for (const CatalogVersionInfo &active : versions.value()) {
        if (!active.active)
            continue;
        const QString version = header.value(QStringLiteral("catalogVersion")).toString();
        const QDateTime issued = QDateTime::fromString(
            header.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
        const QDateTime activeIssued = QDateTime::fromString(active.issuedAt, Qt::ISODate);
        // Either sign of age is enough: a re-issued old version or an old file with a new
        // number are both not what the province published last.
        const bool earlier = issued.isValid() && activeIssued.isValid() && issued < activeIssued;
        if (earlier || versionLower(version, active.catalogVersion))
            return std::optional<CatalogVersionInfo>(active);
    }
    return std::optional<CatalogVersionInfo>();
}

CatalogImporter::Report CatalogImporter::load(const CatalogDocument &document,
    std::future<CatalogFileCopy> &fileCopy, const QByteArray &signatureText, const QDateTime &now,
    const Report &olderThan)
{
    Report report;
    report.olderThanVersion = olderThan.olderThanVersion;
    report.olderThanIssuedAt = olderThan.olderThanIssuedAt;
    auto before = m_store.activeSnapshots();
    if (!before) {
        report.error = before.error();
        return report;
    }
    CatalogItemStream stream(document, m_store.pinyin());
    CatalogParser::Outcome parsed;
    bool invalid = false;
    // Ends the load early: reading goes on to the end so that every issue is reported, and the
    // issues, if any, are the reason (a duplicate code can fail the insert before the check).
    auto stop = [&](const Error &error) -> Status {
        parsed = stream.finish();
        checkRegion(parsed);
        invalid = !parsed.issues.isEmpty();
        return error;
    };
    const Error refused { QStringLiteral("catalog.invalid"), QString() };
    std::thread release;
    const Status done = m_database.transaction([&]() -> Status {
        const std::optional<Catalog> header = stream.header();
        if (!header || regionNotOffered(*header))
            return stop(refused);
        ActiveCatalogWriter writer(m_database);
        if (Status begun = writer.begin(*header, stream.itemCount(), m_store.itemProgress());
            !begun)
            return stop(begun.error());
        QList<CatalogItemStream::Entry> entries;
        while (stream.next(entries))
            for (const CatalogItemStream::Entry &e : std::as_const(entries)) {
                if (Status added = writer.add(e.id, e.item, e.row); !added)
                    return stop(added.error());
                describeChange(report, before.value(), e.item);
            }
        if (Status stopped = stop(refused); invalid)
            return stopped;
        report.catalogVersion = parsed.catalog.catalogVersion;
        report.itemCount = stream.itemCount();
        concludeChanges(report, before.value());
        auto added = m_store.addVersion(
            parsed.catalog, report.itemCount, fileCopy.get(), signatureText.trimmed(), now);
        if (!added)
            return added.error();
        report.versionId = added.value();
        // Freeing the replaced catalog's snapshots takes a while: another core does it while the
        // transaction commits.
        release = std::thread([old = std::move(before.value())]() mutable { old = {}; });
        if (Status finished = writer.finish(report.versionId, now); !finished)
            return finished;
        return record(report, false);
    });
    if (release.joinable())
        release.join();
    if (invalid)
        return refusal(parsed);
    return concluded(std::move(report), done);
}

void CatalogImporter::describeChanges(
    Report &report, const QHash<QString, QByteArray> &before, const QList<CatalogItem> &items)
{
    for (const CatalogItem &item : items)
        describeChange(report, before, item);
    concludeChanges(report, before);
}

void CatalogImporter::describeChange(
    Report &report, const QHash<QString, QByteArray> &before, const CatalogItem &item)
{
    if (report.diff.compare(before, item))
        report.diffNames.insert(item.code, item.name);
}

void CatalogImporter::concludeChanges(Report &report, const QHash<QString, QByteArray> &before)
{
    report.diff.close(before);
    // A removed item's name is in the active catalog's snapshot of it.
    for (const QString &code : report.diff.removed())
        report.diffNames.insert(
            code, QJsonDocument::fromJson(before.value(code)).object().value(u"name").toString());
}

Status CatalogImporter::record(const Report &report, bool rollback)
{
    if (!m_audit)
        return {};
    // Codes and counts only: a catalog is public, and the version says which file it was.
    QString detail = rollback ? QStringLiteral("rollback to version %1").arg(report.versionId)
                              : QStringLiteral("version %1, %2 items, +%3 -%4 ~%5")
                                    .arg(report.versionId)
                                    .arg(report.itemCount)
                                    .arg(report.diff.added().size())
                                    .arg(report.diff.removed().size())
                                    .arg(report.diff.changed().size());
    if (!rollback && !report.olderThanVersion.isEmpty())
        detail += QStringLiteral(", older than active %1, allowed explicitly")
                      .arg(report.olderThanVersion);
    return m_audit->append(m_actor, AuditLog::kCatalogLoad, report.catalogVersion, detail);
}

CatalogImporter::Report CatalogImporter::rollback(int versionId, const QDateTime &now, bool dryRun)
{
    Report report;
    auto stored = m_store.storedVersion(versionId);
    if (!stored) {
        report.error = stored.error();
        return report;
    }
    // Trust may have been withdrawn (the key removed) or the key replaced since the import: the
    // stored signature must verify with the key this terminal trusts now.
    if (Status verified = m_trust.verify(stored->publisherKeyId, stored->file, stored->signature);
        !verified)
        return untrusted(verified.error());
    CatalogParser::Outcome parsed = CatalogParser::parse(stored->file);
    // Parse issues are only possible when a later OneWindow tightened a rule; the admin must
    // re-import. The regions offered may have changed since, too.
    if (checkRegion(parsed); !parsed.issues.isEmpty())
        return refusal(parsed);
    if (dryRun) {
        Report preview = changesAgainstActive(parsed.catalog);
        preview.versionId = versionId;
        return preview;
    }
    return reapply(parsed.catalog, versionId, now);
}

CatalogImporter::Report CatalogImporter::changesAgainstActive(const Catalog &catalog) const
{
    Report report;
    report.catalogVersion = catalog.catalogVersion;
    report.itemCount = catalog.items.size();
    auto before = m_store.activeSnapshots();
    if (!before) {
        report.error = before.error();
        return report;
    }
    describeChanges(report, before.value(), catalog.items);
    report.outcome = Outcome::Previewed;
    return report;
}

CatalogImporter::Report CatalogImporter::reapply(
    const Catalog &catalog, int versionId, const QDateTime &now)
{
    Report report = changesAgainstActive(catalog);
    if (report.outcome != Outcome::Previewed)
        return report;
    report.versionId = versionId;
    const Status done = m_database.transaction([&]() -> Status {
        if (Status replaced = m_store.replaceActive(catalog, versionId, now); !replaced)
            return replaced;
        return record(report, true);
    });
    return concluded(std::move(report), done);
}

} // namespace onewindow
