// Follow-ups of poor ratings (差评整改): every 不满意 or 非常不满意 rating opens one task with a
// deadline in working days, which only a supervisor closes, with a resolution. Reads the ratings
// the kiosk stored (case_ratings); the one place the SQL of rating_followups lives.
#pragma once

#include "caseworkflow.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace onewindow {

class Database;
class WorkingDayCalendar;

struct RatingFollowUp
{
    QString groupId;
    QString receiptNumber;
    QStringList departments; // of the rated submission's cases
    int score = 0; // 1 非常不满意 or 2 不满意
    QDateTime ratedAt;
    QDateTime openedAt;
    QDate dueOn;
    bool overdue = false; // still open after dueOn
};

class RatingFollowUps
{
    Q_DECLARE_TR_FUNCTIONS(RatingFollowUps)
public:
    explicit RatingFollowUps(Database &database);

    // Opens a follow-up for every rating of 2 or less that has none yet; running it again opens
    // nothing twice. All or nothing: a rating in a year the calendar lacks is an error.
    Status openForPoorRatings(const WorkingDayCalendar &calendar, const QDateTime &now);
    // The follow-ups not closed yet, the earliest deadline first.
    Result<QList<RatingFollowUp>> open(QDate today) const;
    // Only a supervisor closes, with a resolution that names no person; a closed one stays closed.
    Status close(const QString &groupId, const QString &resolution, const CaseActor &supervisor,
        const QDateTime &now);

    static constexpr int kPoorScore = 2; // 不满意 and below
    static constexpr int kDueWorkingDays = 15; // see migration 0009 for the rule's source

private:
    Database &m_database;
};

} // namespace onewindow
