// onewindowctl ecert verify: checks one e-certificate envelope file against this terminal's
// issuer trust list, offline, and says the outcome and why (exit code per outcome).
#include "certificatetruststore.h"
#include "certificateverifier.h"
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"
#include "envelopeparser.h"
#include "fileproblem.h"

#include <QFile>

using namespace onewindow;

namespace {

// The exit codes documented in --help and the README.
int exitCodeOf(const CertificateVerification &v)
{
    if (v.wasNotEnvelope())
        return ExitInvalid;
    switch (v.outcome) {
    case CertificateOutcome::Genuine:
        return ExitOk;
    case CertificateOutcome::NotGenuine:
        return ExitUntrusted;
    case CertificateOutcome::Expired:
        return 4;
    case CertificateOutcome::Revoked:
        return 5;
    case CertificateOutcome::HolderMismatch:
        return 6;
    }
    return ExitFailure;
}

} // namespace

int runEcertVerify(CtlContext &context)
{
    const QString usage
        = CtlContext::tr("Usage: onewindowctl ecert verify FILE [--holder ID_NUMBER]");
    QString path;
    QString holder;
    const QStringList &args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--holder") && i + 1 < args.size())
            holder = args.at(++i);
        else if (args.at(i).startsWith(QLatin1String("--holder=")))
            holder = args.at(i).mid(9);
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1String("--")))
            path = args.at(i);
        else
            return context.fail({ QStringLiteral("cli.usage"), usage }, ExitInvalid);
    }
    if (path.isEmpty())
        return context.fail({ QStringLiteral("cli.usage"), usage }, ExitInvalid);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            { QStringLiteral("cli.cannot_read"),
                CtlContext::tr("Cannot read \"%1\": %2.").arg(path, FileProblem::reading(file)) },
            ExitInvalid);
    // One byte more than the limit so an oversized file is seen as such, not cut to fit.
    const QByteArray bytes = file.read(EnvelopeParser::kMaxEnvelopeBytes + 1);

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto trust = CertificateTrustStore(*db).snapshot();
    if (!trust)
        return context.fail(trust.error());
    const CertificateVerification v
        = CertificateVerifier(trust.value())
              .verify(bytes, holder.trimmed(), QDateTime::currentDateTime());

    context.out() << CertificateVerification::outcomeKey(v.outcome) << ": "
                  << CertificateVerification::outcomeText(v.outcome) << '\n'
                  << CtlContext::tr("reason: %1").arg(v.reason) << '\n';
    if (v.payload)
        context.out() << CtlContext::tr("certificate: %1 %2, issued by %3")
                             .arg(v.payload->certTypeName, v.payload->certNumber,
                                 v.payload->issuerName)
                      << '\n';
    if (!v.payloadSha256Hex.isEmpty())
        context.out()
            << CtlContext::tr("payload sha256: %1").arg(QString::fromLatin1(v.payloadSha256Hex))
            << '\n';
    context.out() << CtlContext::tr("trust list: version %1, fetched %2")
                         .arg(trust->version)
                         .arg(trust->fetchedAt.isValid()
                                 ? trust->fetchedAt.toString(Qt::ISODate)
                                 : CtlContext::tr("never (keys added by hand only)"))
                  << Qt::endl;
    return exitCodeOf(v);
}
