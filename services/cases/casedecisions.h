// The back office's decisions on a case: the workflow decides (CaseWorkflow), and this stores
// the outcome in one transaction (status, review tasks, the legal clock's pauses and extensions,
// the case history and the event for the hall), so a decision is all there or not at all.
#pragma once

#include "caseworkflow.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace onewindow {

class CaseProgressStore;
class SyncStore;
class WorkingDayCalendar;

class CaseDecisions
{
    Q_DECLARE_TR_FUNCTIONS(CaseDecisions)
public:
    CaseDecisions(CaseProgressStore &progress, SyncStore &outbox);

    // What the workflow knows of the case now (for the back office's view and its buttons).
    Result<CaseSituation> situation(
        const QString &caseId, const WorkingDayCalendar &calendar, QDate today) const;
    // Decides and stores; the transition taken. A refusal changes nothing.
    Result<CaseTransition> decide(const QString &caseId, const CaseRequest &request,
        const CaseActor &actor, const WorkingDayCalendar &calendar, const QDateTime &now);

private:
    CaseProgressStore &m_progress;
    SyncStore &m_outbox;
};

} // namespace onewindow
