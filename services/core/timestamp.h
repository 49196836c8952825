// How the stores write a moment: UTC, ISO 8601 with milliseconds, so text order is time order.
#pragma once

#include <QDateTime>
#include <QString>

namespace onewindow {

inline QString utcTimestamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

} // namespace onewindow
