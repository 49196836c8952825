// TerminalDevices: the devices this terminal runs with and the settings they were started from,
// so the administrator's health and test pages ask the running devices, not the settings.
#pragma once

#include <QString>

namespace onewindow {
class CardReader;
class DocumentPrinter;
class QrScanner;
} // namespace onewindow

struct TerminalDevices
{
    template<typename Device>
    struct Slot
    {
        Device *device = nullptr; // owned by the shell; null: none running
        QString setting; // what it was started from (command line or saved setting)
    };
    Slot<onewindow::CardReader> idCardReader;
    Slot<onewindow::CardReader> socialSecurityCardReader;
    Slot<onewindow::QrScanner> qrScanner;
    Slot<onewindow::DocumentPrinter> printer;
    Slot<onewindow::DocumentPrinter> receiptPrinter;
};
