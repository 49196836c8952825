// A QR scanner simulated from a file or a local socket, for tests, the demo and training.
//  file:PATH    writing a code's text to PATH scans it once; the scanner then removes the file.
//  socket:NAME  a local socket; each line is one scanned code.
#pragma once

#include "qrscanner.h"
#include "simulateddevicesource.h"

#include <memory>
#include <QCoreApplication>

namespace onewindow {

class SimulatedQrScanner : public QrScanner
{
    Q_OBJECT
public:
    // spec: "file:PATH" or "socket:NAME"; null when the spec is neither.
    static std::unique_ptr<SimulatedQrScanner> fromSpec(
        const QString &spec, QObject *parent = nullptr);
    SimulatedQrScanner(SimulatedDeviceSource::Spec spec, QObject *parent = nullptr);
    ~SimulatedQrScanner() override;

    QString deviceName() const override;
    Status start() override;
    void stop() override;
    DeviceStatus status() const override { return m_source.status(); }

private:
    void fileSettled(bool exists, const QByteArray &contents);
    void handleCode(const QByteArray &code);

    SimulatedDeviceSource m_source;
};

} // namespace onewindow
