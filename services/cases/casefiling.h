// Files a kiosk application (一门式, 一表式): checks the one form and the materials, counts each
// item's due date in working days, and stores the cases, their events and a receipt number in
// one transaction.
#pragma once

#include "casemodel.h"
#include "mergedform.h"
#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class CaseStore;
class WorkingDayCalendar;

class CaseFiling
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiling)
public:
    CaseFiling(CaseStore &store, QString terminalId);

    // Nothing is stored unless everything is right; problems lists each form answer that needs
    // attention; a required pledge not given is cases.pledge_missing. A period the calendar does
    // not cover leaves that case's due date open (the
    // back office is told), it does not lose the citizen's application.
    Result<FiledApplication> file(const CaseApplication &application,
        const WorkingDayCalendar &calendar, const QDateTime &now,
        QList<FieldProblem> *problems = nullptr);

    static constexpr int kMaxItems = 10;

private:
    Status checkParties(const CaseApplication &application) const;
    Status checkMaterials(const CaseApplication &application) const;

    CaseStore &m_store;
    QString m_terminalId;
};

} // namespace onewindow
