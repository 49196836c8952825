// The onewindow command line, parsed into what the composition root needs.
#pragma once

#include "result.h"
#include "terminalinfo.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)
public:
    TerminalInfo::Mode mode = TerminalInfo::Mode::Kiosk;
    QString dataDir;
    QString language = QStringLiteral("zh_CN");
    bool languageGiven = false; // --language given: it wins over the terminal's language setting
    bool windowed = false;
    bool elderlyMode = false;
    QSize windowSize;
    // For benchmarks and smoke tests: print the time to the first frame and quit.
    bool exitAfterFirstFrame = false;
    // Save a screenshot of the first frame to this file.
    QString screenshotPath;
    // The simulated ID card reader's source (file:PATH or socket:NAME); empty: the setting
    // devices.idCardReader, or none.
    QString idCardReader;
    // The simulated social security card reader's source; empty: devices.socialSecurityCardReader.
    QString socialSecurityCardReader;
    // The receipt printer (a CUPS queue, or simulated:STATE); empty: the setting
    // devices.receiptPrinter; receipts are saved as PDF in the data folder when there is none.
    QString receiptPrinter;
    // The simulated QR scanner's source (file:PATH or socket:NAME); empty: the setting
    // devices.qrScanner, or none (receipt numbers are typed then).
    QString qrScanner;
    // Where the administrator's USB sticks are mounted (default /media, /run/media, /mnt).
    QString mediaRoot;
    // The clock of the desks that count days (the back office's inbox, dossier and supervision,
    // the KPIs); empty: the system clock. Not a command-line option: the UI tests set a day so
    // that their result does not depend on today's date.
    std::function<QDateTime()> clock;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    static onewindow::Result<LaunchOptions> parse(const QStringList &arguments);
};
