// onewindow: the terminal's GUI (kiosk, back office, admin). Everything is wired in TerminalShell.
#include "launchoptions.h"
#include "onewindow_version.h"
#include "terminalshell.h"

#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QQuickWindow>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer startClock;
    startClock.start();

    QTextStream err(stderr);
    QTextStream out(stdout);
    // The options are read before the GUI application exists: --help, --version and a mistyped
    // option answer on a machine without a display (an administrator's ssh session).
    auto options = [&] {
        QCoreApplication parsing(argc, argv);
        return LaunchOptions::parse(QCoreApplication::arguments());
    }();
    if (!options) {
        err << options.error().message << Qt::endl;
        return 2;
    }
    if (options->showHelp) {
        out << options->helpText << Qt::endl;
        return 0;
    }
    if (options->showVersion) {
        out << "onewindow " << onewindow::kVersion << Qt::endl;
        return 0;
    }

    // The kiosk never uses the system keyboard: Qt Virtual Keyboard is the input method.
    qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    // Qt Charts' QML types need a QApplication.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(onewindow::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(onewindow::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(onewindow::kVersion));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));

    TerminalShell shell(options.value(), startClock);
    QObject::connect(&shell, &TerminalShell::firstFrameShown, &app, [&](qint64 ms) {
        if (!options->screenshotPath.isEmpty()) {
            if (!shell.window()->grabWindow().save(options->screenshotPath))
                err << QObject::tr("Could not save the screenshot to %1.")
                           .arg(options->screenshotPath)
                    << Qt::endl;
        }
        if (options->exitAfterFirstFrame) {
            out << "first-frame-ms " << ms << Qt::endl;
            QApplication::quit();
        }
    });
    if (auto started = shell.start(); !started) {
        err << started.error().message << Qt::endl;
        return 1;
    }
    return QApplication::exec();
}
