#include "sessionevidence.h"

#include "citizensession.h"

namespace onewindow {

std::optional<EvidenceValue> SessionEvidence::prefill(const QString &certificateField) const
{
    // The data is about the person applied for; a principal's typed number proves nothing.
    const auto subject = m_session.subject();
    if (!subject || subject->proof != IdentityProof::ResidentIdCard)
        return std::nullopt;
    const QString source = tr("read from the ID card at this terminal");
    if (certificateField == u"RESIDENT_ID.holderName")
        return EvidenceValue { subject->name, QStringLiteral("RESIDENT_ID"), {}, source, true };
    if (certificateField == u"RESIDENT_ID.number")
        return EvidenceValue { subject->idNumber, QStringLiteral("RESIDENT_ID"), {}, source, true };
    return std::nullopt;
}

} // namespace onewindow
