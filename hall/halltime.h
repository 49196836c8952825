// Time stamps of the reference hall: ISO 8601 in China Standard Time (+08:00).
#pragma once

#include <QDateTime>
#include <QString>

namespace onewindow::hall {

inline QDateTime hallNow() { return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600); }

inline QString isoTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODateWithMs);
}

inline QString hallNowIso() { return isoTime(hallNow()); }

} // namespace onewindow::hall
