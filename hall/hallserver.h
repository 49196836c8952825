// HallServer: the mutual-TLS listener (QSslServer): TLS 1.2+, client certificate required.
#pragma once

#include "result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslServer>

namespace onewindow::hall {

class FaultInjector;
class HallApi;

class HallServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString certificatePath; // PEM, leaf first, then any intermediates
        QString keyPath;
        QString caPath; // the only CA client certificates may come from
        // DER, stapled when a client asks (status_request); when empty, the certificate's
        // NAME.ocsp.der next to NAME.pem if there is one
        QByteArray ocspResponse;
        int maxConnections = 256;
        int handshakeTimeoutMs = 10'000;
    };

    HallServer(HallApi &api, FaultInjector &faults, QObject *parent = nullptr);

    Status listen(const QHostAddress &address, quint16 port, const Options &options);
    quint16 port() const { return m_server.serverPort(); }
    void close();
    int connectionCount() const { return m_connections; }

private:
    void takeConnections();

    HallApi &m_api;
    FaultInjector &m_faults;
    QSslServer m_server;
    int m_maxConnections = 256;
    int m_connections = 0;
};

} // namespace onewindow::hall
