// The terminal's readers of the hall's sync answers against arbitrary bytes: the events feed
// page (GET /events), the push answer (POST /events:batch) and the health answer (GET /health).
// Either a page the store may apply as it is, or an error with a reason; never a crash, never an
// event the batch did not hold. The seed corpus (corpus/hall_feed) is the reference hall's real
// answers plus damaged ones.
#include "feedpage.h"
#include "hallhealth.h"
#include "pushanswer.h"

#include <cmath>
#include <cstdint>
#include <QJsonDocument>
#include <QSet>

namespace {

void checkError(const onewindow::Error &e)
{
    if (e.code.isEmpty() || e.message.isEmpty())
        __builtin_trap();
}

void checkPage(const QJsonDocument &document, qint64 cursor)
{
    const auto page = onewindow::FeedPage::fromJson(document, cursor);
    if (!page) {
        checkError(page.error());
        return;
    }
    if (page->nextCursor < cursor || page->nextCursor > onewindow::FeedPage::kMaxCursor)
        __builtin_trap();
    for (const QJsonObject &e : page->events) {
        if (e.value(QLatin1String("eventId")).toString().isEmpty()
            || e.value(QLatin1String("caseId")).toString().isEmpty()
            || e.value(QLatin1String("seq")).toInt() < 1
            || !e.value(QLatin1String("body")).isObject())
            __builtin_trap();
    }
}

void checkPush(const QJsonDocument &document, const QStringList &sent)
{
    const auto answer = onewindow::PushAnswer::fromJson(document, sent);
    if (!answer) {
        checkError(answer.error());
        return;
    }
    QSet<QString> seen;
    for (const QString &id : answer->acked) {
        if (!sent.contains(id) || seen.contains(id))
            __builtin_trap(); // an event not sent must never be marked sent, nor one twice
        seen.insert(id);
    }
    for (const auto &r : answer->rejected) {
        if (!sent.contains(r.eventId) || seen.contains(r.eventId) || r.code.isEmpty()
            || r.message.isEmpty() || r.code.size() > 64)
            __builtin_trap(); // parked once, with a reason, and never when also acked
        seen.insert(r.eventId);
    }
    for (int status : { 400, 409, 422 }) {
        const auto refusal = onewindow::PushAnswer::refusal(sent.first(), status, document);
        if (refusal.eventId != sent.first() || refusal.code.isEmpty() || refusal.message.isEmpty())
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The ids of the seed corpus's batch, so that acks in the seeds match events sent.
    static const QStringList sent { QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0001"),
        QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0002"),
        QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0003"),
        QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0004"),
        QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c0009") };
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (qint64 cursor : { qint64(0), qint64(3), qint64(18), onewindow::FeedPage::kMaxCursor })
        checkPage(document, cursor);
    checkPush(document, sent);
    if (const auto health = onewindow::HallHealth::fromJson(document); !health)
        checkError(health.error());
    else if (health->version.size() > 64
        || !std::isfinite(health->clockSkewSeconds(QDateTime::currentDateTimeUtc())))
        __builtin_trap();
    return 0;
}
