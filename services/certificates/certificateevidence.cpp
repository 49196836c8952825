#include "certificateevidence.h"

#include "sessioncertificates.h"

namespace onewindow {

std::optional<EvidenceValue> CertificateEvidence::prefill(const QString &certificateField) const
{
    if (auto value = m_certificates.prefill(certificateField)) {
        const QString type = certificateField.section(QLatin1Char('.'), 0, 0);
        const auto certificate = m_certificates.genuineOfType(type);
        const QString name
            = certificate && certificate->payload ? certificate->payload->certTypeName : type;
        return EvidenceValue { *value, type,
            certificate && certificate->payload ? certificate->payload->certNumber : QString(),
            tr("from your e-certificate %1").arg(name), false };
    }
    return m_card.prefill(certificateField);
}

std::optional<EvidenceMatch> CertificateEvidence::material(
    const QStringList &certificateTypes) const
{
    for (const QString &type : certificateTypes)
        if (const auto genuine = m_certificates.genuineOfType(type); genuine && genuine->payload)
            return EvidenceMatch { type, genuine->payload->certNumber,
                genuine->payload->certTypeName, true, {} };
    // None genuine: name the one the citizen may expect to count, and why it cannot.
    for (const CertificateVerification &c : m_certificates.certificates())
        if (c.payload && certificateTypes.contains(c.payload->certType))
            return EvidenceMatch { c.payload->certType, c.payload->certNumber,
                c.payload->certTypeName, false,
                tr("%1 is %2: %3")
                    .arg(c.payload->certTypeName, CertificateVerification::outcomeText(c.outcome),
                        c.reason) };
    return std::nullopt;
}

} // namespace onewindow
