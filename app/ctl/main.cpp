// onewindowctl: administer a OneWindow terminal from the command line.
#include "commandtable.h"
#include "ctlcontext.h"
#include "datadirectory.h"
#include "onewindow_version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate(
        "onewindowctl",
        "Usage: onewindowctl [--data-dir DIR] COMMAND [ARGUMENTS]\n\n"
        "Administer a OneWindow government service terminal.\n\n"
        "Options:\n"
        "  --data-dir DIR   the terminal's data folder (default: %1)\n"
        "  --help           show this help\n"
        "  --version        show the version\n\n"
        "Commands:\n")
                       .arg(onewindow::DataDirectory::defaultPath());
    for (const CtlCommand &c : ctlCommands())
        text += QStringLiteral("  %1 %2\n").arg(c.usage.leftJustified(43), c.summary);
    text += QCoreApplication::translate(
        "onewindowctl", "\nExit codes: 0 done, 1 failed, 2 invalid input or usage; some "
                        "commands add their own.");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(onewindow::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(onewindow::kVersion));

    // Messages follow the administrator's locale: Chinese unless the system says otherwise.
    QTranslator translator;
    const QString uiLanguage = QLocale::system().name().startsWith(QLatin1String("en"))
        ? QStringLiteral("en")
        : QStringLiteral("zh_CN");
    if (uiLanguage != QLatin1String("en")
        && translator.load(QStringLiteral(":/i18n/onewindow_%1.qm").arg(uiLanguage)))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = onewindow::DataDirectory::defaultPath();
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << helpText() << Qt::endl;
            return ExitOk;
        }
        if (a == QLatin1String("--version")) {
            out << "onewindowctl " << onewindow::kVersion << Qt::endl;
            return ExitOk;
        }
        if (a == QLatin1String("--data-dir")) {
            if (i + 1 >= args.size()) {
                err << QCoreApplication::translate("onewindowctl",
                                                   "--data-dir needs a folder after it.")
                    << Qt::endl;
                return ExitInvalid;
            }
            dataDir = args[++i];
            continue;
        }
        if (a.startsWith(QLatin1String("--data-dir="))) {
            dataDir = a.mid(11);
            continue;
        }
        rest << a;
    }

    if (rest.isEmpty()) {
        err << helpText() << Qt::endl;
        return ExitInvalid;
    }
    const QList<CtlCommand> commands = ctlCommands();
    for (const CtlCommand &c : commands) {
        if (rest.first() != c.group)
            continue;
        const bool named = !c.name.isEmpty();
        if (named && (rest.size() < 2 || rest.at(1) != c.name))
            continue;
        CtlContext context(dataDir, rest.mid(named ? 2 : 1), out, err);
        return c.run(context);
    }
    err << QCoreApplication::translate(
               "onewindowctl", "Unknown command or option \"%1\". Run onewindowctl --help to see "
                               "the commands.")
               .arg(rest.join(QLatin1Char(' ')))
        << Qt::endl;
    return ExitInvalid;
}
