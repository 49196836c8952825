#include "simulateddevicesource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>

namespace onewindow {

std::optional<SimulatedDeviceSource::Spec> SimulatedDeviceSource::parse(const QString &spec)
{
    if (spec.startsWith(QLatin1String("file:")) && spec.size() > 5)
        return Spec { Kind::File, spec.mid(5) };
    if (spec.startsWith(QLatin1String("socket:")) && spec.size() > 7)
        return Spec { Kind::Socket, spec.mid(7) };
    return std::nullopt;
}

SimulatedDeviceSource::SimulatedDeviceSource(Spec spec, qsizetype maxMessage, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_maxMessage(maxMessage)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &SimulatedDeviceSource::readFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(
        &m_server, &QLocalServer::newConnection, this, &SimulatedDeviceSource::acceptConnections);
}

SimulatedDeviceSource::~SimulatedDeviceSource() { stop(); }

Status SimulatedDeviceSource::start()
{
    if (m_spec.kind == Kind::Socket) {
        QLocalServer::removeServer(m_spec.location); // a socket file left by a crashed run
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(m_spec.location))
            return Error { QStringLiteral("device.cannot_listen"), m_server.errorString() };
        m_started = true;
        return {};
    }
    const QFileInfo file(m_spec.location);
    if (!file.dir().exists())
        return Error { QStringLiteral("device.no_folder"), file.absolutePath() };
    // The folder is watched too: a file that is created, or replaced by a rename, is seen.
    m_watcher.addPath(file.absolutePath());
    if (file.exists())
        m_watcher.addPath(file.absoluteFilePath());
    m_started = true;
    return {};
}

DeviceStatus SimulatedDeviceSource::status() const
{
    if (!m_started)
        return { DeviceStatus::State::Fault, QStringLiteral("devices.not_started"),
            tr("not started: check its setting, then restart the terminal") };
    if (m_spec.kind == Kind::Socket)
        return m_server.isListening()
            ? DeviceStatus { DeviceStatus::State::Ready, QStringLiteral("devices.ready"),
                  tr("ready") }
            : DeviceStatus { DeviceStatus::State::Fault, QStringLiteral("devices.not_listening"),
                  tr("its socket is closed: restart the terminal") };
    const QFileInfo folder(QFileInfo(m_spec.location).absolutePath());
    if (!folder.isDir())
        return { DeviceStatus::State::Fault, QStringLiteral("devices.no_folder"),
            tr("its folder %1 is gone: make it again, then restart the terminal")
                .arg(folder.filePath()) };
    if (!folder.isWritable())
        return { DeviceStatus::State::Fault, QStringLiteral("devices.folder_not_writable"),
            tr("its folder %1 cannot be written").arg(folder.filePath()) };
    // The location is the device's name on the page already.
    return { DeviceStatus::State::Ready, QStringLiteral("devices.ready"), tr("ready") };
}

void SimulatedDeviceSource::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_server.close();
    m_started = false;
}

void SimulatedDeviceSource::readFile()
{
    QFile file(m_spec.location);
    if (!file.exists()) {
        emit fileSettled(false, {});
        return;
    }
    const QString absolute = QFileInfo(m_spec.location).absoluteFilePath();
    if (!m_watcher.files().contains(absolute))
        m_watcher.addPath(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return; // still being written, or not ours to read: the next change tells
    emit fileSettled(true, file.read(m_maxMessage + 1));
}

void SimulatedDeviceSource::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine())
                emit lineReceived(socket->readLine(m_maxMessage + 2).trimmed());
            // A line longer than any message: drop the connection, not the device.
            if (socket->bytesAvailable() > m_maxMessage)
                socket->abort();
        });
    }
}

} // namespace onewindow
