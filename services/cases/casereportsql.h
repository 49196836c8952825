// What the town hall's reports (SupervisionReport, KpiReport) count by, defined once so their
// figures agree: when a case was completed, and how local days map to the stored timestamps.
#pragma once

#include "casestatus.h"
#include "timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace onewindow::casereport {

// When each case was completed (办结): its first event that led to approved or refused (a
// collected case keeps the day it was decided). A subquery with columns case_id, completed_at.
inline QString completionsSql()
{
    return QStringLiteral("(SELECT case_id, min(at) AS completed_at FROM case_history "
                          "WHERE status_after IN ('%1', '%2') GROUP BY case_id)")
        .arg(CaseStatuses::code(CaseStatus::Approved), CaseStatuses::code(CaseStatus::Refused));
}

// Timestamps are stored in UTC and periods are local days: the first moment of a local day.
inline QString startOf(QDate day) { return utcTimestamp(QDateTime(day, QTime(0, 0))); }

inline QDate localDay(const QVariant &timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace onewindow::casereport
