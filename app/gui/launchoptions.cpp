#include "launchoptions.h"

#include "datadirectory.h"
#include "onewindow_version.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using onewindow::Error;

onewindow::Result<LaunchOptions> LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OneWindow government service terminal"));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        tr("What this terminal shows: kiosk, backoffice or admin."), QStringLiteral("mode"),
        QStringLiteral("kiosk"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), tr("Folder for the database and keys."), QStringLiteral("dir"));
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"), tr("Run in a window instead of full screen."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        tr("Window size for --windowed, e.g. 1080x1920."), QStringLiteral("WxH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        tr("Start language: zh_CN or en."), QStringLiteral("code"), QStringLiteral("zh_CN"));
    const QCommandLineOption elderlyOption(
        QStringLiteral("elderly"), tr("Start in elderly mode (larger type)."));
    const QCommandLineOption firstFrameOption(QStringLiteral("exit-after-first-frame"),
        tr("Print the milliseconds from start to the first frame, then quit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        tr("Save the first frame to this PNG file."), QStringLiteral("file"));
    const QCommandLineOption idCardReaderOption(QStringLiteral("id-card-reader"),
        tr("The ID card reader: file:PATH or socket:NAME for the simulated reader."),
        QStringLiteral("spec"));
    const QCommandLineOption receiptPrinterOption(QStringLiteral("receipt-printer"),
        tr("The receipt printer's queue name, or simulated:ready, simulated:out-of-paper or "
           "simulated:missing."),
        QStringLiteral("name"));
    const QCommandLineOption ssCardReaderOption(QStringLiteral("ss-card-reader"),
        tr("The social security card reader: file:PATH or socket:NAME for the simulated reader."),
        QStringLiteral("spec"));
    const QCommandLineOption qrScannerOption(QStringLiteral("qr-scanner"),
        tr("The QR code scanner: file:PATH or socket:NAME for the simulated scanner."),
        QStringLiteral("spec"));
    const QCommandLineOption mediaRootOption(QStringLiteral("media-root"),
        tr("Where removable media are mounted, for loading catalogs (default /media, /run/media "
           "and /mnt)."),
        QStringLiteral("dir"));
    parser.addOptions(
        { helpOption, versionOption, modeOption, dataDirOption, windowedOption, sizeOption,
            languageOption, elderlyOption, firstFrameOption, screenshotOption, idCardReaderOption,
            ssCardReaderOption, receiptPrinterOption, qrScannerOption, mediaRootOption });

    LaunchOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return Error { QStringLiteral("cli.bad_option"),
            tr("%1. Run onewindow --help to see the options.").arg(parser.errorText()) };
    if (!parser.positionalArguments().isEmpty())
        return Error { QStringLiteral("cli.bad_option"),
            tr("Unexpected argument \"%1\". Run onewindow --help to see the options.")
                .arg(parser.positionalArguments().first()) };
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);

    const QString mode = parser.value(modeOption);
    if (mode == QLatin1String("kiosk"))
        options.mode = TerminalInfo::Mode::Kiosk;
    else if (mode == QLatin1String("backoffice"))
        options.mode = TerminalInfo::Mode::BackOffice;
    else if (mode == QLatin1String("admin"))
        options.mode = TerminalInfo::Mode::Admin;
    else
        return Error { QStringLiteral("cli.bad_mode"),
            tr("Unknown mode \"%1\". Use --mode kiosk, --mode backoffice or --mode "
               "admin.")
                .arg(mode) };

    options.language = parser.value(languageOption);
    options.languageGiven = parser.isSet(languageOption);
    if (options.language != QLatin1String("zh_CN") && options.language != QLatin1String("en"))
        return Error { QStringLiteral("cli.bad_language"),
            tr("Unknown language \"%1\". Use --language zh_CN or --language en.")
                .arg(options.language) };

    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return Error { QStringLiteral("cli.bad_size"),
                tr("The window size \"%1\" is not of the form 1080x1920.")
                    .arg(parser.value(sizeOption)) };
        options.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    options.dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                  : onewindow::DataDirectory::defaultPath();
    options.windowed = parser.isSet(windowedOption) || parser.isSet(sizeOption);
    options.elderlyMode = parser.isSet(elderlyOption);
    options.exitAfterFirstFrame = parser.isSet(firstFrameOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.idCardReader = parser.value(idCardReaderOption);
    options.receiptPrinter = parser.value(receiptPrinterOption);
    options.qrScanner = parser.value(qrScannerOption);
    options.socialSecurityCardReader = parser.value(ssCardReaderOption);
    options.mediaRoot = parser.value(mediaRootOption);
    return options;
}
