#include "ratingfollowups.h"

#include "database.h"
#include "displaytime.h"
#include "timestamp.h"
#include "workingdaycalendar.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace onewindow {

namespace {

QDateTime fromTimestamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The resolution is stored unsealed and shown to every supervisor: a run of digits as long as a
// phone number or an ID number means someone is named in it.
bool namesSomeone(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d{11,}|\\d{17}[Xx]"));
    return number.match(text).hasMatch();
}

} // namespace

RatingFollowUps::RatingFollowUps(Database &database)
    : m_database(database)
{ }

Status RatingFollowUps::openForPoorRatings(const WorkingDayCalendar &calendar, const QDateTime &now)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT r.group_id, r.score, r.rated_at FROM case_ratings r "
                                 "LEFT JOIN rating_followups f ON f.group_id = r.group_id "
                                 "WHERE r.score <= ? AND f.group_id IS NULL"));
        q.addBindValue(kPoorScore);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("read poor ratings"));
        struct Poor
        {
            QString groupId;
            int score;
            QDate ratedOn;
        };
        QList<Poor> poor;
        while (q.next())
            poor.append({ q.value(0).toString(), q.value(1).toInt(),
                DisplayTime::dayOf(fromTimestamp(q.value(2))) });
        for (const Poor &p : poor) {
            auto due = calendar.addWorkingDays(p.ratedOn, kDueWorkingDays);
            if (!due)
                return due.error();
            QSqlQuery insert(m_database.connection());
            insert.prepare(QStringLiteral("INSERT INTO rating_followups(group_id, score, "
                                          "opened_at, due_on) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT(group_id) DO NOTHING"));
            insert.addBindValue(p.groupId);
            insert.addBindValue(p.score);
            insert.addBindValue(utcTimestamp(now));
            insert.addBindValue(due->toString(Qt::ISODate));
            if (!insert.exec())
                return Database::queryError(insert, QStringLiteral("open rating follow-up"));
        }
        return {};
    });
}

Result<QList<RatingFollowUp>> RatingFollowUps::open(QDate today) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT f.group_id, g.receipt_number, f.score, r.rated_at, f.opened_at, f.due_on, "
        "(SELECT group_concat(DISTINCT c.department) FROM cases c WHERE c.group_id = f.group_id) "
        "FROM rating_followups f JOIN case_groups g ON g.group_id = f.group_id "
        "JOIN case_ratings r ON r.group_id = f.group_id "
        "WHERE f.closed_at IS NULL ORDER BY f.due_on, f.opened_at, f.group_id"));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read rating follow-ups"));
    QList<RatingFollowUp> out;
    while (q.next()) {
        RatingFollowUp f;
        f.groupId = q.value(0).toString();
        f.receiptNumber = q.value(1).toString();
        f.score = q.value(2).toInt();
        f.ratedAt = fromTimestamp(q.value(3));
        f.openedAt = fromTimestamp(q.value(4));
        f.dueOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        f.departments = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        f.departments.sort();
        f.overdue = today > f.dueOn;
        out.append(f);
    }
    return out;
}

Status RatingFollowUps::close(const QString &groupId, const QString &resolution,
    const CaseActor &supervisor, const QDateTime &now)
{
    if (supervisor.role != StaffRole::Supervisor)
        return Error { QStringLiteral("followups.not_supervisor"),
            tr("Only a supervisor may close the follow-up of a poor rating.") };
    if (resolution.trimmed().isEmpty())
        return Error { QStringLiteral("followups.no_resolution"),
            tr("Say what was done about the poor rating before closing its follow-up.") };
    if (namesSomeone(resolution))
        return Error { QStringLiteral("followups.personal_resolution"),
            tr("The resolution is shown to every supervisor: describe the measure taken, without "
               "ID or phone numbers.") };
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("UPDATE rating_followups SET closed_at = ?, closed_by = ?, "
                                 "resolution = ? WHERE group_id = ? AND closed_at IS NULL"));
        q.addBindValue(utcTimestamp(now));
        q.addBindValue(QStringLiteral("staff:") + supervisor.username);
        q.addBindValue(resolution.trimmed());
        q.addBindValue(groupId);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("close rating follow-up"));
        if (q.numRowsAffected() > 0)
            return {};
        // Nothing changed: say whether it is unknown or was closed already, and by whom.
        QSqlQuery c(m_database.connection());
        c.prepare(QStringLiteral("SELECT closed_at, closed_by FROM rating_followups "
                                 "WHERE group_id = ?"));
        c.addBindValue(groupId);
        if (!c.exec())
            return Database::queryError(c, QStringLiteral("read rating follow-up"));
        if (!c.next())
            return Error { QStringLiteral("followups.unknown"),
                tr("There is no follow-up for this rating; it may not have been opened yet.") };
        return Error { QStringLiteral("followups.already_closed"),
            tr("This follow-up was closed on %1 by %2 and stays closed.")
                .arg(DisplayTime::dayOf(fromTimestamp(c.value(0))).toString(Qt::ISODate),
                    c.value(1).toString().section(QLatin1Char(':'), 1)) };
    });
}

} // namespace onewindow
