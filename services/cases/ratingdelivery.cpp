#include "ratingdelivery.h"

#include "caseratingstore.h"
#include "hallclient.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRatings, "onewindow.cases.ratings", QtInfoMsg)

namespace onewindow {

namespace {
// Evaluation ids derive from the case: the same rating sent again is the same evaluation.
const QUuid kEvaluationNamespace(QStringLiteral("{0b8f7d2e-57a4-4d0a-8a0c-2f6a1e9c4b37}"));
} // namespace

RatingDelivery::RatingDelivery(HallClient &client, CaseRatingStore &ratings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ratings(ratings)
{ }

void RatingDelivery::deliverPending()
{
    if (m_busy)
        return;
    m_busy = true;
    m_sent = 0;
    next();
}

void RatingDelivery::next()
{
    auto pending = m_ratings.pending(1);
    if (!pending) {
        finish(pending.error().message);
        return;
    }
    if (pending->isEmpty()) {
        finish(QString());
        return;
    }
    sendCase(pending->first(), 0);
}

void RatingDelivery::sendCase(const PendingRating &rating, int index)
{
    if (index >= rating.caseIds.size()) {
        if (Status s = m_ratings.markSent(rating.groupId); !s) {
            finish(s.error().message);
            return;
        }
        ++m_sent;
        next();
        return;
    }
    const QString caseId = rating.caseIds.at(index);
    const QString evaluationId
        = QUuid::createUuidV5(kEvaluationNamespace, caseId).toString(QUuid::WithoutBraces);
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/evaluations");
    request.idempotencyKey = evaluationId;
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("evaluationId"), evaluationId },
        { QStringLiteral("caseId"), caseId }, { QStringLiteral("score"), rating.score },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(rating.reasons) },
        { QStringLiteral("ratedAt"), utcTimestamp(rating.ratedAt) },
        { QStringLiteral("channel"), QStringLiteral("terminal") } });
    m_client.send(request, [this, rating, index](Result<HallResponse> result) {
        if (!result) {
            finish(result.error().message);
            return;
        }
        const int status = result->status;
        if (status == 200 || status == 201) {
            sendCase(rating, index + 1);
            return;
        }
        if (status >= 400 && status < 500 && status != 429) {
            // Not retried: the hall will not take it. Kept with its reason for the administrator.
            const QJsonObject answer = result->body.object();
            qCWarning(lcRatings) << "the hall refused a rating:"
                                 << answer.value(u"code").toString();
            const QString reason = QStringLiteral("%1: %2").arg(
                answer.value(u"code").toString(QString::number(status)),
                answer.value(u"message").toString());
            if (Status s = m_ratings.markRefused(rating.groupId, reason); !s) {
                finish(s.error().message);
                return;
            }
            next();
            return;
        }
        finish(
            tr("The hall could not take a rating (HTTP %1); it is sent again later.").arg(status));
    });
}

void RatingDelivery::finish(const QString &error)
{
    m_busy = false;
    emit delivered(m_sent, error);
}

} // namespace onewindow
