#include "certificateenvelopes.h"

#include <QJsonObject>

namespace onewindow {

Result<QJsonArray> CertificateEnvelopes::fromJson(const QJsonDocument &answer)
{
    QString problem;
    const QJsonValue list = answer.object().value(QLatin1String("certificates"));
    if (!answer.isObject())
        problem = QStringLiteral("$: not an object");
    else if (!list.isArray())
        problem = QStringLiteral("$.certificates: not a list");
    else if (list.toArray().size() > kMaxEnvelopes)
        problem = QStringLiteral("$.certificates: more than %1").arg(kMaxEnvelopes);
    if (!problem.isEmpty())
        return Error { QStringLiteral("ecert.malformed"),
            tr("The hall's answer to the certificate lookup is damaged (%1), so no certificates "
               "are shown. Please try again later or ask staff.")
                .arg(problem) };
    return list.toArray();
}

} // namespace onewindow
