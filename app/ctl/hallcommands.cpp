// onewindowctl hall … and terminal …: the connection to the online service hall.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "datadirectory.h"
#include "hallclient.h"
#include "hallhealth.h"
#include "hallsettings.h"
#include "terminalenrolment.h"
#include "terminalsettings.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>

using namespace onewindow;

namespace {
constexpr int kExitTlsRefused = 3;
}

int runHallCheck(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca"), {}, QStringLiteral("pem"));
    const QCommandLineOption cert(QStringLiteral("cert"), {}, QStringLiteral("pem"));
    const QCommandLineOption key(QStringLiteral("key"), {}, QStringLiteral("pem"));
    // Stapling is required unless hall.ocspStapling is "off"; these override the setting.
    const QCommandLineOption requireOcsp(QStringLiteral("require-ocsp"));
    const QCommandLineOption noOcsp(QStringLiteral("no-ocsp-stapling"));
    parser.addOptions({ url, ca, cert, key, requireOcsp, noOcsp });
    if (!context.parse(parser, 0, 0))
        return ExitInvalid;
    if (parser.isSet(requireOcsp) && parser.isSet(noOcsp)) {
        context.err() << CtlContext::tr("Use either --require-ocsp or --no-ocsp-stapling.")
                      << Qt::endl;
        return ExitInvalid;
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    TerminalSettings stored(*db);
    HallSettings settings = HallSettings::load(stored);
    if (parser.isSet(url))
        settings.url = QUrl(parser.value(url));
    if (parser.isSet(ca))
        settings.caFile = parser.value(ca);
    if (parser.isSet(cert))
        settings.certFile = parser.value(cert);
    if (parser.isSet(key))
        settings.keyFile = parser.value(key);
    if (parser.isSet(requireOcsp) || parser.isSet(noOcsp))
        settings.requireOcspStapling = parser.isSet(requireOcsp);

    HallClient client(settings);
    if (Status ready = client.readiness(); !ready)
        return context.fail(ready.error(), ExitInvalid);

    QEventLoop loop;
    int exitCode = ExitFailure;
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    HallRequest health;
    health.path = QStringLiteral("/health");
    client.send(health, [&](Result<HallResponse> result) {
        const QDateTime received = QDateTime::currentDateTimeUtc();
        if (!result) {
            context.fail(result.error());
            exitCode = result.error().code.startsWith(QLatin1String("hall.tls."))
                ? kExitTlsRefused
                : int(ExitFailure);
        } else if (result->status != 200) {
            context.err()
                << CtlContext::tr("The hall answered /health with HTTP %1.").arg(result->status)
                << Qt::endl;
        } else if (auto health = HallHealth::fromJson(result->body); !health) {
            context.fail(health.error());
        } else {
            // Skew against the middle of the round trip.
            const QDateTime middle = sent.addMSecs(sent.msecsTo(received) / 2);
            context.out() << CtlContext::tr("ok: hall %1 version %2, clock skew %3 s")
                                 .arg(settings.url.toString(), health->version)
                                 .arg(health->clockSkewSeconds(middle), 0, 'f', 1)
                          << Qt::endl;
            exitCode = ExitOk;
        }
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

int runTerminalEnroll(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), {}, QStringLiteral("terminal-id"));
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("url"));
    const QCommandLineOption install(QStringLiteral("install"), {}, QStringLiteral("cert.pem"));
    const QCommandLineOption ca(QStringLiteral("ca"), {}, QStringLiteral("ca.pem"));
    const QCommandLineOption renew(QStringLiteral("renew"));
    parser.addOptions({ id, url, install, ca, renew });
    if (!context.parse(parser, 0, 0))
        return ExitInvalid;
    if (parser.isSet(install) != parser.isSet(ca) || parser.isSet(install) == parser.isSet(id)) {
        context.err() << CtlContext::tr(
            "Use either terminal enroll --id ID [--url URL] [--renew] to make a key and request, "
            "or terminal enroll --install CERT.pem --ca CA.pem to install the signed certificate.")
                      << Qt::endl;
        return ExitInvalid;
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto dir = DataDirectory::existing(context.dataDir());
    if (!dir)
        return context.fail(dir.error());
    TerminalSettings settings(*db);
    TerminalEnrolment enrolment(dir.value(), settings);
    if (parser.isSet(install)) {
        // Whom the terminal trusts changes: audited like every change (issue: it was not).
        auto security = CtlSecurity::open(context);
        if (!security)
            return ExitFailure;
        enrolment.setAudit(security->audit.get(), CtlSecurity::actor());
        if (Status s = enrolment.install(parser.value(install), parser.value(ca)); !s)
            return context.fail(s.error(), ExitInvalid);
        context.out() << CtlContext::tr("installed: certificate %1, hall CA %2")
                             .arg(enrolment.certificatePath(), enrolment.caPath())
                      << Qt::endl;
        return ExitOk;
    }
    auto request
        = enrolment.createRequest(parser.value(id), QUrl(parser.value(url)), parser.isSet(renew));
    if (!request)
        return context.fail(request.error(), ExitInvalid);
    context.out() << CtlContext::tr("certificate request: %1\nHave the hall CA sign it, then run "
                                    "onewindowctl terminal enroll --install CERT.pem --ca CA.pem")
                         .arg(request.value())
                  << Qt::endl;
    return ExitOk;
}
