#include "legalclock.h"

namespace onewindow {

Result<ClockReading> LegalClock::read(const WorkingDayCalendar &calendar, QDate submittedOn,
    int limitDays, const QList<ClockPause> &pauses, QDate today)
{
    if (!submittedOn.isValid() || !today.isValid() || limitDays < 0)
        return Error { QStringLiteral("clock.invalid"),
            tr("The case has no valid filing date or time limit; the clock cannot be read.") };
    ClockReading r;
    r.limitDays = limitDays;
    auto run = calendar.workingDaysBetween(submittedOn, today);
    if (!run)
        return run.error();
    for (const ClockPause &p : pauses) {
        if (!p.startedOn.isValid() || p.startedOn > today)
            continue;
        const bool open = !p.endedOn.isValid() || p.endedOn > today;
        r.paused = r.paused || open;
        auto stopped = calendar.workingDaysBetween(p.startedOn, open ? today : p.endedOn);
        if (!stopped)
            return stopped.error();
        r.pausedDays += stopped.value();
    }
    r.usedDays = qMax(0, run.value() - r.pausedDays);
    r.remainingDays = limitDays - r.usedDays;
    r.overdue = !r.paused && r.usedDays > limitDays;
    r.pastWarning
        = limitDays == 0 ? r.usedDays > 0 : r.usedDays * 100 >= limitDays * kWarningPercent;
    // The days run so far are exact; the due date may fall in a year whose holidays are not
    // published yet. Then it stays unknown (null) rather than guessed, and the rest still holds.
    auto due = calendar.addWorkingDays(submittedOn, limitDays + r.pausedDays);
    if (!due && due.error().code != u"cases.calendar_missing")
        return due.error();
    if (due)
        r.dueDate = due.value();
    return r;
}

Result<QDate> LegalClock::correctionNoticeDeadline(
    const WorkingDayCalendar &calendar, QDate submittedOn)
{
    return calendar.addWorkingDays(submittedOn, kCorrectionNoticeDays);
}

Result<bool> LegalClock::deemedAccepted(
    const WorkingDayCalendar &calendar, QDate submittedOn, QDate today)
{
    auto deadline = correctionNoticeDeadline(calendar, submittedOn);
    if (!deadline)
        return deadline.error();
    return today > deadline.value();
}

Status LegalClock::checkExtension(int requestedDays, int alreadyExtendedDays, bool jointHandling,
    const QString &reason, bool supervisorApproved)
{
    const int maximum = jointHandling ? kMaxJointExtensionDays : kMaxExtensionDays;
    if (requestedDays <= 0)
        return Error { QStringLiteral("clock.extension_invalid"),
            tr("An extension is at least one working day.") };
    if (reason.trimmed().isEmpty())
        return Error { QStringLiteral("clock.extension_reason"),
            tr("An extension needs a reason that the applicant will be told.") };
    if (!supervisorApproved)
        return Error { QStringLiteral("clock.extension_unapproved"),
            tr("An extension needs a supervisor's approval.") };
    if (alreadyExtendedDays + requestedDays > maximum)
        return Error { QStringLiteral("clock.extension_too_long"),
            tr("The law allows at most %1 working days of extension for this case; %2 are "
               "already granted.")
                .arg(maximum)
                .arg(alreadyExtendedDays) };
    return {};
}

} // namespace onewindow
