// How a date or a moment is shown or printed to people: Asia/Shanghai, one unambiguous format
// per language (2026年12月7日 14:05, 7 Dec 2026 14:05), whatever zone the machine is set to.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace onewindow {

class DisplayTime
{
public:
    // The zone every time shown or printed is in: the town hall's, not the machine's.
    static QTimeZone zone();
    // The town hall's day a moment falls on (Asia/Shanghai): the day a receipt is numbered by,
    // time limits count from and lists group by, whatever zone the machine is set to.
    static QDate dayOf(const QDateTime &moment);
    // 2026年12月7日 / 7 Dec 2026 (by the locale's language; Chinese unless English).
    static QString date(const QDate &day, const QLocale &locale = QLocale());
    // 2026年12月 / Dec 2026: a month (of contributions, of a statement).
    static QString month(const QDate &month, const QLocale &locale = QLocale());
    // 12月7日 / 7 Dec: a day within a period whose year is said elsewhere (a chart's axis).
    static QString dayOfYear(const QDate &day, const QLocale &locale = QLocale());
    // 2026年12月7日 14:05 / 7 Dec 2026 14:05, in Asia/Shanghai.
    static QString dateTime(const QDateTime &moment, const QLocale &locale = QLocale());
    // The same from a stored ISO 8601 text (UTC or with an offset); empty when it is none.
    static QString dateTime(const QString &iso, const QLocale &locale = QLocale());
};

} // namespace onewindow
