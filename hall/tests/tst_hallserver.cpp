// HallServer and HallConnection over real mutual TLS on loopback, in one process: keep-alive and
// pipelining, refused clients, malformed requests, injected faults.
#include "demopki.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QSslKey>
#include <QSslSocket>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

QString pki(const char *name) { return demopki::path(QLatin1String(name)); }

QSslKey readKey(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QSslKey(f.readAll(), QSsl::Ec) : QSslKey();
}

// A TLS client that collects everything the hall sends.
struct Client
{
    QSslSocket socket;
    QByteArray received;
    bool closed = false;

    explicit Client(quint16 port, bool withCertificate = true)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(pki("ca.pem")));
        config.setProtocol(QSsl::TlsV1_2OrLater);
        if (withCertificate) {
            config.setLocalCertificate(
                QSslCertificate::fromPath(pki("terminal-GZ-TH-KIOSK-0001.pem")).value(0));
            config.setPrivateKey(readKey(pki("terminal-GZ-TH-KIOSK-0001.key")));
        }
        socket.setSslConfiguration(config);
        QObject::connect(&socket, &QSslSocket::readyRead, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QSslSocket::disconnected, [this] { closed = true; });
        QObject::connect(&socket, &QSslSocket::errorOccurred, [this] { closed = true; });
        socket.connectToHostEncrypted(QStringLiteral("localhost"), port);
    }
    int responses() const { return int(received.count("HTTP/1.1 ")); }
};

QByteArray get(const char *path)
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: r1\r\n\r\n";
}

} // namespace

class TestHallServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(demopki::make());
        m_db = openTestDatabase(m_dir);
        auto issuers = KeyRing::loadPrivateKeys(pki("issuers"));
        QVERIFY(issuers.ok());
        m_issuers = std::move(issuers).value();
        m_api = std::make_unique<HallApi>(*m_db, m_publishers, m_issuers, HallApi::Options {});
        m_tls = demopki::hallTls();
        m_server = std::make_unique<HallServer>(*m_api, m_noFaults);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, m_tls).ok());
    }

    void keepAliveAndPipelining()
    {
        Client c(m_server->port());
        QTRY_VERIFY(c.socket.isEncrypted());
        // Two requests in one write: two answers, in order, on the same connection.
        c.socket.write(get("/api/v1/health") + get("/api/v1/trust"));
        QTRY_COMPARE(c.responses(), 2);
        QVERIFY(c.received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(c.received.indexOf("\"status\":\"ok\"") < c.received.indexOf("\"issuers\""));
        QVERIFY(c.received.contains("X-Request-Id: r1\r\n"));
        QVERIFY(!c.closed);
        c.socket.write(get("/api/v1/health"));
        QTRY_COMPARE(c.responses(), 3);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void malformedRequestIsAnsweredAndClosed()
    {
        Client c(m_server->port());
        QTRY_VERIFY(c.socket.isEncrypted());
        c.socket.write("GET /api/v1/../secret HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QTRY_VERIFY(c.closed);
        QVERIFY(c.received.startsWith("HTTP/1.1 400 Bad Request\r\n"));
        QVERIFY(c.received.contains("\"code\":\"bad_request\""));
        QVERIFY(c.received.contains("Connection: close"));
    }

    void clientWithoutCertificateIsRefused()
    {
        Client c(m_server->port(), false);
        QTRY_VERIFY(c.closed);
        QVERIFY(c.received.isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void injectedFaults()
    {
        FaultInjector faults(1.0, 5); // every request but /health fails
        HallServer server(*m_api, faults);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, m_tls).ok());
        int unavailable = 0, retryAfter = 0, dropped = 0;
        for (int i = 0; i < 24; ++i) {
            Client c(server.port());
            QTRY_VERIFY(c.socket.isEncrypted());
            c.socket.write(get("/api/v1/health"));
            QTRY_COMPARE(c.responses(), 1); // never failed: the terminal's liveness check
            c.socket.write(get("/api/v1/trust"));
            QTRY_VERIFY(c.responses() == 2 || c.closed);
            if (c.responses() == 2) {
                QVERIFY(c.received.contains("HTTP/1.1 503 Service Unavailable"));
                ++unavailable;
                retryAfter += c.received.contains("Retry-After: 1\r\n") ? 1 : 0;
            } else {
                ++dropped;
            }
        }
        QVERIFY(unavailable > 0 && retryAfter > 0 && retryAfter < unavailable && dropped > 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_publishers;
    KeyRing m_issuers;
    std::unique_ptr<HallApi> m_api;
    FaultInjector m_noFaults { 0, 1 };
    HallServer::Options m_tls;
    std::unique_ptr<HallServer> m_server;
};

QTEST_GUILESS_MAIN(TestHallServer)
#include "tst_hallserver.moc"
