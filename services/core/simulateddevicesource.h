// Where a simulated device (card reader, QR scanner) gets its input, for tests, the demo and
// training: a file that is watched, or a local socket that takes one message per line.
#pragma once

#include "devicestatus.h"
#include "result.h"

#include <optional>
#include <QFileSystemWatcher>
#include <QLocalServer>
#include <QObject>
#include <QTimer>

namespace onewindow {

class SimulatedDeviceSource : public QObject
{
    Q_OBJECT
public:
    enum class Kind { File, Socket };
    struct Spec
    {
        Kind kind;
        QString location;
    };
    // "file:PATH" or "socket:NAME"; nullopt for anything else.
    static std::optional<Spec> parse(const QString &spec);

    SimulatedDeviceSource(Spec spec, qsizetype maxMessage, QObject *parent = nullptr);
    ~SimulatedDeviceSource() override;

    Spec spec() const { return m_spec; }
    // Errors: device.no_folder (the file's folder is missing), device.cannot_listen (the message
    // says why); the device turns them into its own words.
    Status start();
    void stop();
    // Whether the source is usable now: a socket listening, a watched file whose folder is still
    // there and writable (the simulation writes into it). Not started: a fault.
    DeviceStatus status() const;
    // Reads the file now (a card already in the reader when the terminal starts).
    void readNow() { readFile(); }

signals:
    // File: the file settled after a change (exists false: it is gone). At most maxMessage + 1
    // bytes are read, so the device can tell an oversized file.
    void fileSettled(bool exists, const QByteArray &contents);
    // Socket: one line, without its line end. A line over maxMessage drops the connection.
    void lineReceived(const QByteArray &line);

private:
    void readFile();
    void acceptConnections();

    Spec m_spec;
    qsizetype m_maxMessage;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a writer may need a moment to finish the file
    QLocalServer m_server;
    bool m_started = false;
};

} // namespace onewindow
