#include "casedeadlineview.h"

#include "displaytime.h"

namespace onewindow {

TimeLimitFacts CaseDeadlineView::limitsOf(const CaseProgressStore::CaseFacts &f)
{
    TimeLimitFacts limits { f.status, DisplayTime::dayOf(f.submittedAt), f.promisedDays,
        f.legalDays, f.extensionDays, {} };
    for (const auto &[from, to] : f.pauses)
        limits.pauses.append({ from, to });
    return limits;
}

CaseDeadline CaseDeadlineView::read(const WorkingDayCalendar &calendar,
    const CaseProgressStore::CaseFacts &facts, bool deemedAccepted, QDate today)
{
    const TimeLimitReading reading = CaseTimeLimits::read(calendar, limitsOf(facts), today);
    CaseDeadline out;
    out.urgency = reading.urgency;
    out.urgencyCode = CaseTimeLimits::urgencyCode(reading.urgency);
    if (reading.urgency == Urgency::Decided) {
        out.clockText = tr("Decided: the time limit no longer runs");
    } else if (!reading.known) {
        out.clockText = reading.problem;
    } else {
        out.clockText = CaseTimeLimits::daysLeftText(reading);
        if (reading.committed.paused)
            out.clockText += tr("; paused now");
        out.datesText = CaseTimeLimits::datesText(reading);
    }
    if (deemedAccepted)
        out.clockText += tr(". No correction notice was issued within 5 working days: the "
                            "application counts as accepted.");
    return out;
}

} // namespace onewindow
