#include "caseeventtext.h"

using namespace onewindow;

QString CaseEventText::describe(const CaseHistoryEntry &e, const QString &department)
{
    if (e.type == u"pre_checked")
        return tr("Materials checked by the service window");
    if (e.type == u"accepted")
        return tr("Accepted by the service window");
    if (e.type == u"rejected")
        return tr("Not accepted");
    if (e.type == u"correction_requested")
        return tr("More material is needed");
    if (e.type == u"corrected")
        return tr("Your corrections were received");
    if (e.type == u"routed")
        return tr("Sent to the departments for review");
    if (e.type == u"department_approved")
        return tr("%1 approved its part").arg(department);
    if (e.type == u"department_refused")
        return tr("%1 refused its part").arg(department);
    if (e.type == u"completed" && e.statusAfter == CaseStatus::Approved)
        return tr("Completed: approved");
    if (e.type == u"completed" && e.statusAfter == CaseStatus::Refused)
        return tr("Completed: refused");
    if (e.type == u"completed")
        return tr("Completed");
    if (e.type == u"special_procedure_started")
        return tr("Special procedure (hearing, testing or expert review): the time limit pauses");
    if (e.type == u"special_procedure_ended")
        return tr("Special procedure finished: the time limit runs again");
    if (e.type == u"extended")
        return tr("Time limit extended");
    if (e.type == u"collected")
        return tr("Collected");
    if (e.type == u"withdrawn")
        return tr("Withdrawn");
    if (e.type == u"rated")
        return tr("Service rated");
    return tr("Updated");
}

QString CaseEventText::actor(const QString &actor)
{
    const QString who = actor.section(QLatin1Char(':'), 1);
    if (actor == u"citizen")
        return tr("the applicant");
    if (actor == u"hall")
        return tr("the online service hall");
    if (actor.startsWith(u"staff:"))
        return tr("staff member %1").arg(who);
    if (actor.startsWith(u"kiosk:"))
        return tr("kiosk %1").arg(who);
    if (actor.startsWith(u"terminal:"))
        return tr("terminal %1").arg(who);
    return actor;
}
