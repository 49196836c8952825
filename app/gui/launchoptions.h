// The onewindow command line, parsed into what the composition root needs.
#pragma once

#include "result.h"
#include "terminalinfo.h"

#include <QCoreApplication>
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
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    static onewindow::Result<LaunchOptions> parse(const QStringList &arguments);
};
