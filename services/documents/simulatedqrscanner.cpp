#include "simulatedqrscanner.h"

#include <QFile>

namespace onewindow {

std::unique_ptr<SimulatedQrScanner> SimulatedQrScanner::fromSpec(
    const QString &spec, QObject *parent)
{
    const auto parsed = SimulatedDeviceSource::parse(spec);
    return parsed ? std::make_unique<SimulatedQrScanner>(*parsed, parent) : nullptr;
}

SimulatedQrScanner::SimulatedQrScanner(SimulatedDeviceSource::Spec spec, QObject *parent)
    : QrScanner(parent)
    , m_source(std::move(spec), kMaxCodeLength)
{
    connect(&m_source, &SimulatedDeviceSource::fileSettled, this, &SimulatedQrScanner::fileSettled);
    connect(&m_source, &SimulatedDeviceSource::lineReceived, this, &SimulatedQrScanner::handleCode);
}

SimulatedQrScanner::~SimulatedQrScanner() { stop(); }

QString SimulatedQrScanner::deviceName() const
{
    const auto spec = m_source.spec();
    return (spec.kind == SimulatedDeviceSource::Kind::File
            ? QStringLiteral("simulated QR scanner (file %1)")
            : QStringLiteral("simulated QR scanner (socket %1)"))
        .arg(spec.location);
}

Status SimulatedQrScanner::start()
{
    const auto spec = m_source.spec();
    // A code left from before the start is stale, not a scan.
    if (spec.kind == SimulatedDeviceSource::Kind::File)
        QFile::remove(spec.location);
    if (Status started = m_source.start(); !started) {
        if (started.error().code == u"device.cannot_listen")
            return Error { QStringLiteral("scanner.unavailable"),
                tr("The simulated QR scanner cannot listen on %1: %2")
                    .arg(spec.location, started.error().message) };
        return Error { QStringLiteral("scanner.unavailable"),
            tr("The simulated QR scanner watches %1, but its folder does not exist.")
                .arg(spec.location) };
    }
    return {};
}

void SimulatedQrScanner::stop() { m_source.stop(); }

void SimulatedQrScanner::fileSettled(bool exists, const QByteArray &contents)
{
    if (!exists)
        return;
    // Consumed like a scan: the same code can be scanned again by writing it again.
    QFile::remove(m_source.spec().location);
    handleCode(contents);
}

void SimulatedQrScanner::handleCode(const QByteArray &code)
{
    const QString text = QString::fromUtf8(code).trimmed();
    if (text.isEmpty() || text.size() > kMaxCodeLength)
        return;
    emit scanned(text);
}

} // namespace onewindow
