// onewindowctl id …: checking resident ID numbers and unified social credit codes.
#include "commandtable.h"
#include "ctlcontext.h"
#include "identifiercheck.h"

using namespace onewindow;

int runIdCheck(CtlContext &context)
{
    if (context.arguments().size() != 1)
        return context.fail(
            { QStringLiteral("cli.bad_option"),
                CtlContext::tr("\"id check\" takes one ID number or credit code.") },
            ExitInvalid);
    const auto outcome = IdentifierCheck::check(context.arguments().constFirst());
    const QString kind = IdentifierCheck::kindName(outcome.kind);
    if (outcome.valid()) {
        context.out() << CtlContext::tr("valid %1: %2").arg(kind, outcome.normalized) << Qt::endl;
        return ExitOk;
    }
    context.out() << CtlContext::tr("invalid %1: %2").arg(kind, outcome.problem->message)
                  << Qt::endl;
    return ExitInvalid;
}
