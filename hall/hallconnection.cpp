#include "hallconnection.h"

#include "faultinjector.h"
#include "hallapi.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcHall, "onewindow.hall", QtInfoMsg)

namespace onewindow::hall {

HallConnection::HallConnection(QSslSocket *socket, const QString &terminalId, HallApi &api,
    FaultInjector &faults, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_terminalId(terminalId)
    , m_api(api)
    , m_faults(faults)
{
    socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HallConnection::drop);
    connect(socket, &QSslSocket::readyRead, this, &HallConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &HallConnection::finished);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHall) << m_terminalId << "socket error" << error;
    });
    m_idle.start();
    // Bytes may have arrived together with the end of the handshake.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HallConnection::onReadyRead, Qt::QueuedConnection);
}

HallConnection::~HallConnection() = default;

void HallConnection::onReadyRead()
{
    if (m_socket && m_draining) {
        m_socket->readAll();
        return;
    }
    if (!m_socket || m_closing)
        return;
    m_idle.start();
    auto state = m_parser.feed(m_socket->readAll());
    while (!m_closing) {
        if (state == HttpRequestParser::State::Error) {
            qCInfo(lcHall).noquote()
                << m_terminalId << "malformed request:" << m_parser.errorStatus()
                << m_parser.errorMessage();
            const HttpResponse r = HttpResponse::error(m_parser.errorStatus(),
                m_parser.errorStatus() == 413 || m_parser.errorStatus() == 431
                    ? QStringLiteral("too_large")
                    : QStringLiteral("bad_request"),
                QString::fromLatin1(m_parser.errorMessage()));
            refuse(r.serialize(false));
            return;
        }
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.takeContinueRequest())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        answer(m_parser.takeRequest());
        state = m_parser.parse();
    }
}

void HallConnection::answer(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    // Only the path is logged: personal data travels in bodies, and the query holds cursors.
    const QString what
        = QString::fromLatin1(request.method) + u' ' + QString::fromUtf8(request.path);
    const QByteArray requestId = request.header("x-request-id").left(64);
    const FaultInjector::Fault fault
        = request.path == "/api/v1/health" ? FaultInjector::Fault::None : m_faults.next();
    if (fault == FaultInjector::Fault::DropBefore) {
        qCInfo(lcHall).noquote() << m_terminalId << what << "-> injected fault: dropped before";
        drop();
        return;
    }
    const bool unavailable = fault == FaultInjector::Fault::Unavailable
        || fault == FaultInjector::Fault::UnavailableRetryAfter;
    HttpResponse response = unavailable ? HttpResponse::error(503, QStringLiteral("unavailable"),
                                QStringLiteral("a transient fault injected by --fail-rate"))
                                        : m_api.handle(request, m_terminalId);
    if (fault == FaultInjector::Fault::UnavailableRetryAfter)
        response.headers.emplaceBack("Retry-After", "1");
    if (fault == FaultInjector::Fault::DropAfter) {
        qCInfo(lcHall).noquote() << m_terminalId << what << response.status
                                 << "-> injected fault: answer dropped";
        drop();
        return;
    }
    if (!requestId.isEmpty())
        response.headers.emplaceBack("X-Request-Id", requestId);
    qCInfo(lcHall).noquote() << m_terminalId << what << response.status
                             << QStringLiteral("%1ms").arg(timer.elapsed())
                             << QString::fromLatin1(requestId);
    send(response.serialize(request.keepAlive), !request.keepAlive);
}

void HallConnection::send(const QByteArray &bytes, bool close)
{
    if (!m_socket)
        return;
    m_socket->write(bytes);
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the written bytes are sent
    }
}

void HallConnection::refuse(const QByteArray &bytes)
{
    // Closing with unread input makes the kernel answer with a reset, which can destroy the
    // error answer before the client reads it (an oversized head still arriving, say). So read
    // and drop for a moment, then close (RFC 9112 9.6).
    m_closing = true;
    m_draining = true;
    if (!m_socket)
        return;
    m_socket->write(bytes);
    m_socket->readAll();
    QTimer::singleShot(kLingerMs, this, [this] {
        if (m_socket)
            m_socket->disconnectFromHost();
    });
}

void HallConnection::drop()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
    emit finished();
}

} // namespace onewindow::hall
