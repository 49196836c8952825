// FeedPage: one page of the hall's events feed (GET /events), read strictly before anything is
// stored.
#pragma once

#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace onewindow {

class FeedPage
{
    Q_DECLARE_TR_FUNCTIONS(FeedPage)
public:
    // Events in the hall's order, each with an eventId, a caseId, a seq from 1, a type and a
    // body object (what SyncStore::applyFeed stores and the case projection applies).
    QList<QJsonObject> events;
    qint64 nextCursor = 0;
    std::optional<bool> hasMore; // the reference hall sends it; the contract does not require it

    // Largest cursor a JSON number carries exactly; a larger one would be silently rounded.
    static constexpr qint64 kMaxCursor = qint64(1) << 53;

    // The answer to GET /events?cursor=C. hall.malformed names the first wrong place
    // ("$.events[3].seq: not a whole number from 1"), never a value: values may be personal.
    // hall.cursor_backwards when nextCursor is below the cursor asked with. A page jumping ahead
    // is normal: the cursor counts the hall's whole feed, of which a terminal sees a part.
    static Result<FeedPage> fromJson(const QJsonDocument &body, qint64 cursor);
};

} // namespace onewindow
