// onewindowctl catalog …: import a signed catalog, list and roll back versions, search items.
#include "catalogimporter.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "fileproblem.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "terminalconfiguration.h"
#include "terminalsettings.h"

#include <optional>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

using namespace onewindow;

namespace {

// The catalog services of one command run, wired over the terminal database.
struct CatalogServices
{
    explicit CatalogServices(Database &database)
        : store(database, pinyin)
        , trust(store)
        , importer(database, store, trust)
        , search(database, &pinyin)
    { }
    PinyinTranscriber pinyin;
    CatalogStore store;
    PublisherTrust trust;
    CatalogImporter importer;
    CatalogSearch search;
};

int usage(CtlContext &context, const QString &message)
{
    return context.fail({ QStringLiteral("cli.usage"), message }, ExitInvalid);
}

// Reads a whole file; nullopt (with the reason on err) when it cannot be read.
std::optional<QByteArray> readFile(CtlContext &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail({ QStringLiteral("cli.cannot_read"),
            CtlContext::tr("Cannot read \"%1\": %2.").arg(path, FileProblem::reading(file)) });
        return std::nullopt;
    }
    return file.readAll();
}

// What a change of the active catalog does, counted: the question before it is made.
QString diffCounts(const CatalogDiff &diff)
{
    return CtlContext::tr("%1 items added, %2 removed, %3 changed.")
        .arg(diff.added().size())
        .arg(diff.removed().size())
        .arg(diff.changed().size());
}

// The counts, then one line per item: all of them with --verbose, else the first few (a
// province catalog's first import would print 200,000 lines).
void printDiff(CtlContext &context, const CatalogDiff &diff)
{
    constexpr qsizetype kShown = 20;
    QTextStream &out = context.out();
    out << CtlContext::tr("changes: %1 added, %2 removed, %3 changed")
               .arg(diff.added().size())
               .arg(diff.removed().size())
               .arg(diff.changed().size())
        << '\n';
    qsizetype shown = 0;
    const auto show = [&](const QString &line) {
        if (context.verbose() || shown < kShown)
            out << line << '\n';
        ++shown;
    };
    for (const QString &code : diff.added())
        show(QStringLiteral("+ ") + code);
    for (const QString &code : diff.removed())
        show(QStringLiteral("- ") + code);
    for (const CatalogDiff::Change &change : diff.changed())
        show(QStringLiteral("~ %1: %2").arg(change.code, change.fields.join(QStringLiteral(", "))));
    if (!context.verbose() && shown > kShown)
        out << CtlContext::tr("… and %1 more (--verbose lists every item)").arg(shown - kShown)
            << '\n';
}

// On a terminal, a long import says how far it is (on standard error, so that the output a
// script reads stays the same); the line is replaced as it goes and ended when done.
CatalogStore::ItemProgress terminalProgress()
{
    if (!::isatty(STDERR_FILENO))
        return {};
    return [last = qint64(-1)](qsizetype done, qsizetype total) mutable {
        const qint64 percent = total > 0 ? qint64(done) * 100 / total : 0;
        if (percent == last && done != total)
            return;
        last = percent;
        QTextStream err(stderr);
        err << '\r'
            << CtlContext::tr("writing items: %1 of %2 (%3%)").arg(done).arg(total).arg(percent)
            << (done == total ? "\n" : "") << Qt::flush;
    };
}

// Prints an importer report and maps its outcome to the exit code the administrator scripts on.
int finish(CtlContext &context, const CatalogImporter::Report &report)
{
    switch (report.outcome) {
    case CatalogImporter::Outcome::Applied:
    case CatalogImporter::Outcome::Previewed:
        context.out() << (report.outcome == CatalogImporter::Outcome::Applied
                ? CtlContext::tr("applied: catalog %1 (%2 items) is now active as version %3")
                      .arg(report.catalogVersion)
                      .arg(report.itemCount)
                      .arg(report.versionId)
                : CtlContext::tr("dry run: catalog %1 (%2 items) is valid and verified; nothing "
                                 "was changed")
                      .arg(report.catalogVersion)
                      .arg(report.itemCount))
                      << '\n';
        if (!report.olderThanVersion.isEmpty())
            context.out() << (report.outcome == CatalogImporter::Outcome::Applied
                    ? CtlContext::tr("note: this catalog is older than catalog %1 (issued %2), "
                                     "which was active; applied as asked (--allow-older) and "
                                     "audited.")
                    : CtlContext::tr("note: this catalog is older than the active catalog %1 "
                                     "(issued %2); it is applied only with --allow-older."))
                                 .arg(report.olderThanVersion, report.olderThanIssuedAt)
                          << '\n';
        printDiff(context, report.diff);
        context.out().flush();
        return ExitOk;
    case CatalogImporter::Outcome::Invalid:
        // One line per problem, each starting with its JSON path, so scripts can grep them.
        for (const CatalogIssue &issue : report.issues)
            context.err() << issue.path << ": " << issue.message << '\n';
        context.err().flush();
        context.out()
            << CtlContext::tr("Problems found: %1; nothing was changed.").arg(report.issues.size())
            << Qt::endl;
        return ExitInvalid;
    case CatalogImporter::Outcome::Untrusted:
        return context.fail(report.error, ExitUntrusted);
    case CatalogImporter::Outcome::Older:
        return context.fail(report.error, ExitOlder);
    case CatalogImporter::Outcome::Failed:
        break;
    }
    return context.fail(report.error, ExitFailure);
}

} // namespace

int runCatalogImport(CtlContext &context)
{
    QString file;
    QString signature;
    bool dryRun = false;
    bool allowOlder = false;
    const QStringList &args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (args.at(i) == QLatin1String("--allow-older")) {
            allowOlder = true;
        } else if (args.at(i) == QLatin1String("--signature") && i + 1 < args.size()) {
            signature = args.at(++i);
        } else if (args.at(i).startsWith(QLatin1String("--signature="))) {
            signature = args.at(i).mid(12);
        } else if (file.isEmpty() && !args.at(i).startsWith(QLatin1String("--"))) {
            file = args.at(i);
        } else {
            return usage(context,
                CtlContext::tr("Usage: onewindowctl catalog import FILE [--signature FILE.sig] "
                               "[--dry-run] [--allow-older]; \"%1\" is not understood.")
                    .arg(args.at(i)));
        }
    }
    if (file.isEmpty())
        return usage(context,
            CtlContext::tr("Usage: onewindowctl catalog import FILE [--signature FILE.sig] "
                           "[--dry-run] [--allow-older]"));
    if (signature.isEmpty())
        signature = file + QStringLiteral(".sig");

    // Read into memory rather than mapped: the bytes parsed must be the bytes verified, even
    // if someone rewrites the file while the import runs. The parser holds one item's JSON tree
    // at a time, so this copy is the largest part of the import's memory.
    const auto bytes = readFile(context, file);
    if (!bytes)
        return ExitFailure;
    if (!QFileInfo::exists(signature))
        return context.fail({ QStringLiteral("signature.missing"),
                                CtlContext::tr("There is no signature file \"%1\"; a catalog is "
                                               "only loaded with its signature. Nothing was "
                                               "applied.")
                                    .arg(signature) },
            ExitUntrusted);
    const auto signatureText = readFile(context, signature);
    if (!signatureText)
        return ExitFailure;

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    CatalogServices services(*db);
    services.importer.setAllowOlder(allowOlder);
    if (!dryRun)
        services.store.setItemProgress(terminalProgress());
    services.importer.setOfferedRegions(
        TerminalConfiguration::load(TerminalSettings(*db)).offeredRegions);
    // An applied catalog is audited in its own transaction; a dry run changes nothing.
    std::unique_ptr<CtlSecurity> security;
    if (!dryRun) {
        security = CtlSecurity::open(context);
        if (!security)
            return ExitFailure;
        services.importer.setAudit(security->audit.get(), CtlSecurity::actor());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!dryRun && context.willAsk()) {
        // On a terminal the administrator sees what will change before it does (a script is
        // not slowed down by a second reading of a large file).
        const CatalogImporter::Report preview
            = services.importer.import(*bytes, *signatureText, true, now);
        if (preview.outcome != CatalogImporter::Outcome::Previewed)
            return finish(context, preview);
        if (!preview.olderThanVersion.isEmpty() && !allowOlder)
            return finish(context, services.importer.import(*bytes, *signatureText, false, now));
        if (!context.confirm(CtlContext::tr("Catalog %1 (%2 items) becomes the active catalog:")
                                 .arg(preview.catalogVersion)
                                 .arg(preview.itemCount)
                + QLatin1Char(' ') + diffCounts(preview.diff)))
            return ExitFailure;
    }
    return finish(context, services.importer.import(*bytes, *signatureText, dryRun, now));
}

int runCatalogVersions(CtlContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (!context.arguments().isEmpty())
        return usage(
            context, CtlContext::tr("\"catalog versions\" takes no arguments but --json."));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    CatalogServices services(*db);
    const auto versions = services.store.versions();
    if (!versions)
        return context.fail(versions.error());
    if (json) {
        QJsonArray list;
        for (const CatalogVersionInfo &v : versions.value())
            list.append(QJsonObject { { QStringLiteral("version"), v.versionId },
                { QStringLiteral("catalogVersion"), v.catalogVersion },
                { QStringLiteral("publisher"), v.publisher },
                { QStringLiteral("publisherKeyId"), v.publisherKeyId },
                { QStringLiteral("issuedAt"), v.issuedAt },
                { QStringLiteral("items"), v.itemCount }, { QStringLiteral("sha256"), v.sha256 },
                { QStringLiteral("importedAt"), v.importedAt },
                { QStringLiteral("active"), v.active } });
        context.printJson(list);
        return ExitOk;
    }
    if (versions->isEmpty()) {
        context.out() << CtlContext::tr("No catalog has been imported yet.") << Qt::endl;
        return ExitOk;
    }
    // "*" marks the active version; the columns are what a rollback decision needs.
    for (const CatalogVersionInfo &v : versions.value())
        context.out() << (v.active ? "* " : "  ") << v.versionId << '\t' << v.catalogVersion << '\t'
                      << v.publisherKeyId << '\t' << CtlContext::tr("%1 items").arg(v.itemCount)
                      << '\t' << v.importedAt << '\t' << v.sha256.left(16) << '\n';
    context.out().flush();
    return ExitOk;
}

int runCatalogRollback(CtlContext &context)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    bool ok = false;
    const int versionId
        = context.arguments().size() == 1 ? context.arguments().first().toInt(&ok) : 0;
    if (!ok || versionId <= 0)
        return usage(context,
            CtlContext::tr("Usage: onewindowctl catalog rollback VERSION [--dry-run], with a "
                           "version number from \"onewindowctl catalog versions\"."));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    CatalogServices services(*db);
    services.importer.setOfferedRegions(
        TerminalConfiguration::load(TerminalSettings(*db)).offeredRegions);
    // The same checks and the diff first: what the administrator is asked about, and all a
    // dry run does.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CatalogImporter::Report preview = services.importer.rollback(versionId, now, true);
    if (dryRun || preview.outcome != CatalogImporter::Outcome::Previewed) {
        if (preview.outcome == CatalogImporter::Outcome::Previewed) {
            context.out() << CtlContext::tr("dry run: version %1 (catalog %2, %3 items) can be "
                                            "made active again; nothing was changed")
                                 .arg(preview.versionId)
                                 .arg(preview.catalogVersion)
                                 .arg(preview.itemCount)
                          << '\n';
            printDiff(context, preview.diff);
            context.out().flush();
            return ExitOk;
        }
        return finish(context, preview);
    }
    if (!context.confirm(
            CtlContext::tr("Version %1 (catalog %2, %3 items) becomes the active catalog:")
                .arg(preview.versionId)
                .arg(preview.catalogVersion)
                .arg(preview.itemCount)
            + QLatin1Char(' ') + diffCounts(preview.diff)))
        return ExitFailure;
    const auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    services.importer.setAudit(security->audit.get(), CtlSecurity::actor());
    return finish(context, services.importer.rollback(versionId, now));
}

int runCatalogSearch(CtlContext &context)
{
    CatalogSearchQuery query;
    query.limit = 20;
    const QStringList &args = context.arguments();
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--limit") && i + 1 < args.size()) {
            bool ok = false;
            query.limit = args.at(++i).toInt(&ok);
            if (!ok || query.limit < 1 || query.limit > 500)
                return usage(context, CtlContext::tr("--limit takes a number from 1 to 500."));
        } else {
            words << args.at(i);
        }
    }
    if (words.isEmpty())
        return usage(
            context, CtlContext::tr("Usage: onewindowctl catalog search QUERY [--limit N]"));
    query.text = words.join(QLatin1Char(' '));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    CatalogServices services(*db);
    if (Status indexed = services.store.ensureSearchIndex(); !indexed)
        return context.fail(indexed.error());
    const auto hits = services.search.search(query);
    if (!hits)
        return context.fail(hits.error());
    for (const CatalogSearchHit &hit : hits.value())
        context.out() << hit.code << '\t' << hit.name << '\t' << hit.departmentName << '\n';
    context.out().flush();
    return ExitOk;
}
