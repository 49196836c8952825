// onewindowctl trust …: the catalog publishers' and certificate issuers' keys this terminal
// accepts signatures from, and the issuers' revocations.
#include "catalogstore.h"
#include "certificatetruststore.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "displaytime.h"
#include "fileproblem.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "terminalsettings.h"
#include "trustadministration.h"
#include "trustlistrefresh.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace onewindow;

namespace {

// trust.* errors are the administrator's input (2); signature.* a key refused (3).
int failTrust(CtlContext &context, const Error &error)
{
    const QString &code = error.code;
    const int exitCode = code.startsWith(QLatin1String("trust.")) ? ExitInvalid
        : code.startsWith(QLatin1String("signature."))            ? ExitUntrusted
                                                                  : ExitFailure;
    return context.fail(error, exitCode);
}

// The two arguments KEY_ID PEM_FILE (of positional, or of the command's arguments) and the key
// file's text; nullopt after reporting why.
std::optional<std::pair<QString, QByteArray>> keyArguments(
    CtlContext &context, const QString &usage, std::optional<QStringList> positional = {})
{
    const QStringList arguments = positional.value_or(context.arguments());
    if (arguments.size() != 2) {
        context.fail({ QStringLiteral("cli.usage"), usage }, ExitInvalid);
        return std::nullopt;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail({ QStringLiteral("cli.cannot_read"),
            CtlContext::tr("Cannot read \"%1\": %2.")
                .arg(file.fileName(), FileProblem::reading(file)) });
        return std::nullopt;
    }
    // A key file is a few hundred bytes; anything large is not one.
    return std::pair { arguments.at(0), file.read(64 * 1024) };
}

// What a trust change needs: the catalog's and the issuers' stores and the audit log, all over the
// terminal's database; every change goes through TrustAdministration, which audits it.
struct TrustServices
{
    std::unique_ptr<CtlSecurity> security;
    PinyinTranscriber pinyin;
    CatalogStore catalog;
    CertificateTrustStore certificates;
    TrustAdministration administration;

    TrustServices(std::unique_ptr<CtlSecurity> opened, Database &db)
        : security(std::move(opened))
        , catalog(db, pinyin)
        , certificates(db)
        , administration(catalog, certificates, *security->audit)
    { }

    static std::unique_ptr<TrustServices> open(CtlContext &context)
    {
        auto security = CtlSecurity::open(context);
        if (!security)
            return nullptr;
        Database *db = context.database();
        if (!db)
            return nullptr;
        return std::make_unique<TrustServices>(std::move(security), *db);
    }
};

} // namespace

int runTrustAddPublisher(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption validUntilOption(QStringLiteral("valid-until"),
        CtlContext::tr("The key's last valid day, as the catalog authority announced it."),
        QStringLiteral("DATE"));
    parser.addOption(validUntilOption);
    if (!context.parse(parser, 2, 2))
        return ExitInvalid;
    QDate validUntil;
    if (parser.isSet(validUntilOption)) {
        validUntil = QDate::fromString(parser.value(validUntilOption), Qt::ISODate);
        if (!validUntil.isValid())
            return context.fail({ QStringLiteral("cli.bad_date"),
                                    CtlContext::tr("\"%1\" is not a date; write it as 2027-12-31.")
                                        .arg(parser.value(validUntilOption)) },
                ExitInvalid);
    }
    const auto arguments = keyArguments(context,
        CtlContext::tr("Usage: onewindowctl trust add-publisher KEY_ID PEM_FILE [--valid-until "
                       "DATE]"),
        parser.positionalArguments());
    if (!arguments)
        return ExitFailure;
    const auto &[keyId, pem] = *arguments;
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const auto added = trust->administration.addPublisher(
        CtlSecurity::actor(), keyId, pem, QDateTime::currentDateTimeUtc(), validUntil);
    if (!added)
        return failTrust(context, added.error());
    context.out() << CtlContext::tr("trusted: catalogs signed with publisher key %1 (%2) will be "
                                    "accepted.")
                         .arg(keyId, added.value())
                  << Qt::endl;
    return ExitOk;
}

int runTrustAddIssuer(CtlContext &context)
{
    const auto arguments = keyArguments(
        context, CtlContext::tr("Usage: onewindowctl trust add-issuer KEY_ID PEM_FILE"));
    if (!arguments)
        return context.arguments().size() != 2 ? ExitInvalid : ExitFailure;
    const auto &[keyId, pem] = *arguments;
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const auto added = trust->administration.addIssuer(
        CtlSecurity::actor(), keyId, pem, QDateTime::currentDateTimeUtc());
    if (!added)
        return failTrust(context, added.error());
    context.out() << CtlContext::tr("trusted: e-certificates signed with issuer key %1 (%2) can "
                                    "verify as genuine.")
                         .arg(keyId, added.value())
                  << Qt::endl;
    return ExitOk;
}

namespace {

// trust revoke and trust unrevoke: KEY_ID CERT_NUMBER [--dry-run].
int changeRevocation(CtlContext &context, bool revoke)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    if (context.arguments().size() != 2)
        return context.fail({ QStringLiteral("cli.usage"),
                                revoke ? CtlContext::tr("Usage: onewindowctl trust revoke KEY_ID "
                                                        "CERT_NUMBER [--dry-run]")
                                       : CtlContext::tr("Usage: onewindowctl trust unrevoke KEY_ID "
                                                        "CERT_NUMBER [--dry-run]") },
            ExitInvalid);
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const QString keyId = context.arguments().at(0);
    const QString number = context.arguments().at(1);
    if (revoke) {
        if (Status allowed = trust->certificates.checkRevoke(keyId, number); !allowed)
            return failTrust(context, allowed.error());
    } else if (auto snapshot = trust->certificates.snapshot(); !snapshot) {
        return failTrust(context, snapshot.error());
    } else if (!snapshot->revoked.contains(TrustSnapshot::revocationKey(keyId, number))) {
        return failTrust(context,
            { QStringLiteral("trust.not_revoked"),
                CtlContext::tr("That certificate of issuer \"%1\" is not revoked here.")
                    .arg(keyId.left(64)) });
    }
    const QString change = revoke
        ? CtlContext::tr("Certificate %1 of issuer key %2 will verify as revoked on this terminal.")
              .arg(number, keyId)
        : CtlContext::tr("Certificate %1 of issuer key %2 will verify as genuine again on this "
                         "terminal.")
              .arg(number, keyId);
    if (dryRun) {
        context.out() << CtlContext::tr("dry run: %1 Nothing was changed.").arg(change) << Qt::endl;
        return ExitOk;
    }
    if (!context.confirm(change))
        return ExitFailure;
    const Status done = revoke
        ? trust->administration.revoke(
            CtlSecurity::actor(), keyId, number, QDateTime::currentDateTimeUtc())
        : trust->administration.liftRevocation(CtlSecurity::actor(), keyId, number);
    if (!done)
        return failTrust(context, done.error());
    context.out() << (revoke ? CtlContext::tr("revoked: %1").arg(change)
                             : CtlContext::tr("revocation lifted: %1").arg(change))
                  << Qt::endl;
    return ExitOk;
}

// trust remove-publisher and remove-issuer: KEY_ID [--dry-run].
int removeKey(CtlContext &context, const QString &usage, bool publisher, const QString &consequence,
    const QString &done)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    if (context.arguments().size() != 1)
        return context.fail({ QStringLiteral("cli.usage"), usage }, ExitInvalid);
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const QString keyId = context.arguments().at(0);
    // A dry run names the refusal a removal would meet: an unknown key, or one from the hall.
    if (publisher) {
        auto publishers = trust->catalog.publishers();
        if (!publishers)
            return failTrust(context, publishers.error());
        if (std::none_of(publishers->cbegin(), publishers->cend(),
                [&keyId](const PublisherKeyInfo &key) { return key.keyId == keyId; }))
            return failTrust(context,
                { QStringLiteral("trust.unknown_publisher"),
                    CtlContext::tr("No publisher key \"%1\" is trusted here.")
                        .arg(keyId.left(64)) });
    } else if (auto snapshot = trust->certificates.snapshot(); !snapshot) {
        return failTrust(context, snapshot.error());
    } else if (!snapshot->issuers.contains(keyId)) {
        return failTrust(context,
            { QStringLiteral("trust.unknown_issuer"),
                CtlContext::tr("No issuer key \"%1\" is trusted here.").arg(keyId.left(64)) });
    }
    if (dryRun) {
        context.out()
            << CtlContext::tr("dry run: %1 Nothing was changed.").arg(consequence.arg(keyId))
            << Qt::endl;
        return ExitOk;
    }
    if (!context.confirm(consequence.arg(keyId)))
        return ExitFailure;
    const Status removed = publisher
        ? trust->administration.removePublisher(CtlSecurity::actor(), keyId)
        : trust->administration.removeIssuer(CtlSecurity::actor(), keyId);
    if (!removed)
        return failTrust(context, removed.error());
    context.out() << done.arg(keyId) << Qt::endl;
    return ExitOk;
}

} // namespace

int runTrustRevoke(CtlContext &context) { return changeRevocation(context, true); }

int runTrustUnrevoke(CtlContext &context) { return changeRevocation(context, false); }

int runTrustRemovePublisher(CtlContext &context)
{
    return removeKey(context,
        CtlContext::tr("Usage: onewindowctl trust remove-publisher KEY_ID [--dry-run]"), true,
        CtlContext::tr("Catalogs signed with publisher key %1 will be refused, and the versions "
                       "it signed can no longer be rolled back to; the active catalog stays."),
        CtlContext::tr("removed: catalogs signed with publisher key %1 are refused from now on; "
                       "the active catalog stays."));
}

int runTrustRemoveIssuer(CtlContext &context)
{
    return removeKey(context,
        CtlContext::tr("Usage: onewindowctl trust remove-issuer KEY_ID [--dry-run]"), false,
        CtlContext::tr("E-certificates signed with issuer key %1 will no longer verify as "
                       "genuine on this terminal."),
        CtlContext::tr("removed: e-certificates signed with issuer key %1 no longer verify as "
                       "genuine."));
}

int runTrustList(CtlContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (!context.arguments().isEmpty())
        return context.fail({ QStringLiteral("cli.usage"),
                                CtlContext::tr("Usage: onewindowctl trust list [--json]") },
            ExitInvalid);
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    PinyinTranscriber pinyin;
    CatalogStore catalog(*db, pinyin);
    auto publishers = catalog.publishers();
    if (!publishers)
        return context.fail(publishers.error());
    auto trust = CertificateTrustStore(*db).snapshot();
    if (!trust)
        return context.fail(trust.error());
    const QDate today = DisplayTime::dayOf(QDateTime::currentDateTimeUtc());
    QStringList issuerIds = trust->issuers.keys();
    std::sort(issuerIds.begin(), issuerIds.end());
    QList<std::pair<QString, QString>> revoked; // key ID, certificate number
    for (const QString &entry : trust->revoked)
        revoked.append({ entry.section(QChar(0x1f), 0, 0), entry.section(QChar(0x1f), 1) });
    std::sort(revoked.begin(), revoked.end());

    if (json) {
        QJsonArray publisherList;
        for (const PublisherKeyInfo &key : publishers.value())
            publisherList.append(QJsonObject { { QStringLiteral("keyId"), key.keyId },
                { QStringLiteral("algorithm"), key.algorithm },
                { QStringLiteral("sha256"), TrustAdministration::fingerprint(key.publicPem) },
                { QStringLiteral("addedAt"), key.addedAt },
                { QStringLiteral("validUntil"),
                    key.validUntil.isValid() ? QJsonValue(key.validUntil.toString(Qt::ISODate))
                                             : QJsonValue() },
                { QStringLiteral("expired"), key.expiredOn(today) } });
        QJsonArray issuerList;
        for (const QString &keyId : issuerIds) {
            const IssuerKey &key = trust->issuers.value(keyId);
            issuerList.append(QJsonObject { { QStringLiteral("keyId"), keyId },
                { QStringLiteral("algorithm"), key.algorithm },
                { QStringLiteral("sha256"), TrustAdministration::fingerprint(key.publicKeyPem) },
                { QStringLiteral("source"), key.source } });
        }
        QJsonArray revokedList;
        for (const auto &[keyId, number] : revoked)
            revokedList.append(QJsonObject {
                { QStringLiteral("keyId"), keyId }, { QStringLiteral("certNumber"), number } });
        context.printJson(QJsonObject { { QStringLiteral("publishers"), publisherList },
            { QStringLiteral("issuers"), issuerList },
            { QStringLiteral("trustListVersion"), trust->version },
            { QStringLiteral("trustListFetchedAt"),
                trust->fetchedAt.isValid()
                    ? QJsonValue(trust->fetchedAt.toUTC().toString(Qt::ISODate))
                    : QJsonValue() },
            { QStringLiteral("revoked"), revokedList } });
        return ExitOk;
    }

    // A table: key, algorithm, validity, and the whole SHA-256 fingerprint to compare with the
    // authority's letter.
    QTextStream &out = context.out();
    out << CtlContext::tr("catalog publishers:") << '\n';
    for (const PublisherKeyInfo &key : publishers.value()) {
        const QString validity = !key.validUntil.isValid()
            ? CtlContext::tr("no end date")
            : (key.expiredOn(today) ? CtlContext::tr("expired %1")
                                    : CtlContext::tr("valid until %1"))
                  .arg(key.validUntil.toString(Qt::ISODate));
        out << "  " << key.keyId << "  " << key.algorithm << "  " << validity << '\n'
            << "    SHA-256 " << TrustAdministration::fingerprint(key.publicPem) << '\n';
    }
    out << CtlContext::tr("certificate issuers (trust list version %1, fetched %2):")
               .arg(trust->version)
               .arg(trust->fetchedAt.isValid() ? DisplayTime::dateTime(trust->fetchedAt)
                                               : CtlContext::tr("never"))
        << '\n';
    for (const QString &keyId : issuerIds) {
        const IssuerKey &key = trust->issuers.value(keyId);
        out << "  " << keyId << "  " << key.algorithm << "  " << key.source << '\n'
            << "    SHA-256 " << TrustAdministration::fingerprint(key.publicKeyPem) << '\n';
    }
    out << CtlContext::tr("revoked certificates: %1").arg(revoked.size()) << '\n';
    for (const auto &[keyId, number] : revoked)
        out << "  " << keyId << ' ' << number << '\n';
    out.flush();
    return ExitOk;
}

// trust refresh [--json]: fetches the hall's trust list now, as the trust page's button does.
int runTrustRefresh(CtlContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (!context.arguments().isEmpty())
        return context.fail({ QStringLiteral("cli.usage"),
                                CtlContext::tr("Usage: onewindowctl trust refresh [--json]") },
            ExitInvalid);
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    HallClient client(HallSettings::load(TerminalSettings(*db)));
    if (Status ready = client.readiness(); !ready)
        return context.fail(ready.error(), ExitInvalid);
    CertificateTrustStore store(*db);
    TrustListRefresh refresh(&client, store);
    QEventLoop loop;
    Status outcome;
    refresh.refresh([&](Status fetched) {
        outcome = fetched;
        loop.quit();
    });
    if (refresh.busy())
        loop.exec();
    if (!outcome)
        return failTrust(context, outcome.error());
    auto snapshot = store.snapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    if (json) {
        context.printJson(QJsonObject { { QStringLiteral("trustListVersion"), snapshot->version },
            { QStringLiteral("trustListFetchedAt"),
                snapshot->fetchedAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("issuers"), qint64(snapshot->issuers.size()) },
            { QStringLiteral("revoked"), qint64(snapshot->revoked.size()) } });
        return ExitOk;
    }
    context.out() << CtlContext::tr("trust list version %1 fetched %2: %3 issuer key(s), %4 "
                                    "revocation(s).")
                         .arg(snapshot->version)
                         .arg(DisplayTime::dateTime(snapshot->fetchedAt))
                         .arg(snapshot->issuers.size())
                         .arg(snapshot->revoked.size())
                  << Qt::endl;
    return ExitOk;
}
