#include "feedpage.h"

#include <climits>
#include <cmath>
#include <QJsonArray>

namespace onewindow {

namespace {

constexpr qsizetype kMaxIdLength = 128; // the hall refuses longer ids when they are pushed

bool isId(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= kMaxIdLength;
}

bool isWholeNumber(const QJsonValue &v, double min, double max)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= min && d <= max;
}

// What is wrong with one event, or an empty string when nothing is.
QString eventProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("not an object");
    const QJsonObject e = value.toObject();
    if (!isId(e.value(QLatin1String("eventId"))))
        return QStringLiteral("eventId: missing or not an id");
    if (!isId(e.value(QLatin1String("caseId"))))
        return QStringLiteral("caseId: missing or not an id");
    if (!isWholeNumber(e.value(QLatin1String("seq")), 1, double(INT_MAX)))
        return QStringLiteral("seq: not a whole number from 1");
    const QJsonValue type = e.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty())
        return QStringLiteral("type: missing");
    for (const char *key : { "at", "actor" }) {
        const QJsonValue v = e.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return QLatin1String(key) + QStringLiteral(": not text");
    }
    if (!e.value(QLatin1String("body")).isObject())
        return QStringLiteral("body: not an object");
    return {};
}

Error malformed(const QString &where)
{
    return { QStringLiteral("hall.malformed"),
        FeedPage::tr("The hall's events feed is malformed (%1); the terminal keeps its place "
                     "and tries again later. Tell the hall operator if this stays.")
            .arg(where) };
}

} // namespace

Result<FeedPage> FeedPage::fromJson(const QJsonDocument &body, qint64 cursor)
{
    if (!body.isObject())
        return malformed(QStringLiteral("$: not an object"));
    const QJsonObject root = body.object();
    const QJsonValue events = root.value(QLatin1String("events"));
    if (!events.isArray())
        return malformed(QStringLiteral("$.events: not a list"));
    const QJsonValue next = root.value(QLatin1String("nextCursor"));
    if (!isWholeNumber(next, 0, double(kMaxCursor)))
        return malformed(QStringLiteral("$.nextCursor: not a whole number from 0"));
    const QJsonValue more = root.value(QLatin1String("hasMore"));
    if (!more.isUndefined() && !more.isBool())
        return malformed(QStringLiteral("$.hasMore: not true/false"));

    FeedPage page;
    page.nextCursor = qint64(next.toDouble());
    if (more.isBool())
        page.hasMore = more.toBool();
    if (page.nextCursor < cursor)
        return Error { QStringLiteral("hall.cursor_backwards"),
            tr("The hall's events feed went backwards (from %1 to %2); the terminal keeps its "
               "place. Tell the hall operator.")
                .arg(cursor)
                .arg(page.nextCursor) };
    const QJsonArray list = events.toArray();
    page.events.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString problem = eventProblem(list.at(i));
        if (!problem.isEmpty())
            return malformed(QStringLiteral("$.events[%1].%2").arg(i).arg(problem));
        page.events.append(list.at(i).toObject());
    }
    return page;
}

} // namespace onewindow
