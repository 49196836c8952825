#include "displaytime.h"

namespace onewindow {

namespace {

bool english(const QLocale &locale) { return locale.language() == QLocale::English; }

} // namespace

QTimeZone DisplayTime::zone()
{
    // Guangdong keeps China Standard Time all year; without tzdata the fixed offset is the same.
    static const QTimeZone shanghai = [] {
        QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
        return zone.isValid() ? zone : QTimeZone(8 * 3600);
    }();
    return shanghai;
}

QDate DisplayTime::dayOf(const QDateTime &moment)
{
    return moment.isValid() ? moment.toTimeZone(zone()).date() : QDate();
}

QString DisplayTime::date(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return {};
    // English month names are unambiguous where 12/7/2026 is not; Chinese needs no names.
    return english(locale)
        ? QLocale(QLocale::English).toString(day, QStringLiteral("d MMM yyyy"))
        : QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

QString DisplayTime::month(const QDate &month, const QLocale &locale)
{
    if (!month.isValid())
        return {};
    return english(locale) ? QLocale(QLocale::English).toString(month, QStringLiteral("MMM yyyy"))
                           : QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
}

QString DisplayTime::dayOfYear(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return {};
    return english(locale) ? QLocale(QLocale::English).toString(day, QStringLiteral("d MMM"))
                           : QStringLiteral("%1月%2日").arg(day.month()).arg(day.day());
}

QString DisplayTime::dateTime(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone());
    return date(local.date(), locale) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm"));
}

QString DisplayTime::dateTime(const QString &iso, const QLocale &locale)
{
    return dateTime(QDateTime::fromString(iso, Qt::ISODateWithMs), locale);
}

} // namespace onewindow
