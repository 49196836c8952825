// The terminal's QR code scanner (receipts, payment and verification codes) behind one
// interface, so a hardware driver can be added without touching the kiosk.
#pragma once

#include "devicestatus.h"
#include "result.h"

#include <QObject>
#include <QString>

namespace onewindow {

class QrScanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The longest code the kiosk takes; anything longer is not one of ours.
    static constexpr int kMaxCodeLength = 2048;

    // For the administrator and the health page: model or simulation source, nothing personal.
    virtual QString deviceName() const = 0;
    // Starts listening for scans; an error when the device (or simulation source) is unusable.
    virtual Status start() = 0;
    virtual void stop() = 0;
    // Whether it can scan now, for the health page.
    virtual DeviceStatus status() const = 0;

signals:
    // The text of one scanned code, trimmed; at most kMaxCodeLength characters.
    void scanned(const QString &text);
};

} // namespace onewindow
