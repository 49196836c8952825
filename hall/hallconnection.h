// HallConnection: one mutual-TLS client: reads requests, answers them in order, keeps alive.
#pragma once

#include "httprequestparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace onewindow::hall {

class FaultInjector;
class HallApi;

class HallConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleTimeoutMs = 60'000;
    // After refusing a malformed request: how long to read and drop what the client still sends.
    static constexpr int kLingerMs = 500;

    // Takes ownership of an encrypted socket whose client certificate has been verified.
    HallConnection(QSslSocket *socket, const QString &terminalId, HallApi &api,
        FaultInjector &faults, QObject *parent = nullptr);
    ~HallConnection() override;

signals:
    void finished();

private:
    void onReadyRead();
    void answer(const HttpRequest &request);
    void send(const QByteArray &bytes, bool close);
    void refuse(const QByteArray &bytes);
    void drop();

    QPointer<QSslSocket> m_socket;
    QString m_terminalId;
    HallApi &m_api;
    FaultInjector &m_faults;
    HttpRequestParser m_parser;
    QTimer m_idle;
    bool m_closing = false;
    bool m_draining = false;
};

} // namespace onewindow::hall
