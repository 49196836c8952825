#include "ecertificate.h"

namespace onewindow {

std::optional<QString> CertificatePayload::field(const QString &name) const
{
    if (name == QLatin1String("holderName"))
        return holderName;
    if (name == QLatin1String("number"))
        return certNumber;
    for (const auto &[key, value] : fields)
        if (key == name)
            return value;
    return std::nullopt;
}

} // namespace onewindow
