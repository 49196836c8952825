// onewindowctl settings …: the terminal's own settings an administrator sets from a shell.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "terminalconfiguration.h"
#include "terminalsettings.h"

#include <QJsonObject>

using namespace onewindow;

// settings set-town-hall NAME [--dry-run] [--json]: the service centre receipts and notices name.
int runSettingsSetTownHall(CtlContext &context)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (context.arguments().size() != 1)
        return context.fail({ QStringLiteral("cli.usage"),
                                CtlContext::tr("Usage: onewindowctl settings set-town-hall NAME "
                                               "[--dry-run] [--json]") },
            ExitInvalid);
    const QString name = context.arguments().constFirst().trimmed();
    if (Status valid = TerminalConfigurationCheck::checkTownHall(name); !valid)
        return context.fail(valid.error(), ExitInvalid);
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    const QString before = TerminalSettings(*db).text(QStringLiteral("terminal.townHall"));
    bool changed = before != name;
    if (!dryRun && changed) {
        auto security = CtlSecurity::open(context);
        if (!security)
            return ExitFailure;
        auto saved = TerminalConfigurationCheck::saveTownHall(
            *db, *security->audit, CtlSecurity::actor(), name);
        if (!saved)
            return context.fail(saved.error());
        changed = saved.value();
    }
    if (json) {
        context.printJson(QJsonObject { { QStringLiteral("townHall"), name },
            { QStringLiteral("previous"), before.isEmpty() ? QJsonValue() : QJsonValue(before) },
            { QStringLiteral("changed"), changed }, { QStringLiteral("dryRun"), dryRun } });
        return ExitOk;
    }
    if (!changed)
        context.out()
            << CtlContext::tr("The town hall is already \"%1\"; nothing was changed.").arg(name)
            << Qt::endl;
    else if (dryRun)
        context.out() << CtlContext::tr("dry run: receipts and notices would name \"%1\" (now: "
                                        "%2). Nothing was changed.")
                             .arg(name,
                                 before.isEmpty() ? CtlContext::tr("none configured") : before)
                      << Qt::endl;
    else
        context.out() << CtlContext::tr("Receipts and notices name \"%1\" from now on.").arg(name)
                      << Qt::endl;
    return ExitOk;
}
