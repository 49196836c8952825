// A QR scanner simulated from a file or a local socket, for tests, the demo and training.
//  file:PATH    writing a code's text to PATH scans it once; the scanner then removes the file.
//  socket:NAME  a local socket; each line is one scanned code.
#pragma once

#include "qrscanner.h"

#include <memory>
#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QLocalServer>
#include <QTimer>

namespace onewindow {

class SimulatedQrScanner : public QrScanner
{
    Q_OBJECT
public:
    enum class Source { File, Socket };

    // spec: "file:PATH" or "socket:NAME"; null when the spec is neither.
    static std::unique_ptr<SimulatedQrScanner> fromSpec(
        const QString &spec, QObject *parent = nullptr);
    SimulatedQrScanner(Source source, QString location, QObject *parent = nullptr);
    ~SimulatedQrScanner() override;

    QString deviceName() const override;
    Status start() override;
    void stop() override;

private:
    void checkFile();
    void acceptConnections();
    void handleCode(const QByteArray &code);

    Source m_source;
    QString m_location;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a writer may need a moment to finish the file
    QLocalServer m_server;
};

} // namespace onewindow
