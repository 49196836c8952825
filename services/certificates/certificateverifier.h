// CertificateVerifier: decides the one outcome of an e-certificate envelope against a trust list.
#pragma once

#include "certificateverification.h"
#include "trustsnapshot.h"

#include <QCoreApplication>

namespace onewindow {

class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerifier)
public:
    explicit CertificateVerifier(TrustSnapshot trust);

    // Never throws and never says genuine unless the signature verified with the trusted key of
    // kid, the envelope's alg is that key's algorithm, the certificate is not revoked and today
    // (now's local date) is within its validity. holderIdNumber empty: no holder check.
    CertificateVerification verify(
        const QByteArray &envelopeJson, const QString &holderIdNumber, const QDateTime &now) const;
    CertificateVerification verify(const CertificateEnvelope &envelope,
        const QString &holderIdNumber, const QDateTime &now) const;

    const TrustSnapshot &trust() const { return m_trust; }

private:
    TrustSnapshot m_trust;
};

} // namespace onewindow
