#include "caseinbox.h"

#include "database.h"
#include "displaytime.h"

#include <algorithm>
#include <QHash>
#include <QSqlQuery>

namespace onewindow {

namespace {

// What each role's inbox holds: the front desk takes in, routes and hands out; reviewers decide
// their department's open parts; the supervisor watches every case still running.
QString scopeOf(StaffRole role)
{
    switch (role) {
    case StaffRole::FrontDesk:
        return QStringLiteral("c.status IN ('submitted', 'pre_checked', 'correction_requested', "
                              "'corrected', 'accepted', 'approved', 'refused')");
    case StaffRole::Reviewer:
        // Driven from the department's open tasks (review_tasks_open), not a correlated EXISTS:
        // that walked every case in filing order, 100,000 probes for a quiet department
        // (tests/bench/cases).
        return QStringLiteral("c.case_id IN (SELECT t.case_id FROM review_tasks t "
                              "WHERE t.department = :department AND t.status = 'open')");
    case StaffRole::Supervisor:
        return QStringLiteral("c.status NOT IN ('rejected', 'collected', 'withdrawn')");
    case StaffRole::Admin:
        break;
    }
    return QStringLiteral("0"); // an administrator decides no case
}

} // namespace

CaseInbox::CaseInbox(Database &database)
    : m_database(database)
{ }

Result<QList<InboxRow>> CaseInbox::list(
    const InboxFilter &filter, const WorkingDayCalendar &calendar, QDate today) const
{
    QString where = scopeOf(filter.role);
    if (!filter.itemCode.isEmpty())
        where += QStringLiteral(" AND c.item_code = :item");
    if (!filter.status.isEmpty())
        where += QStringLiteral(" AND c.status = :status");
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT c.case_id, g.receipt_number, c.item_code, c.item_name, c.department, c.status, "
        "c.submitted_at, c.last_seq, c.legal_days, c.extension_days, c.promised_days, "
        "(SELECT group_concat(p.started_on || '/' || coalesce(p.ended_on, ''), ',') "
        " FROM clock_pauses p WHERE p.case_id = c.case_id) "
        "FROM cases c JOIN case_groups g ON g.group_id = c.group_id WHERE %1 "
        "ORDER BY c.submitted_at LIMIT :limit")
                  .arg(where));
    if (filter.role == StaffRole::Reviewer)
        q.bindValue(QStringLiteral(":department"), filter.department);
    if (!filter.itemCode.isEmpty())
        q.bindValue(QStringLiteral(":item"), filter.itemCode);
    if (!filter.status.isEmpty())
        q.bindValue(QStringLiteral(":status"), filter.status);
    q.bindValue(QStringLiteral(":limit"), qBound(1, filter.limit, 5000));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read inbox"));
    QList<InboxRow> rows;
    while (q.next()) {
        InboxRow r;
        r.caseId = q.value(0).toString();
        r.receiptNumber = q.value(1).toString();
        r.itemCode = q.value(2).toString();
        r.itemName = q.value(3).toString();
        r.department = q.value(4).toString();
        r.status = CaseStatuses::fromCode(q.value(5).toString()).value_or(CaseStatus::Submitted);
        r.submittedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        r.version = q.value(7).toInt();
        QList<ClockPause> pauses;
        for (const QString &p :
            q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = p.split(QLatin1Char('/'));
            pauses.append({ QDate::fromString(ends.value(0), Qt::ISODate),
                QDate::fromString(ends.value(1), Qt::ISODate) });
        }
        const TimeLimitFacts facts { r.status, DisplayTime::dayOf(r.submittedAt),
            q.value(10).toInt(), q.value(8).toInt(), q.value(9).toInt(), pauses };
        r.limits = CaseTimeLimits::read(calendar, facts, today);
        r.clockKnown = r.limits.known;
        r.clock = r.limits.legal;
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const InboxRow &a, const InboxRow &b) {
        if (a.clockKnown != b.clockKnown)
            return !a.clockKnown; // an unknown clock needs a person's eye first
        // Late against what the citizen was promised first, then the fewest days left to it.
        const bool lateA = a.limits.committed.overdue || a.clock.overdue;
        const bool lateB = b.limits.committed.overdue || b.clock.overdue;
        if (lateA != lateB)
            return lateA;
        return a.limits.committed.remainingDays < b.limits.committed.remainingDays;
    });
    return rows;
}

} // namespace onewindow
