#include "pushanswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace onewindow {

namespace {

Error malformed(const QString &where)
{
    return { QStringLiteral("hall.malformed"),
        PushAnswer::tr("The hall's answer to a push is malformed (%1); nothing was marked as "
                       "sent and the events go again.")
            .arg(where) };
}

// The hall's own words, cut to what the parked-events table keeps.
QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().left(500) : QString();
}

} // namespace

Result<PushAnswer> PushAnswer::fromJson(const QJsonDocument &body, const QStringList &sent)
{
    if (!body.isObject())
        return malformed(QStringLiteral("$: not an object"));
    const QJsonObject root = body.object();
    const QJsonValue acked = root.value(QLatin1String("acked"));
    if (!acked.isArray())
        return malformed(QStringLiteral("$.acked: not a list"));
    const QJsonValue rejected = root.value(QLatin1String("rejected"));
    if (!rejected.isUndefined() && !rejected.isArray())
        return malformed(QStringLiteral("$.rejected: not a list"));

    const QSet<QString> ours(sent.cbegin(), sent.cend());
    PushAnswer answer;
    QSet<QString> seen;
    for (const QJsonValue &v : acked.toArray()) {
        const QString id = v.toString();
        if (ours.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            answer.acked << id;
        }
    }
    const QJsonArray list = rejected.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return malformed(QStringLiteral("$.rejected[%1]: not an object").arg(i));
        const QJsonObject r = list.at(i).toObject();
        const QString id = text(r, "eventId");
        if (!ours.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
        QString code = text(r, "code").left(64);
        QString message = text(r, "message");
        if (code.isEmpty())
            code = QStringLiteral("rejected");
        if (message.isEmpty())
            message = tr("The hall refused this event without saying why.");
        answer.rejected.append({ id, code, message });
    }
    return answer;
}

PushAnswer::Rejection PushAnswer::refusal(
    const QString &eventId, int status, const QJsonDocument &body)
{
    const QJsonObject o = body.object();
    QString code = text(o, "code").left(64);
    QString message = text(o, "message");
    if (code.isEmpty())
        code = QStringLiteral("http_%1").arg(status);
    if (message.isEmpty())
        message = tr("The hall refused this event (HTTP %1) without saying why.").arg(status);
    return { eventId, code, message };
}

} // namespace onewindow
