// PushAnswer: what the hall said of a batch of events pushed to POST /events:batch.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

namespace onewindow {

class PushAnswer
{
    Q_DECLARE_TR_FUNCTIONS(PushAnswer)
public:
    // An event the hall will not store, with the reason a person reads when it is parked.
    struct Rejection
    {
        QString eventId;
        QString code;
        QString message;
    };

    QStringList acked; // events of the batch the hall holds, each once, in the hall's order
    QList<Rejection> rejected; // events of the batch the hall refused and did not ack

    // The 200 answer {acked:[eventId], rejected:[{eventId, code, message}]} to a batch of the
    // events sent. Only events of the batch count, whatever else the answer lists; an event
    // both acked and rejected is acked (the hall holds it). hall.malformed when acked is not a
    // list or rejected is not a list of objects: then nothing may be marked sent.
    static Result<PushAnswer> fromJson(const QJsonDocument &body, const QStringList &sent);

    // A 4xx refusal {code, message} of a one-event batch, as the reason the event is parked
    // with: a body without a code gives http_STATUS, one without a message says so.
    static Rejection refusal(const QString &eventId, int status, const QJsonDocument &body);
};

} // namespace onewindow
