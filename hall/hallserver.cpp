#include "hallserver.h"

#include "hallconnection.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslKey>

Q_DECLARE_LOGGING_CATEGORY(lcHall)

namespace onewindow::hall {

namespace {

Result<QSslKey> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("tls.unreadable"),
            QStringLiteral("cannot read %1").arg(path) };
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return Error { QStringLiteral("tls.bad_key"),
        QStringLiteral("%1 holds no EC or RSA private key").arg(path) };
}

} // namespace

HallServer::HallServer(HallApi &api, FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_faults(faults)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &HallServer::takeConnections);
    // A failed handshake is a refused client, not a server problem: log the reason and move on.
    connect(
        &m_server, &QSslServer::sslErrors, this, [](QSslSocket *, const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                qCInfo(lcHall).noquote() << "TLS client refused:" << e.errorString();
        });
    connect(&m_server, &QSslServer::handshakeInterruptedOnError, this,
        [](QSslSocket *socket, const QSslError &error) {
            qCInfo(lcHall).noquote() << "TLS handshake interrupted:" << error.errorString();
            // This runs inside OpenSSL's verify callback: not calling
            // continueInterruptedHandshake() makes the handshake fail with an alert, but
            // aborting the socket here frees the SSL object under OpenSSL's feet (a crash in
            // Qt 6.4). Close it once the callback has returned.
            QMetaObject::invokeMethod(
                socket,
                [socket] {
                    socket->abort();
                    socket->deleteLater();
                },
                Qt::QueuedConnection);
        });
    connect(&m_server, &QSslServer::errorOccurred, this,
        [](QSslSocket *socket, QAbstractSocket::SocketError error) {
            if (socket->isEncrypted())
                return; // its HallConnection deals with it
            qCInfo(lcHall) << "TLS handshake failed:" << error;
            socket->deleteLater();
        });
}

Status HallServer::listen(const QHostAddress &address, quint16 port, const Options &options)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.certificatePath);
    if (chain.isEmpty())
        return Error { QStringLiteral("tls.bad_certificate"),
            QStringLiteral("no certificate in %1").arg(options.certificatePath) };
    auto key = readKey(options.keyPath);
    if (!key)
        return key.error();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(options.caPath);
    if (ca.isEmpty())
        return Error { QStringLiteral("tls.bad_ca"),
            QStringLiteral("no CA certificate in %1").arg(options.caPath) };

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key.value());
    config.setCaCertificates(ca); // only the hall CA: not the system store
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Refuse bad client certificates inside the handshake with a TLS alert instead of after it.
    config.setHandshakeMustInterruptOnError(true);
    config.setMissingCertificateIsFatal(true);
    // Terminals require a stapled OCSP response by default: without one given, the response
    // made next to the certificate (make-demo-pki.sh: hall.pem, hall.ocsp.der) is stapled.
    QByteArray staple = options.ocspResponse;
    if (staple.isEmpty() && options.certificatePath.endsWith(QLatin1String(".pem"))) {
        QFile sibling(options.certificatePath.chopped(4) + QStringLiteral(".ocsp.der"));
        if (sibling.open(QIODevice::ReadOnly))
            staple = sibling.readAll();
    }
    if (!staple.isEmpty()) {
        // Qt 6.4 has no public server-side stapling API; its OpenSSL backend staples a DER
        // response given under this backend option (the one Qt's own OCSP tests use).
        config.setBackendConfigurationOption("Qt-OCSP-response", staple);
    }
    m_server.setSslConfiguration(config);
    m_server.setHandshakeTimeout(options.handshakeTimeoutMs);
    // A fleet of terminals connects at once; the default of 30 waiting connections is too few.
    m_server.setMaxPendingConnections(options.maxConnections);
    m_maxConnections = options.maxConnections;
    if (!m_server.listen(address, port))
        return Error { QStringLiteral("tls.listen"),
            QStringLiteral("cannot listen on %1:%2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server.errorString()) };
    return {};
}

void HallServer::close() { m_server.close(); }

void HallServer::takeConnections()
{
    while (QTcpSocket *tcp = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(tcp);
        const QSslCertificate peer = socket ? socket->peerCertificate() : QSslCertificate();
        const QString terminalId
            = peer.isNull() ? QString() : peer.subjectInfo(QSslCertificate::CommonName).value(0);
        // Belt and braces: the handshake already demanded a verified client certificate.
        if (!socket || !socket->isEncrypted() || terminalId.isEmpty()
            || m_connections >= m_maxConnections) {
            qCInfo(lcHall) << "connection refused:"
                           << (m_connections >= m_maxConnections ? "too many connections"
                                                                 : "no client certificate");
            tcp->abort();
            tcp->deleteLater();
            continue;
        }
        auto *connection = new HallConnection(socket, terminalId, m_api, m_faults, this);
        ++m_connections;
        connect(connection, &HallConnection::finished, connection, &QObject::deleteLater);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

} // namespace onewindow::hall
