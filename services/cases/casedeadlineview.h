// What the back office shows of an open case's time limits: the urgency (counted against the
// committed date, CaseTimeLimits), the clock line in words and both dates. The rules of which
// line applies live here, so the dossier view model only shows the result.
#pragma once

#include "caseprogressstore.h"
#include "casetimelimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace onewindow {

class WorkingDayCalendar;

struct CaseDeadline
{
    Urgency urgency = Urgency::Unknown;
    QString urgencyCode = QStringLiteral("unknown"); // CaseTimeLimits::urgencyCode
    QString clockText; // days left (or why the clock is not read), paused, deemed accepted
    QString datesText; // the committed and the legal due date, each named; empty when unknown
};

class CaseDeadlineView
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlineView)
public:
    // The stored facts in the terms of the time-limit rules (the day filed in the town hall's
    // time zone, the pauses as clock pauses).
    static TimeLimitFacts limitsOf(const CaseProgressStore::CaseFacts &facts);
    // deemedAccepted: no correction notice within 5 working days (LegalClock), said after the
    // clock line because it changes what the staff may still ask for.
    static CaseDeadline read(const WorkingDayCalendar &calendar,
        const CaseProgressStore::CaseFacts &facts, bool deemedAccepted, QDate today);
};

} // namespace onewindow
