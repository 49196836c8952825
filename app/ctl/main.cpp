// onewindowctl: administer a OneWindow terminal from the command line.
#include "commandtable.h"
#include "ctlcontext.h"
#include "datadirectory.h"
#include "onewindow_version.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate("onewindowctl",
        "Usage: onewindowctl [--data-dir DIR] COMMAND [ARGUMENTS]\n\n"
        "Administer a OneWindow government service terminal.\n\n"
        "Options:\n"
        "  --data-dir DIR   the terminal's data folder (default: %1)\n"
        "  --yes            do not ask before a change (a script never is asked)\n"
        "  --verbose        also print what the program does (migrations, keys)\n"
        "  --help           show this help; COMMAND --help shows one command's\n"
        "  --version        show the version\n\n"
        "Commands:\n")
                       .arg(onewindow::DataDirectory::defaultPath());
    for (const CtlCommand &c : ctlCommands())
        text += QStringLiteral("  %1 %2\n").arg(c.usage.leftJustified(43), c.summary);
    text += QCoreApplication::translate("onewindowctl",
        "\nExit codes: 0 done, 1 failed, 2 invalid input or usage; some "
        "commands add their own.");
    return text;
}

// The language of messages, the POSIX way (LC_ALL, then LC_MESSAGES, then LANG), read from the
// environment itself so that it does not depend on which locales the machine has generated:
// Chinese for zh_* and when nothing is set (a town hall terminal), English for C, POSIX, en_*
// and any other language.
bool chineseMessages()
{
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value.startsWith("zh");
    }
    return true;
}

// One command's help: its usage, what it does, and the options every command takes.
QString commandHelp(const CtlCommand &c)
{
    return QCoreApplication::translate("onewindowctl",
        "Usage: onewindowctl [--data-dir DIR] %1\n\n%2\n\n"
        "Options of every command:\n"
        "  --data-dir DIR   the terminal's data folder\n"
        "  --yes            do not ask before a change\n"
        "  --verbose        also print what the program does "
        "(migrations, keys)\n")
        .arg(c.usage, c.summary);
}

// Edit distance, for "did you mean".
qsizetype distance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                { row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The command closest to what was typed (its first two words), if one is close.
QString closestCommand(const QStringList &typed)
{
    const QString words = typed.mid(0, 2).join(QLatin1Char(' '));
    QString best;
    qsizetype bestDistance = 4; // more than three edits away is no suggestion
    for (const CtlCommand &c : ctlCommands()) {
        const QString name = c.name.isEmpty() ? c.group : c.group + QLatin1Char(' ') + c.name;
        const qsizetype d = distance(words, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(onewindow::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(onewindow::kVersion));

    // Messages follow the administrator's locale: Chinese unless the system says otherwise.
    QTranslator translator;
    if (chineseMessages() && translator.load(QStringLiteral(":/i18n/onewindow_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = onewindow::DataDirectory::defaultPath();
    QStringList rest;
    bool assumeYes = false;
    bool help = false;
    bool verbose = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            verbose = true;
            continue;
        }
        if (a == QLatin1String("--version")) {
            out << "onewindowctl " << onewindow::kVersion << Qt::endl;
            return ExitOk;
        }
        if (a == QLatin1String("--data-dir")) {
            if (i + 1 >= args.size()) {
                err << QCoreApplication::translate(
                    "onewindowctl", "--data-dir needs a folder after it.")
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
        if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            assumeYes = true;
            continue;
        }
        rest << a;
    }

    // What the services log at info level (each migration step, a new key) is for --verbose;
    // warnings always show.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false"));
    if (rest.isEmpty()) {
        (help ? out : err) << helpText() << Qt::endl;
        return help ? ExitOk : ExitInvalid;
    }
    const QList<CtlCommand> commands = ctlCommands();
    if (help) {
        // "staff lock --help": that command; "staff --help": the commands of the group.
        QString text;
        for (const CtlCommand &c : commands) {
            if (rest.first() != c.group)
                continue;
            if (rest.size() >= 2 && rest.at(1) == c.name) {
                text = commandHelp(c);
                break;
            }
            text += QStringLiteral("  %1 %2\n").arg(c.usage.leftJustified(43), c.summary);
        }
        if (text.isEmpty())
            text = helpText();
        out << text << Qt::endl;
        return ExitOk;
    }
    for (const CtlCommand &c : commands) {
        if (rest.first() != c.group)
            continue;
        const bool named = !c.name.isEmpty();
        if (named && (rest.size() < 2 || rest.at(1) != c.name))
            continue;
        CtlContext context(dataDir, rest.mid(named ? 2 : 1), out, err);
        context.setAssumeYes(assumeYes);
        context.setVerbose(verbose);
        const int exitCode = c.run(context);
        return context.dataDirRefused() ? int(ExitInvalid) : exitCode;
    }
    const QString suggestion = closestCommand(rest);
    err << (suggestion.isEmpty()
            ? QCoreApplication::translate("onewindowctl",
                "Unknown command or option \"%1\". Run onewindowctl --help to see the "
                "commands.")
                  .arg(rest.join(QLatin1Char(' ')))
            : QCoreApplication::translate("onewindowctl",
                "Unknown command \"%1\". Did you mean \"onewindowctl %2\"? Run "
                "onewindowctl --help to see the commands.")
                  .arg(rest.join(QLatin1Char(' ')), suggestion))
        << Qt::endl;
    return ExitInvalid;
}
