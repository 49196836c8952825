// 好差评 given at the kiosk (case_ratings): stored with a `rated` event per case in one
// transaction, then delivered to the hall's /evaluations. The one place their SQL lives.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace onewindow {

class Database;
class SyncStore;

struct PendingRating
{
    QString groupId;
    QStringList caseIds; // one evaluation per case of the submission
    int score = 0;
    QStringList reasons;
    QDateTime ratedAt;
};

class CaseRatingStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseRatingStore)
public:
    CaseRatingStore(Database &database, SyncStore &outbox);

    // A second rating of the same submission is refused; the score is 1 to 5.
    Status rate(const QString &groupId, int score, const QStringList &reasons, const QDateTime &at);

    // A rating given at another terminal, as the hall's feed tells it (the back office's
    // supervision counts it); stored as already sent. false when the submission has one.
    Result<bool> recordFromHall(
        const QString &groupId, int score, const QStringList &reasons, const QDateTime &at);

    // Ratings not yet acknowledged by the hall and not refused by it, oldest first.
    Result<QList<PendingRating>> pending(int limit = 50) const;
    Status markSent(const QString &groupId);
    // The hall refused the rating (4xx): kept with the reason, not sent again.
    Status markRefused(const QString &groupId, const QString &reason);

private:
    Database &m_database;
    SyncStore &m_outbox;
};

} // namespace onewindow
