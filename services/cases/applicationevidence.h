// What the kiosk form can take from evidence it trusts instead of asking again: values to pre-fill
// (CERT_TYPE.field) and certificates that replace paper materials. The e-certificate service
// implements it; without it the kiosk still pre-fills what the ID card chip said.
#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace onewindow {

struct EvidenceValue
{
    QString value;
    QString certificateType;
    QString certificateNumber;
    QString source; // for the citizen: where the value comes from
    bool fromIdCard = false; // read from the ID card's chip here, not from an e-certificate
};

struct EvidenceMatch
{
    QString certificateType;
    QString certificateNumber;
    QString certificateName;
    bool usable = false; // genuine and valid today
    QString reason; // when not usable: expired, revoked, … in the citizen's language
};

class ApplicationEvidence
{
public:
    virtual ~ApplicationEvidence() = default;
    // The value of CERT_TYPE.field from a genuine source, if there is one.
    virtual std::optional<EvidenceValue> prefill(const QString &certificateField) const = 0;
    // The certificate that best answers a material: a usable one of one of the types if there
    // is one, else an unusable one (so the citizen is told why), else nothing.
    virtual std::optional<EvidenceMatch> material(const QStringList &certificateTypes) const = 0;
};

} // namespace onewindow
