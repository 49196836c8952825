// The legal time limit of a case (限时办结) in working days: where the clock stands, when it
// stops (补正, 特别程序), how far it may be extended, and the five-day rule for correction notices.
#pragma once

#include "result.h"
#include "workingdaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace onewindow {

// A stretch in which the clock does not run. The day it starts still counts; the days after it,
// up to and including endedOn, do not. endedOn is null while the pause lasts.
struct ClockPause
{
    QDate startedOn;
    QDate endedOn;
};

struct ClockReading
{
    int limitDays = 0; // the legal limit plus approved extensions
    int usedDays = 0; // working days run so far, pauses left out
    int remainingDays = 0; // negative when overdue
    int pausedDays = 0;
    // Moves on with every paused working day; null while it falls in a year the calendar does
    // not cover yet (the days used and left are exact all the same).
    QDate dueDate;
    bool paused = false;
    bool overdue = false;
    // Past 60% of the time: the back office marks it amber.
    bool pastWarning = false;
};

class LegalClock
{
    Q_DECLARE_TR_FUNCTIONS(LegalClock)
public:
    static constexpr int kCorrectionNoticeDays = 5;
    static constexpr int kWarningPercent = 60;
    static constexpr int kMaxExtensionDays = 10; // 行政许可法第四十二条: 20 + 10
    static constexpr int kMaxJointExtensionDays = 15; // 联合办理: 45 + 15

    static Result<ClockReading> read(const WorkingDayCalendar &calendar, QDate submittedOn,
        int limitDays, const QList<ClockPause> &pauses, QDate today);

    // The last day a correction notice (补正告知) may be issued; after it, the application
    // counts as accepted (逾期不告知的，自收到申请材料之日起即为受理).
    static Result<QDate> correctionNoticeDeadline(
        const WorkingDayCalendar &calendar, QDate submittedOn);
    // Whether, on `today`, a case still without a correction notice already counts as accepted.
    static Result<bool> deemedAccepted(
        const WorkingDayCalendar &calendar, QDate submittedOn, QDate today);

    // An extension needs a reason and a supervisor's approval, and all extensions together stay
    // within the legal maximum (10 working days; 15 for joint handling).
    static Status checkExtension(int requestedDays, int alreadyExtendedDays, bool jointHandling,
        const QString &reason, bool supervisorApproved);
};

} // namespace onewindow
