#include "simulatedqrscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>

namespace onewindow {

std::unique_ptr<SimulatedQrScanner> SimulatedQrScanner::fromSpec(
    const QString &spec, QObject *parent)
{
    if (spec.startsWith(QLatin1String("file:")) && spec.size() > 5)
        return std::make_unique<SimulatedQrScanner>(Source::File, spec.mid(5), parent);
    if (spec.startsWith(QLatin1String("socket:")) && spec.size() > 7)
        return std::make_unique<SimulatedQrScanner>(Source::Socket, spec.mid(7), parent);
    return nullptr;
}

SimulatedQrScanner::SimulatedQrScanner(Source source, QString location, QObject *parent)
    : QrScanner(parent)
    , m_source(source)
    , m_location(std::move(location))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &SimulatedQrScanner::checkFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_server, &QLocalServer::newConnection, this, &SimulatedQrScanner::acceptConnections);
}

SimulatedQrScanner::~SimulatedQrScanner() { stop(); }

QString SimulatedQrScanner::deviceName() const
{
    return (m_source == Source::File ? QStringLiteral("simulated QR scanner (file %1)")
                                     : QStringLiteral("simulated QR scanner (socket %1)"))
        .arg(m_location);
}

Status SimulatedQrScanner::start()
{
    if (m_source == Source::Socket) {
        QLocalServer::removeServer(m_location); // a socket file left by a crashed run
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(m_location))
            return Error { QStringLiteral("scanner.unavailable"),
                tr("The simulated QR scanner cannot listen on %1: %2")
                    .arg(m_location, m_server.errorString()) };
        return {};
    }
    const QFileInfo file(m_location);
    if (!file.dir().exists())
        return Error { QStringLiteral("scanner.unavailable"),
            tr("The simulated QR scanner watches %1, but its folder does not exist.")
                .arg(m_location) };
    // A code left from before the start is stale, not a scan.
    QFile::remove(m_location);
    m_watcher.addPath(file.absolutePath());
    return {};
}

void SimulatedQrScanner::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_server.close();
}

void SimulatedQrScanner::checkFile()
{
    QFile file(m_location);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray code = file.read(kMaxCodeLength + 1);
    file.close();
    // Consumed like a scan: the same code can be scanned again by writing it again.
    file.remove();
    handleCode(code);
}

void SimulatedQrScanner::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine())
                handleCode(socket->readLine(kMaxCodeLength + 2));
            // A line longer than any code: drop the connection, not the scanner.
            if (socket->bytesAvailable() > kMaxCodeLength)
                socket->abort();
        });
    }
}

void SimulatedQrScanner::handleCode(const QByteArray &code)
{
    const QString text = QString::fromUtf8(code).trimmed();
    if (text.isEmpty() || text.size() > kMaxCodeLength)
        return;
    emit scanned(text);
}

} // namespace onewindow
