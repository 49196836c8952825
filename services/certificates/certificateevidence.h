// The application form's evidence from the citizen's verified e-certificates of this session,
// falling back to what the ID card's chip said when no certificate gives a value.
#pragma once

#include "applicationevidence.h"
#include "sessionevidence.h"

#include <QCoreApplication>

namespace onewindow {

class SessionCertificates;

class CertificateEvidence : public ApplicationEvidence
{
    Q_DECLARE_TR_FUNCTIONS(CertificateEvidence)
public:
    CertificateEvidence(const SessionCertificates &certificates, const CitizenSession &session)
        : m_certificates(certificates)
        , m_card(session)
    { }
    std::optional<EvidenceValue> prefill(const QString &certificateField) const override;
    std::optional<EvidenceMatch> material(const QStringList &certificateTypes) const override;

private:
    const SessionCertificates &m_certificates;
    SessionEvidence m_card;
};

} // namespace onewindow
