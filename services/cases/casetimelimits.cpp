#include "casetimelimits.h"

namespace onewindow {

TimeLimitReading CaseTimeLimits::read(
    const WorkingDayCalendar &calendar, const TimeLimitFacts &facts, QDate today)
{
    TimeLimitReading r;
    r.promisedDays = facts.promisedDays;
    // The committed limit is never above the legal one (CaseIntake refuses such a case).
    const int promised = qMin(facts.promisedDays, facts.legalDays) + facts.extensionDays;
    auto committed = LegalClock::read(calendar, facts.submittedOn, promised, facts.pauses, today);
    auto legal = LegalClock::read(
        calendar, facts.submittedOn, facts.legalDays + facts.extensionDays, facts.pauses, today);
    if (committed && legal) {
        r.known = true;
        r.committed = committed.value();
        r.legal = legal.value();
    } else {
        r.problem = (committed ? legal.error() : committed.error()).message;
    }
    if (CaseStatuses::isFinal(facts.status) || facts.status == CaseStatus::Approved)
        r.urgency = Urgency::Decided;
    else if (!r.known)
        r.urgency = Urgency::Unknown;
    // The citizen was promised the committed date: past it the case is late, whatever the law
    // still allows; amber when 60% of the committed time has run.
    else if (r.committed.overdue || r.legal.overdue)
        r.urgency = Urgency::Overdue;
    else if (r.committed.pastWarning)
        r.urgency = Urgency::Amber;
    else
        r.urgency = Urgency::Normal;
    return r;
}

QString CaseTimeLimits::urgencyCode(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::Amber:
        return QStringLiteral("amber");
    case Urgency::Unknown:
        return QStringLiteral("unknown");
    case Urgency::Normal:
    case Urgency::Decided:
        break;
    }
    return QStringLiteral("normal");
}

QString CaseTimeLimits::limitText(int workingDays)
{
    if (workingDays <= 0)
        return tr("on the spot (same day)");
    return tr("%n working day(s)", nullptr, workingDays);
}

QString CaseTimeLimits::daysLeftText(const TimeLimitReading &r)
{
    if (r.urgency == Urgency::Decided)
        return tr("decided");
    if (!r.known)
        return tr("calendar missing");
    const ClockReading &c = r.committed;
    if (c.paused)
        return tr("paused, %n working day(s) left", nullptr, c.remainingDays);
    if (r.legal.overdue)
        return tr("%n working day(s) past the legal limit", nullptr, -r.legal.remainingDays);
    if (c.overdue)
        return tr("%n working day(s) past the committed date", nullptr, -c.remainingDays);
    if (c.remainingDays == 0)
        return tr("due today");
    return tr("%n working day(s) left", nullptr, c.remainingDays);
}

QString CaseTimeLimits::datesText(const TimeLimitReading &r)
{
    if (!r.known)
        return r.problem;
    const auto date = [](QDate d) {
        return d.isValid() ? d.toString(Qt::ISODate)
                           : tr("in a year whose holidays the catalog does not have yet");
    };
    return tr("Committed to the applicant: %1, due %2. Legal limit: %3, due %4.")
        .arg(limitText(r.committed.limitDays), date(r.committed.dueDate),
            limitText(r.legal.limitDays), date(r.legal.dueDate));
}

QString CaseTimeLimits::shortDatesText(const TimeLimitReading &r)
{
    if (!r.known || !r.committed.dueDate.isValid())
        return {};
    return tr("committed by %1 · legal limit %2")
        .arg(r.committed.dueDate.toString(Qt::ISODate),
            r.legal.dueDate.isValid() ? r.legal.dueDate.toString(Qt::ISODate) : tr("unknown"));
}

} // namespace onewindow
