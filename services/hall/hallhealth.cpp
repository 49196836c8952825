#include "hallhealth.h"

#include <QJsonObject>

namespace onewindow {

Result<HallHealth> HallHealth::fromJson(const QJsonDocument &body)
{
    QString problem;
    HallHealth health;
    const QJsonObject o = body.object();
    const QJsonValue status = o.value(QLatin1String("status"));
    const QJsonValue version = o.value(QLatin1String("version"));
    const QJsonValue time = o.value(QLatin1String("serverTime"));
    if (!body.isObject())
        problem = QStringLiteral("$: not an object");
    else if (!status.isString())
        problem = QStringLiteral("$.status: not text");
    else if (!version.isUndefined() && !version.isString())
        problem = QStringLiteral("$.version: not text");
    else if (!time.isUndefined()
        && !(health.serverTime = QDateTime::fromString(time.toString(), Qt::ISODateWithMs))
                .isValid())
        problem = QStringLiteral("$.serverTime: not a time");
    if (!problem.isEmpty())
        return Error {
            QStringLiteral("hall.malformed"),
            tr("The hall's health answer is malformed (%1). Check the hall address.").arg(problem)
        };
    health.status = status.toString().left(64);
    health.version = version.toString().left(64);
    return health;
}

double HallHealth::clockSkewSeconds(const QDateTime &middle) const
{
    return serverTime.isValid() ? double(middle.msecsTo(serverTime)) / 1000.0 : 0.0;
}

} // namespace onewindow
