// DeviceStatus: what a running device (card reader, QR scanner, printer) says about itself, for
// the administrator's health page.
#pragma once

#include <QString>

namespace onewindow {

struct DeviceStatus
{
    enum class State {
        Ready, // serves citizens now
        Degraded, // serves them, but not as configured (documents saved as PDF, say)
        Fault, // cannot serve them until someone acts
    };
    State state = State::Ready;
    // Stable, for tests and logs: devices.ready, devices.not_started, devices.no_folder, ...
    QString code;
    // For the administrator, translated; never anything personal (no card holder, no code read).
    QString text;

    bool usable() const { return state != State::Fault; }
};

} // namespace onewindow
