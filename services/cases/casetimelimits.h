// The two time limits of a case and which one the back office counts: the committed limit
// (承诺时限, what the kiosk and the receipt told the citizen) decides urgency; the legal limit
// (法定时限) is shown beside it as the outer bound. Also the one wording rule for a limit of
// zero days: 即办 (the same day), never "0 working days".
#pragma once

#include "casestatus.h"
#include "legalclock.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace onewindow {

enum class Urgency {
    Normal,
    Amber, // past 60% of the committed time
    Overdue, // past the committed date (and maybe the legal one)
    Unknown, // the calendar does not cover the period
    Decided, // the clock no longer runs
};

struct TimeLimitFacts
{
    CaseStatus status = CaseStatus::Submitted;
    QDate submittedOn;
    int promisedDays = 0;
    int legalDays = 0;
    int extensionDays = 0; // an approved extension moves both dates
    QList<ClockPause> pauses;
};

struct TimeLimitReading
{
    Urgency urgency = Urgency::Unknown;
    int promisedDays = 0;
    bool known = false; // both clocks read
    ClockReading committed; // against the committed limit: what urgency counts
    ClockReading legal; // against the legal limit
    QString problem; // why the clocks could not be read
};

class CaseTimeLimits
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeLimits)
public:
    static TimeLimitReading read(
        const WorkingDayCalendar &calendar, const TimeLimitFacts &facts, QDate today);
    // overdue, amber, normal, unknown (a decided case reads as normal).
    static QString urgencyCode(Urgency urgency);

    // A time limit in words for the citizen and the staff: "10 working days", or for 0 days
    // "on the spot (same day)" (即办). Every page and document that shows a limit uses this.
    static QString limitText(int workingDays);
    // The inbox's short line: days left against the committed date.
    static QString daysLeftText(const TimeLimitReading &reading);
    // Both dates, each named: the committed one the citizen was told and the legal one.
    static QString datesText(const TimeLimitReading &reading);
    // The inbox's second line: both dates, short.
    static QString shortDatesText(const TimeLimitReading &reading);
};

} // namespace onewindow
