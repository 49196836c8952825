// The back office's role inboxes (front desk, a department's reviewers, the supervisor): which
// cases each role works on, with the legal clock of each, most urgent first. Its SQL lives here.
#pragma once

#include "casestatus.h"
#include "casetimelimits.h"
#include "legalclock.h"
#include "result.h"
#include "staffrole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace onewindow {

class Database;

struct InboxFilter
{
    StaffRole role = StaffRole::FrontDesk;
    QString department; // a reviewer's department
    QString itemCode; // empty: every item
    QString status; // a status code; empty: every status of the inbox
    int limit = 500;
};

struct InboxRow
{
    QString caseId;
    QString receiptNumber;
    QString itemCode;
    QString itemName;
    QString department;
    CaseStatus status = CaseStatus::Submitted;
    QDateTime submittedAt;
    int version = 0;
    ClockReading clock; // against the legal limit (法定时限)
    bool clockKnown = false; // false when the calendar misses the period
    TimeLimitReading limits; // both limits; urgency counts the committed one (承诺时限)
};

class CaseInbox
{
    Q_DECLARE_TR_FUNCTIONS(CaseInbox)
public:
    explicit CaseInbox(Database &database);

    // Overdue first, then by working days left to the committed date, then oldest first.
    Result<QList<InboxRow>> list(
        const InboxFilter &filter, const WorkingDayCalendar &calendar, QDate today) const;

private:
    Database &m_database;
};

} // namespace onewindow
