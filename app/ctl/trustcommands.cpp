// onewindowctl trust …: the catalog publishers' and certificate issuers' keys this terminal
// accepts signatures from, and the issuers' revocations.
#include "catalogstore.h"
#include "certificatetruststore.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "trustadministration.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QDate>
#include <QFile>

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
            CtlContext::tr("Cannot read \"%1\": %2.").arg(file.fileName(), file.errorString()) });
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

int runTrustRevoke(CtlContext &context)
{
    if (context.arguments().size() != 2)
        return context.fail({ QStringLiteral("cli.usage"),
                                CtlContext::tr("Usage: onewindowctl trust revoke KEY_ID "
                                               "CERT_NUMBER") },
            ExitInvalid);
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const QString keyId = context.arguments().at(0);
    const QString number = context.arguments().at(1);
    if (Status revoked = trust->administration.revoke(
            CtlSecurity::actor(), keyId, number, QDateTime::currentDateTimeUtc());
        !revoked)
        return failTrust(context, revoked.error());
    context.out() << CtlContext::tr("revoked: certificate %1 of issuer key %2 will verify as "
                                    "revoked.")
                         .arg(number, keyId)
                  << Qt::endl;
    return ExitOk;
}

namespace {

int removeKey(CtlContext &context, const QString &usage,
    const std::function<Status(TrustAdministration &, const QString &keyId)> &remove,
    const QString &done)
{
    if (context.arguments().size() != 1)
        return context.fail({ QStringLiteral("cli.usage"), usage }, ExitInvalid);
    auto trust = TrustServices::open(context);
    if (!trust)
        return ExitFailure;
    const QString keyId = context.arguments().at(0);
    if (Status removed = remove(trust->administration, keyId); !removed)
        return failTrust(context, removed.error());
    context.out() << done.arg(keyId) << Qt::endl;
    return ExitOk;
}

} // namespace

int runTrustRemovePublisher(CtlContext &context)
{
    return removeKey(
        context, CtlContext::tr("Usage: onewindowctl trust remove-publisher KEY_ID"),
        [](TrustAdministration &trust, const QString &keyId) {
            return trust.removePublisher(CtlSecurity::actor(), keyId);
        },
        CtlContext::tr("removed: catalogs signed with publisher key %1 are refused from now on; "
                       "the active catalog stays."));
}

int runTrustRemoveIssuer(CtlContext &context)
{
    return removeKey(
        context, CtlContext::tr("Usage: onewindowctl trust remove-issuer KEY_ID"),
        [](TrustAdministration &trust, const QString &keyId) {
            return trust.removeIssuer(CtlSecurity::actor(), keyId);
        },
        CtlContext::tr("removed: e-certificates signed with issuer key %1 no longer verify as "
                       "genuine."));
}

int runTrustList(CtlContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(
            { QStringLiteral("cli.usage"), CtlContext::tr("Usage: onewindowctl trust list") },
            ExitInvalid);
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    PinyinTranscriber pinyin;
    CatalogStore catalog(*db, pinyin);
    auto publishers = catalog.publishers();
    if (!publishers)
        return context.fail(publishers.error());
    QTextStream &out = context.out();
    out << CtlContext::tr("catalog publishers:") << '\n';
    const QDate today = QDate::currentDate();
    for (const PublisherKeyInfo &key : publishers.value()) {
        out << "  " << key.keyId << "  " << key.algorithm;
        if (key.validUntil.isValid())
            out << "  "
                << (key.expiredOn(today) ? CtlContext::tr("expired %1")
                                         : CtlContext::tr("valid until %1"))
                       .arg(key.validUntil.toString(Qt::ISODate));
        out << '\n';
    }
    auto trust = CertificateTrustStore(*db).snapshot();
    if (!trust)
        return context.fail(trust.error());
    out << CtlContext::tr("certificate issuers (trust list version %1, fetched %2):")
               .arg(trust->version)
               .arg(trust->fetchedAt.isValid() ? trust->fetchedAt.toString(Qt::ISODate)
                                               : CtlContext::tr("never"))
        << '\n';
    QStringList issuerIds = trust->issuers.keys();
    std::sort(issuerIds.begin(), issuerIds.end());
    for (const QString &keyId : issuerIds) {
        const IssuerKey &key = trust->issuers.value(keyId);
        out << "  " << keyId << "  " << key.algorithm << "  " << key.source << '\n';
    }
    QStringList revoked;
    for (const QString &entry : trust->revoked)
        revoked.append(QString(entry).replace(QChar(0x1f), QLatin1Char(' ')));
    std::sort(revoked.begin(), revoked.end());
    out << CtlContext::tr("revoked certificates: %1").arg(revoked.size()) << '\n';
    for (const QString &entry : revoked)
        out << "  " << entry << '\n';
    out.flush();
    return ExitOk;
}
