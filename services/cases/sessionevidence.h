// Evidence from the identification itself: the name and number read from the ID card's chip are
// genuine (the reader checked them); a typed number is not evidence of anything.
#pragma once

#include "applicationevidence.h"

#include <QCoreApplication>

namespace onewindow {

class CitizenSession;

class SessionEvidence : public ApplicationEvidence
{
    Q_DECLARE_TR_FUNCTIONS(SessionEvidence)
public:
    explicit SessionEvidence(const CitizenSession &session)
        : m_session(session)
    { }
    std::optional<EvidenceValue> prefill(const QString &certificateField) const override;
    std::optional<EvidenceMatch> material(const QStringList &) const override { return {}; }

private:
    const CitizenSession &m_session;
};

} // namespace onewindow
