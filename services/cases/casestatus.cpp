#include "casestatus.h"

#include <array>

namespace onewindow {

namespace {
struct StatusCode
{
    CaseStatus status;
    const char *code;
};
constexpr std::array kCodes {
    StatusCode { CaseStatus::Submitted, "submitted" },
    StatusCode { CaseStatus::PreChecked, "pre_checked" },
    StatusCode { CaseStatus::Accepted, "accepted" },
    StatusCode { CaseStatus::Rejected, "rejected" },
    StatusCode { CaseStatus::InReview, "in_review" },
    StatusCode { CaseStatus::CorrectionRequested, "correction_requested" },
    StatusCode { CaseStatus::Corrected, "corrected" },
    StatusCode { CaseStatus::SpecialProcedure, "special_procedure" },
    StatusCode { CaseStatus::Approved, "approved" },
    StatusCode { CaseStatus::Refused, "refused" },
    StatusCode { CaseStatus::Collected, "collected" },
    StatusCode { CaseStatus::Withdrawn, "withdrawn" },
};
} // namespace

QString CaseStatuses::code(CaseStatus status)
{
    for (const StatusCode &c : kCodes)
        if (c.status == status)
            return QString::fromLatin1(c.code);
    return {};
}

std::optional<CaseStatus> CaseStatuses::fromCode(const QString &code)
{
    for (const StatusCode &c : kCodes)
        if (code == QLatin1String(c.code))
            return c.status;
    return std::nullopt;
}

QString CaseStatuses::trackingName(CaseStatus status, bool reachedHall)
{
    // Any later status came from the hall (or was decided here, and travels the same way).
    if (status == CaseStatus::Submitted && !reachedHall)
        return tr("Received at this terminal, not yet sent");
    return displayName(status);
}

QString CaseStatuses::trackingNote(CaseStatus status, bool reachedHall)
{
    if (status == CaseStatus::Submitted && !reachedHall)
        return tr("This terminal sends it to the departments as soon as the online service hall "
                  "can be reached again. Your receipt number stays valid.");
    return {};
}

QString CaseStatuses::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Submitted:
        return tr("Submitted");
    case CaseStatus::PreChecked:
        return tr("Materials checked");
    case CaseStatus::Accepted:
        return tr("Accepted");
    case CaseStatus::Rejected:
        return tr("Not accepted");
    case CaseStatus::InReview:
        return tr("Under review");
    case CaseStatus::CorrectionRequested:
        return tr("Waiting for your corrections");
    case CaseStatus::Corrected:
        return tr("Corrections received");
    case CaseStatus::SpecialProcedure:
        return tr("Special procedure");
    case CaseStatus::Approved:
        return tr("Approved");
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::Collected:
        return tr("Collected");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

bool CaseStatuses::isFinal(CaseStatus status)
{
    return status == CaseStatus::Rejected || status == CaseStatus::Refused
        || status == CaseStatus::Collected || status == CaseStatus::Withdrawn;
}

bool CaseStatuses::stopsTheClock(CaseStatus status)
{
    return status == CaseStatus::CorrectionRequested || status == CaseStatus::SpecialProcedure
        || status == CaseStatus::Approved || isFinal(status);
}

} // namespace onewindow
