#include "caseratingstore.h"

#include "database.h"
#include "syncstore.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace onewindow {

CaseRatingStore::CaseRatingStore(Database &database, SyncStore &outbox)
    : m_database(database)
    , m_outbox(outbox)
{ }

Status CaseRatingStore::rate(
    const QString &groupId, int score, const QStringList &reasons, const QDateTime &at)
{
    if (score < 1 || score > 5)
        return Error { QStringLiteral("cases.bad_rating"),
            tr("A rating is from 1 (very dissatisfied) to 5 (very satisfied).") };
    const QJsonArray reasonList = QJsonArray::fromStringList(reasons);
    return m_database.transaction([&]() -> Status {
        // Every case of the submission gets its `rated` event, numbered after its last one.
        QSqlQuery c(m_database.connection());
        c.prepare(QStringLiteral("UPDATE cases SET last_seq = last_seq + 1 WHERE group_id = ? "
                                 "RETURNING case_id, last_seq"));
        c.addBindValue(groupId);
        if (!c.exec())
            return Database::queryError(c, QStringLiteral("number rating events"));
        QList<QPair<QString, int>> cases;
        while (c.next())
            cases.append({ c.value(0).toString(), c.value(1).toInt() });
        if (cases.isEmpty())
            return Error { QStringLiteral("cases.unknown_group"),
                tr("This application is not stored at this terminal, so it cannot be rated "
                   "here.") };

        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO case_ratings(group_id, score, reasons, rated_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT(group_id) DO NOTHING"));
        q.addBindValue(groupId);
        q.addBindValue(score);
        q.addBindValue(QString::fromUtf8(QJsonDocument(reasonList).toJson(QJsonDocument::Compact)));
        q.addBindValue(utcTimestamp(at));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store rating"));
        if (q.numRowsAffected() == 0)
            return Error { QStringLiteral("cases.already_rated"),
                tr("This application has already been rated. Thank you!") };

        const QJsonObject body { { QStringLiteral("groupId"), groupId },
            { QStringLiteral("score"), score }, { QStringLiteral("reasons"), reasonList } };
        for (const auto &[caseId, seq] : cases)
            if (Status s
                = m_outbox.append({ QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, seq,
                    QStringLiteral("rated"), utcTimestamp(at), QStringLiteral("citizen"), body });
                !s)
                return s;
        return {};
    });
}

Result<bool> CaseRatingStore::recordFromHall(
    const QString &groupId, int score, const QStringList &reasons, const QDateTime &at)
{
    if (score < 1 || score > 5)
        return Error { QStringLiteral("cases.bad_rating"),
            tr("A rating is from 1 (very dissatisfied) to 5 (very satisfied).") };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO case_ratings(group_id, score, reasons, rated_at, sent_at) "
        "SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM case_groups WHERE group_id = ?) "
        "ON CONFLICT(group_id) DO NOTHING"));
    q.addBindValue(groupId);
    q.addBindValue(score);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact)));
    q.addBindValue(utcTimestamp(at));
    q.addBindValue(utcTimestamp(at));
    q.addBindValue(groupId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store rating from hall"));
    return q.numRowsAffected() > 0;
}

Result<QList<PendingRating>> CaseRatingStore::pending(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT r.group_id, r.score, r.reasons, r.rated_at, "
                             "(SELECT group_concat(case_id) FROM (SELECT case_id FROM cases c "
                             "  WHERE c.group_id = r.group_id ORDER BY c.rowid)) "
                             "FROM case_ratings r WHERE r.sent_at IS NULL AND r.send_error IS NULL "
                             "ORDER BY r.rated_at LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read pending ratings"));
    QList<PendingRating> out;
    while (q.next()) {
        PendingRating p;
        p.groupId = q.value(0).toString();
        p.score = q.value(1).toInt();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
            p.reasons.append(v.toString());
        p.ratedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        p.caseIds = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.append(p);
    }
    return out;
}

Status CaseRatingStore::markSent(const QString &groupId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE case_ratings SET sent_at = ? WHERE group_id = ?"));
    q.addBindValue(utcTimestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(groupId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark rating sent"));
    return {};
}

Status CaseRatingStore::markRefused(const QString &groupId, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE case_ratings SET send_error = ? WHERE group_id = ?"));
    q.addBindValue(reason.isEmpty() ? QStringLiteral("refused") : reason);
    q.addBindValue(groupId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark rating refused"));
    return {};
}

} // namespace onewindow
