// The states of a case, after the process records of the Guangdong online service hall
// (申办 → 预受理 → 受理 → 审批 → 办结 → 领取), with their stable codes and names for people.
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace onewindow {

enum class CaseStatus {
    Submitted, // 申办: filed at a kiosk, not yet looked at
    PreChecked, // 预受理: the front desk has checked the materials
    Accepted, // 受理
    Rejected, // 不予受理 (final)
    InReview, // 审批: routed to the departments (并联审批)
    CorrectionRequested, // 补正告知: the clock stops until the citizen corrects
    Corrected, // 补正受理
    SpecialProcedure, // 特别程序: hearing, testing, expert review; the clock stops
    Approved, // 办结 (approved)
    Refused, // 办结 (refused, final)
    Collected, // 领取登记 (final)
    Withdrawn, // 撤回 by the citizen (final)
};

class CaseStatuses
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatuses)
public:
    static QString code(CaseStatus status); // "submitted", "pre_checked", …
    static std::optional<CaseStatus> fromCode(const QString &code);
    // For the citizen's tracking page and the back office, translated.
    static QString displayName(CaseStatus status);
    // For the tracking page of the terminal that filed the case: a filing the hall has not
    // received yet (taken while the hall was away) says so, instead of "Submitted", which the
    // citizen would read as "the department has it".
    static QString trackingName(CaseStatus status, bool reachedHall);
    // What follows for such a filing, in a sentence; empty for any other.
    static QString trackingNote(CaseStatus status, bool reachedHall);
    // No action changes a final case any more.
    static bool isFinal(CaseStatus status);
    // The legal clock does not run in these states.
    static bool stopsTheClock(CaseStatus status);
};

} // namespace onewindow
