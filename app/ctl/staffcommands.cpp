// onewindowctl staff …: staff accounts. Passwords come from standard input, never arguments.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "displaytime.h"
#include "passwordpolicy.h"

#include <cstdio>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

using namespace onewindow;

namespace {

QString readLine(bool hidden)
{
    termios saved {};
    const bool terminal
        = hidden && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine(4 * PasswordPolicy::kMaxLength));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// Asked twice on a terminal (a typo would lock the account owner out); read once from a pipe.
std::optional<QString> readNewPassword(CtlContext &context)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        context.err() << CtlContext::tr("New password: ") << Qt::flush;
    }
    const QString first = readLine(true);
    if (terminal) {
        context.err() << CtlContext::tr("Repeat the password: ") << Qt::flush;
        if (readLine(true) != first) {
            context.fail({ QStringLiteral("cli.password_mismatch"),
                CtlContext::tr("The two passwords differ; nothing was changed.") });
            return std::nullopt;
        }
    }
    if (first.isEmpty()) {
        context.fail({ QStringLiteral("cli.no_password"),
            CtlContext::tr("No password was given on standard input.") });
        return std::nullopt;
    }
    return first;
}

int usage(CtlContext &context, const QString &text)
{
    return context.fail(
        { QStringLiteral("cli.bad_option"), CtlContext::tr("Usage: %1").arg(text) }, ExitInvalid);
}

int finish(CtlContext &context, const Status &status, const QString &done)
{
    if (!status) {
        const QString code = status.error().code;
        const bool invalid = code.startsWith(QLatin1String("identity."));
        return context.fail(status.error(), invalid ? ExitInvalid : ExitFailure);
    }
    context.out() << done << Qt::endl;
    return ExitOk;
}

} // namespace

int runStaffAdd(CtlContext &context)
{
    const QStringList &args = context.arguments();
    QString user, role, department, realName;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--role") && i + 1 < args.size())
            role = args[++i];
        else if (args[i] == QLatin1String("--department") && i + 1 < args.size())
            department = args[++i];
        else if (args[i] == QLatin1String("--real-name") && i + 1 < args.size())
            realName = args[++i].trimmed();
        else if (user.isEmpty() && !args[i].startsWith(QLatin1String("--")))
            user = args[i];
        else
            return usage(context,
                QStringLiteral(
                    "staff add USER --role ROLE [--department CODE] [--real-name NAME]"));
    }
    const auto parsedRole = StaffRoles::fromCode(role);
    if (user.isEmpty() || !parsedRole)
        return context.fail({ QStringLiteral("cli.bad_role"),
                                CtlContext::tr("Give a user name and --role front_desk, reviewer, "
                                               "supervisor or admin.") },
            ExitInvalid);
    if (Status name = StaffAccounts::checkUserName(user); !name)
        return context.fail(name.error(), ExitInvalid);
    if (Status dept = StaffAccounts::checkDepartment(*parsedRole, department); !dept)
        return context.fail(dept.error(), ExitInvalid);
    if (Status real = StaffAccounts::checkRealName(realName); !real)
        return context.fail(real.error(), ExitInvalid);
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    // An unknown department is refused before a password is asked for.
    if (Status known = security->staff->checkDepartmentExists(department); !known)
        return finish(context, known, {});
    const auto password = readNewPassword(context);
    if (!password)
        return ExitInvalid;
    return finish(context,
        security->staff->add(
            CtlSecurity::actor(), user, *parsedRole, department, *password, realName),
        CtlContext::tr("added %1 (%2)").arg(user, StaffRoles::code(*parsedRole)));
}

int runStaffPasswd(CtlContext &context)
{
    if (context.arguments().size() != 1)
        return usage(context, QStringLiteral("staff passwd USER"));
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    const QString user = context.arguments().constFirst();
    // Unknown or malformed names are refused before a password is asked for.
    if (auto found = security->staff->find(user);
        !StaffAccounts::checkUserName(user) || !found || !found.value())
        return finish(context, security->staff->changePassword(CtlSecurity::actor(), user, {}), {});
    const auto password = readNewPassword(context);
    if (!password)
        return ExitInvalid;
    return finish(context, security->staff->changePassword(CtlSecurity::actor(), user, *password),
        CtlContext::tr("password changed for %1").arg(user));
}

static int runStaffSetLocked(CtlContext &context, bool locked)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    if (context.arguments().size() != 1)
        return usage(context,
            locked ? QStringLiteral("staff lock USER [--dry-run]")
                   : QStringLiteral("staff unlock USER [--dry-run]"));
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    const QString user = context.arguments().constFirst();
    if (Status allowed = security->staff->checkLock(CtlSecurity::actor(), user, locked); !allowed)
        return finish(context, allowed, {});
    const QString change = locked
        ? CtlContext::tr("%1 will not be able to sign in until unlocked.").arg(user)
        : CtlContext::tr("%1 will be able to sign in again.").arg(user);
    if (dryRun) {
        context.out() << CtlContext::tr("dry run: %1 Nothing was changed.").arg(change) << Qt::endl;
        return ExitOk;
    }
    if (locked && !context.confirm(change))
        return ExitFailure;
    return finish(context, security->staff->setLocked(CtlSecurity::actor(), user, locked),
        locked ? CtlContext::tr("locked %1").arg(user) : CtlContext::tr("unlocked %1").arg(user));
}

int runStaffLock(CtlContext &context) { return runStaffSetLocked(context, true); }

int runStaffUnlock(CtlContext &context) { return runStaffSetLocked(context, false); }

static int runStaffSetDeactivated(CtlContext &context, bool deactivate)
{
    const bool dryRun = context.takeFlag(QStringLiteral("--dry-run"));
    if (context.arguments().size() != 1)
        return usage(context,
            deactivate ? QStringLiteral("staff deactivate USER [--dry-run]")
                       : QStringLiteral("staff reactivate USER [--dry-run]"));
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    const QString user = context.arguments().constFirst();
    if (Status allowed = security->staff->checkDeactivation(CtlSecurity::actor(), user, deactivate);
        !allowed)
        return finish(context, allowed, {});
    const QString change = deactivate
        ? CtlContext::tr("%1 will not be able to sign in; the account stays in the list and the "
                         "audit log, and can be reactivated.")
              .arg(user)
        : CtlContext::tr("%1 will be able to sign in again (unless locked).").arg(user);
    if (dryRun) {
        context.out() << CtlContext::tr("dry run: %1 Nothing was changed.").arg(change) << Qt::endl;
        return ExitOk;
    }
    if (deactivate && !context.confirm(change))
        return ExitFailure;
    return finish(context, security->staff->setDeactivated(CtlSecurity::actor(), user, deactivate),
        deactivate ? CtlContext::tr("deactivated %1").arg(user)
                   : CtlContext::tr("reactivated %1").arg(user));
}

int runStaffDeactivate(CtlContext &context) { return runStaffSetDeactivated(context, true); }

int runStaffReactivate(CtlContext &context) { return runStaffSetDeactivated(context, false); }

int runStaffRealName(CtlContext &context)
{
    if (context.arguments().size() != 2)
        return usage(context, QStringLiteral("staff real-name USER NAME"));
    const QString user = context.arguments().constFirst();
    const QString realName = context.arguments().at(1).trimmed();
    if (Status real = StaffAccounts::checkRealName(realName); !real)
        return context.fail(real.error(), ExitInvalid);
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    return finish(context, security->staff->setRealName(CtlSecurity::actor(), user, realName),
        realName.isEmpty() ? CtlContext::tr("cleared the real name of %1").arg(user)
                           : CtlContext::tr("recorded the real name of %1").arg(user));
}

int runStaffList(CtlContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (!context.arguments().isEmpty())
        return usage(context, QStringLiteral("staff list [--json]"));
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    auto accounts = security->staff->list();
    if (!accounts)
        return context.fail(accounts.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray list;
        for (const StaffAccount &a : accounts.value()) {
            const bool lockedOut = a.lockedUntil.isValid() && a.lockedUntil > now;
            list.append(QJsonObject { { QStringLiteral("user"), a.userName },
                { QStringLiteral("role"), StaffRoles::code(a.role) },
                { QStringLiteral("department"), a.department },
                { QStringLiteral("realName"), a.realName },
                { QStringLiteral("state"),
                    a.deactivated()  ? QStringLiteral("deactivated")
                        : a.disabled ? QStringLiteral("locked")
                        : lockedOut  ? QStringLiteral("locked_out")
                                     : QStringLiteral("active") },
                { QStringLiteral("deactivatedAt"),
                    a.deactivated() ? a.deactivatedAt.toUTC().toString(Qt::ISODate)
                                    : QJsonValue() },
                { QStringLiteral("lockedOutUntil"),
                    lockedOut ? a.lockedUntil.toUTC().toString(Qt::ISODate) : QJsonValue() },
                { QStringLiteral("createdAt"), a.createdAt.toUTC().toString(Qt::ISODate) } });
        }
        context.printJson(list);
        return ExitOk;
    }
    for (const StaffAccount &a : accounts.value()) {
        QString state = CtlContext::tr("active");
        if (a.deactivated())
            state = CtlContext::tr("deactivated");
        else if (a.disabled)
            state = CtlContext::tr("locked");
        else if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state = CtlContext::tr("locked out until %1").arg(DisplayTime::dateTime(a.lockedUntil));
        // The real name last: scripts that read the first four columns read them still.
        context.out() << a.userName << '\t' << StaffRoles::code(a.role) << '\t'
                      << (a.department.isEmpty() ? QStringLiteral("-") : a.department) << '\t'
                      << state << '\t' << (a.realName.isEmpty() ? QStringLiteral("-") : a.realName)
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}
