#include "catalogimporter.h"

#include "catalogparser.h"
#include "catalogstore.h"
#include "database.h"
#include "publishertrust.h"

#include <QJsonObject>

namespace onewindow {

CatalogImporter::CatalogImporter(Database &database, CatalogStore &store, PublisherTrust &trust)
    : m_database(database)
    , m_store(store)
    , m_trust(trust)
{ }

CatalogImporter::Report CatalogImporter::import(
    const QByteArray &file, const QByteArray &signatureText, bool dryRun, const QDateTime &now)
{
    Report report;
    CatalogParser::Outcome parsed;
    {
        CatalogIssue syntax;
        const auto root = CatalogParser::parseDocument(file, &syntax);
        if (!root) {
            report.outcome = Outcome::Invalid;
            report.issues << syntax;
            return report;
        }
        // The key ID is the one value read before the signature is checked: it picks the key.
        const QJsonValue keyId = root->value(QStringLiteral("publisherKeyId"));
        if (!keyId.isString() || keyId.toString().isEmpty()) {
            report.outcome = Outcome::Invalid;
            report.issues << CatalogIssue { QStringLiteral("publisherKeyId"),
                QStringLiteral("catalog.missing"),
                tr("The catalog does not name its publisher key (publisherKeyId), so its signature "
                   "cannot be checked.") };
            return report;
        }
        if (Status verified = m_trust.verify(keyId.toString(), file, signatureText); !verified) {
            report.outcome = verified.error().code.startsWith(QLatin1String("storage."))
                ? Outcome::Failed
                : Outcome::Untrusted;
            report.error = verified.error();
            return report;
        }
        parsed = CatalogParser::read(root.value());
    } // the JSON tree is freed before the catalog is applied: it is the larger of the two
    if (!parsed.issues.isEmpty()) {
        report.outcome = Outcome::Invalid;
        report.issues = parsed.issues;
        report.catalogVersion = parsed.catalog.catalogVersion;
        return report;
    }
    return apply(std::move(parsed.catalog), file, signatureText, std::nullopt, dryRun, now);
}

CatalogImporter::Report CatalogImporter::rollback(int versionId, const QDateTime &now)
{
    Report report;
    auto file = m_store.versionFile(versionId);
    if (!file) {
        report.error = file.error();
        return report;
    }
    CatalogParser::Outcome parsed = CatalogParser::parse(file.value());
    if (!parsed.issues.isEmpty()) {
        // Only possible when a later OneWindow tightened a rule; the admin must re-import.
        report.outcome = Outcome::Invalid;
        report.issues = parsed.issues;
        return report;
    }
    return apply(std::move(parsed.catalog), file.value(), QByteArray(), versionId, false, now);
}

CatalogImporter::Report CatalogImporter::apply(Catalog catalog, const QByteArray &file,
    const QByteArray &signatureText, std::optional<int> existingVersion, bool dryRun,
    const QDateTime &now)
{
    Report report;
    report.catalogVersion = catalog.catalogVersion;
    report.itemCount = catalog.items.size();
    auto before = m_store.activeSnapshots();
    if (!before) {
        report.error = before.error();
        return report;
    }
    report.diff = CatalogDiff::compute(before.value(), catalog.items);
    before.value().clear();
    if (dryRun) {
        report.outcome = Outcome::Previewed;
        return report;
    }
    int versionId = existingVersion.value_or(0);
    const Status done = m_database.transaction([&]() -> Status {
        if (!existingVersion) {
            auto added = m_store.addVersion(catalog, file, signatureText.trimmed(), now);
            if (!added)
                return added.error();
            versionId = added.value();
        }
        return m_store.replaceActive(catalog, versionId, now);
    });
    if (!done) {
        report.error = done.error();
        return report;
    }
    report.outcome = Outcome::Applied;
    report.versionId = versionId;
    return report;
}

} // namespace onewindow
