#include "simulatedcardreader.h"

#include "carddocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

namespace onewindow {

std::unique_ptr<SimulatedCardReader> SimulatedCardReader::fromSpec(
    CardKind kind, const QString &spec, QObject *parent)
{
    if (spec.startsWith(QLatin1String("file:")) && spec.size() > 5)
        return std::make_unique<SimulatedCardReader>(kind, Source::File, spec.mid(5), parent);
    if (spec.startsWith(QLatin1String("socket:")) && spec.size() > 7)
        return std::make_unique<SimulatedCardReader>(kind, Source::Socket, spec.mid(7), parent);
    return nullptr;
}

SimulatedCardReader::SimulatedCardReader(
    CardKind kind, Source source, QString location, QObject *parent)
    : CardReader(parent)
    , m_kind(kind)
    , m_source(source)
    , m_location(std::move(location))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &SimulatedCardReader::checkFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_server, &QLocalServer::newConnection, this, &SimulatedCardReader::acceptConnections);
}

SimulatedCardReader::~SimulatedCardReader() { stop(); }

QString SimulatedCardReader::deviceName() const
{
    return (m_source == Source::File ? QStringLiteral("simulated (file %1)")
                                     : QStringLiteral("simulated (socket %1)"))
        .arg(m_location);
}

Status SimulatedCardReader::start()
{
    if (m_source == Source::Socket) {
        QLocalServer::removeServer(m_location); // a socket file left by a crashed run
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(m_location))
            return Error { QStringLiteral("card.reader_unavailable"),
                tr("The simulated card reader cannot listen on %1: %2")
                    .arg(m_location, m_server.errorString()) };
        return {};
    }
    const QFileInfo file(m_location);
    if (!file.dir().exists())
        return Error { QStringLiteral("card.reader_unavailable"),
            tr("The simulated card reader watches %1, but its folder does not exist.")
                .arg(m_location) };
    // The folder is watched too: a file that is created, or replaced by a rename, is seen.
    m_watcher.addPath(file.absolutePath());
    if (file.exists())
        m_watcher.addPath(file.absoluteFilePath());
    checkFile();
    return {};
}

void SimulatedCardReader::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_server.close();
}

void SimulatedCardReader::checkFile()
{
    QFile file(m_location);
    if (!file.exists()) {
        m_lastContents.clear();
        if (m_cardIn) {
            m_cardIn = false;
            emit cardRemoved();
        }
        return;
    }
    if (!m_watcher.files().contains(QFileInfo(m_location).absoluteFilePath()))
        m_watcher.addPath(m_location);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray contents = file.read(CardDocument::kMaxSize + 1);
    if (contents == m_lastContents && m_cardIn)
        return;
    m_lastContents = contents;
    handleLine(contents);
}

void SimulatedCardReader::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine())
                handleLine(socket->readLine(CardDocument::kMaxSize + 2).trimmed());
            // A line longer than any card: drop the connection, not the reader.
            if (socket->bytesAvailable() > CardDocument::kMaxSize)
                socket->abort();
        });
    }
}

void SimulatedCardReader::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    if (QJsonDocument::fromJson(line).object().value(QLatin1String("type")).toString()
        == QLatin1String("removed")) {
        if (m_cardIn) {
            m_cardIn = false;
            emit cardRemoved();
        }
        return;
    }
    auto card = CardDocument::parse(line, m_kind, today());
    if (!card) {
        m_cardIn = false;
        emit readFailed(card.error());
        return;
    }
    m_cardIn = true;
    emit cardRead(card.value());
}

} // namespace onewindow
