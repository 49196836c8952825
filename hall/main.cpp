// onewindow-hall: the reference online service hall (hall-protocol.md) for tests and the demo.
#include "database.h"
#include "demoseeder.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallschema.h"
#include "hallserver.h"
#include "keyring.h"
#include "onewindow_version.h"

#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "onewindow-hall: %s\n", qPrintable(message));
    return code;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-hall"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reference online service hall (hall protocol v1)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port; 0 picks a free one."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption cert(QStringLiteral("cert"),
        QStringLiteral("Server certificate (PEM)."), QStringLiteral("file"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("Server private key (PEM)."), QStringLiteral("file"));
    const QCommandLineOption ca(QStringLiteral("ca"),
        QStringLiteral("CA of the terminal client certificates."), QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Folder of the hall's SQLite store."), QStringLiteral("dir"));
    const QCommandLineOption seedDemo(QStringLiteral("seed-demo"),
        QStringLiteral("Seed demo citizens, certificates, social security and staff."));
    const QCommandLineOption issuerKeys(QStringLiteral("issuer-keys"),
        QStringLiteral("Folder of e-certificate issuer keys (<kid>.key); default DATA-DIR/issuers, "
                       "made when empty."),
        QStringLiteral("dir"));
    const QCommandLineOption publisherKey(QStringLiteral("publisher-key"),
        QStringLiteral("Catalog publisher public key <keyId>.pem, listed in /trust (repeatable)."),
        QStringLiteral("file"));
    const QCommandLineOption catalog(
        QStringLiteral("catalog"), QStringLiteral("Catalog file to hold."), QStringLiteral("file"));
    const QCommandLineOption catalogSig(QStringLiteral("catalog-signature"),
        QStringLiteral("Its detached signature (base64)."), QStringLiteral("file"));
    const QCommandLineOption registry(QStringLiteral("registry"),
        QStringLiteral("Terminal registry JSON [{terminalId, townHall, department, kind}]."),
        QStringLiteral("file"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
        QStringLiteral(
            "Fraction of requests that fail (503, some with Retry-After: 1, or dropped)."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption failSeed(QStringLiteral("fail-seed"),
        QStringLiteral("Seed of the fault sequence."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption ocsp(QStringLiteral("ocsp-response"),
        QStringLiteral("DER OCSP response to staple."), QStringLiteral("file"));
    const QCommandLineOption paymentDelay(QStringLiteral("payment-delay"),
        QStringLiteral("Milliseconds until the simulated provider confirms a payment; negative: "
                       "only :confirm does."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    parser.addOptions({ listen, port, cert, key, ca, dataDir, seedDemo, issuerKeys, publisherKey,
        catalog, catalogSig, registry, failRate, failSeed, ocsp, paymentDelay });
    parser.process(app);

    for (const auto &required : { cert, key, ca, dataDir })
        if (!parser.isSet(required))
            return fail(
                QStringLiteral("--%1 is required (see --help)").arg(required.names().first()), 2);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QStringLiteral("--port must be 0–65535"), 2);
    const double rate = parser.value(failRate).toDouble(&ok);
    if (!ok || rate < 0 || rate > 1)
        return fail(QStringLiteral("--fail-rate must be between 0 and 1"), 2);
    const uint seed = parser.value(failSeed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--fail-seed must be a number"), 2);
    const qint64 delay = parser.value(paymentDelay).toLongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--payment-delay must be a number"), 2);
    if (parser.isSet(catalog) != parser.isSet(catalogSig))
        return fail(QStringLiteral("--catalog and --catalog-signature go together"), 2);
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(QStringLiteral("--listen needs an IP address"), 2);

    const QString dir = parser.value(dataDir);
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot make %1").arg(dir));
    Database::Options dbOptions;
    dbOptions.migrations = HallSchema::migrations();
    auto database = Database::open(QDir(dir).filePath(QStringLiteral("hall.sqlite")), dbOptions);
    if (!database)
        return fail(database.error().message);

    auto issuers = parser.isSet(issuerKeys)
        ? KeyRing::loadPrivateKeys(parser.value(issuerKeys))
        : KeyRing::loadOrCreateDemoIssuers(QDir(dir).filePath(QStringLiteral("issuers")));
    if (!issuers)
        return fail(issuers.error().message);
    auto publishers = KeyRing::loadPublicKeys(parser.values(publisherKey));
    if (!publishers)
        return fail(publishers.error().message);

    HallApi api(*database.value(), publishers.value(), issuers.value(), { delay, true });
    if (parser.isSet(registry))
        if (Status s = api.registry().loadFile(parser.value(registry)); !s)
            return fail(s.error().message);
    if (parser.isSet(catalog))
        if (Status s = api.catalogs().load(
                parser.value(catalog), parser.value(catalogSig), publishers.value());
            !s)
            return fail(s.error().message);
    if (parser.isSet(seedDemo)) {
        DemoSeeder seeder(*database.value(), issuers.value());
        if (Status s = seeder.seed(readFile(QStringLiteral(":/hall/demo-citizens.json"))); !s)
            return fail(s.error().message);
        if (Status s = api.staff().seedDemo(readFile(QStringLiteral(":/hall/demo-staff.json"))); !s)
            return fail(s.error().message);
    }

    HallServer::Options tls;
    tls.certificatePath = parser.value(cert);
    tls.keyPath = parser.value(key);
    tls.caPath = parser.value(ca);
    if (parser.isSet(ocsp)) {
        tls.ocspResponse = readFile(parser.value(ocsp));
        if (tls.ocspResponse.isEmpty())
            return fail(QStringLiteral("cannot read %1").arg(parser.value(ocsp)));
    }
    FaultInjector faults(rate, seed);
    HallServer server(api, faults);
    if (Status s = server.listen(address, quint16(portNumber), tls); !s)
        return fail(s.error().message);

    // SIGTERM/SIGINT end the event loop through a pipe: a signal handler may only write().
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        server.close();
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    std::printf("listening on https://%s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);
    const int code = app.exec();
    std::fprintf(stderr, "onewindow-hall: stopped\n");
    return code;
}
