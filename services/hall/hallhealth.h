// HallHealth: the hall's answer to GET /health (liveness, version, server time).
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace onewindow {

class HallHealth
{
    Q_DECLARE_TR_FUNCTIONS(HallHealth)
public:
    QString status; // "ok" from a healthy hall
    QString version; // at most 64 characters
    QDateTime serverTime; // invalid when the hall sent none

    // {status, version, serverTime (ISO 8601)}; hall.malformed names the first wrong place.
    static Result<HallHealth> fromJson(const QJsonDocument &body);
    // How far the hall's clock is ahead of the terminal's at `middle` (the middle of the round
    // trip), in seconds; 0 without a server time.
    double clockSkewSeconds(const QDateTime &middle) const;
};

} // namespace onewindow
