// onewindowctl audit …: checking and reading the tamper-evident audit log.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"

using namespace onewindow;

int runAuditVerify(CtlContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail({ QStringLiteral("cli.bad_option"),
                                CtlContext::tr("\"audit verify\" takes no arguments.") },
            ExitInvalid);
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    auto result = security->audit->verify();
    if (!result)
        return context.fail(result.error());
    if (!result->ok) {
        context.out() << CtlContext::tr("changed: %1").arg(result->problem) << Qt::endl;
        return ExitFailure;
    }
    auto head = security->audit->head();
    context.out() << CtlContext::tr("ok (%n entries, head %1)", nullptr, int(result->entries))
                         .arg(head ? QString::fromLatin1(head->mac.toHex().left(16)) : QString())
                  << Qt::endl;
    return ExitOk;
}

int runAuditShow(CtlContext &context)
{
    const QStringList &args = context.arguments();
    QDateTime since;
    if (args.size() == 2 && args.at(0) == QLatin1String("--since")) {
        since = QDateTime::fromString(args.at(1), Qt::ISODate);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(args.at(1), Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!since.isValid())
            return context.fail({ QStringLiteral("cli.bad_date"),
                                    CtlContext::tr("\"%1\" is not a date; write it as 2024-06-01.")
                                        .arg(args.at(1).left(40)) },
                ExitInvalid);
    } else if (!args.isEmpty()) {
        return context.fail({ QStringLiteral("cli.bad_option"),
                                CtlContext::tr("Usage: audit show [--since DATE]") },
            ExitInvalid);
    }
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    auto entries = security->audit->entries(since);
    if (!entries)
        return context.fail(entries.error());
    for (const AuditEntry &e : entries.value())
        context.out() << e.seq << '\t' << e.at.toString(Qt::ISODate) << '\t' << e.actor << '\t'
                      << e.action << '\t' << e.subject << '\t' << e.detail << '\n';
    context.out().flush();
    return ExitOk;
}
