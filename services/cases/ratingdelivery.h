// Delivers stored 好差评 ratings to the hall's /evaluations, one evaluation per case, after the
// rating is safe in the database: a rating given while the hall is down goes out later.
#pragma once

#include "result.h"

#include <QObject>

namespace onewindow {

class CaseRatingStore;
class HallClient;
struct PendingRating;

class RatingDelivery : public QObject
{
    Q_OBJECT
public:
    RatingDelivery(HallClient &client, CaseRatingStore &ratings, QObject *parent = nullptr);

    // Sends what is pending, one rating after the other; delivered() follows. A delivery
    // already under way is not doubled.
    void deliverPending();
    bool busy() const { return m_busy; }

signals:
    // sent: ratings the hall acknowledged; error: why the round stopped early (empty if not).
    void delivered(int sent, const QString &error);

private:
    void next();
    void sendCase(const PendingRating &rating, int index);
    void finish(const QString &error);

    HallClient &m_client;
    CaseRatingStore &m_ratings;
    bool m_busy = false;
    int m_sent = 0;
};

} // namespace onewindow
