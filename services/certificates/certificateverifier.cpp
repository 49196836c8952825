#include "certificateverifier.h"

#include "displaytime.h"
#include "envelopeparser.h"
#include "signatureverifier.h"

#include <QCryptographicHash>

namespace onewindow {

namespace {

CertificateVerification finish(CertificateVerification v, CertificateOutcome outcome,
    const QString &code, const QString &reason)
{
    v.outcome = outcome;
    v.reasonCode = code;
    v.reason = reason;
    if (outcome == CertificateOutcome::NotGenuine)
        v.payload.reset(); // what did not verify is never shown as certificate data
    return v;
}

} // namespace

CertificateVerifier::CertificateVerifier(TrustSnapshot trust)
    : m_trust(std::move(trust))
{ }

CertificateVerification CertificateVerifier::verify(
    const QByteArray &envelopeJson, const QString &holderIdNumber, const QDateTime &now) const
{
    auto envelope = EnvelopeParser::parseEnvelope(envelopeJson);
    if (!envelope) {
        CertificateVerification v;
        v.verifiedAt = now;
        v.trustVersion = m_trust.version;
        v.trustFetchedAt = m_trust.fetchedAt;
        return finish(
            v, CertificateOutcome::NotGenuine, envelope.error().code, envelope.error().message);
    }
    return verify(envelope.value(), holderIdNumber, now);
}

CertificateVerification CertificateVerifier::verify(
    const CertificateEnvelope &envelope, const QString &holderIdNumber, const QDateTime &now) const
{
    using O = CertificateOutcome;
    CertificateVerification v;
    v.envelope = envelope;
    v.verifiedAt = now;
    v.trustVersion = m_trust.version;
    v.trustFetchedAt = m_trust.fetchedAt;

    auto payloadBytes
        = EnvelopeParser::decodeBase64(envelope.payloadBase64, QStringLiteral("payload"));
    if (!payloadBytes)
        return finish(v, O::NotGenuine, payloadBytes.error().code, payloadBytes.error().message);
    v.payloadSha256Hex
        = QCryptographicHash::hash(payloadBytes.value(), QCryptographicHash::Sha256).toHex();
    auto signature = EnvelopeParser::decodeBase64(envelope.sigBase64, QStringLiteral("sig"));
    if (!signature)
        return finish(v, O::NotGenuine, signature.error().code, signature.error().message);

    const auto key = m_trust.issuers.constFind(envelope.kid);
    if (key == m_trust.issuers.constEnd())
        return finish(v, O::NotGenuine, QStringLiteral("ecert.unknown_kid"),
            tr("The certificate is signed with issuer key \"%1\", which this terminal does not "
               "trust. It cannot be shown as genuine. If the hall is reachable, refresh the trust "
               "list; otherwise ask staff.")
                .arg(envelope.kid.left(64)));
    // The envelope says which algorithm it used; the trusted key decides which one is right. An
    // envelope claiming ES256 for an SM2 key is forged or broken even if bytes happen to verify.
    if (envelope.alg != key->algorithm)
        return finish(v, O::NotGenuine, QStringLiteral("ecert.alg_mismatch"),
            tr("The certificate says it is signed with %1, but issuer key \"%2\" is a %3 key. It "
               "is not genuine.")
                .arg(envelope.alg.left(16), envelope.kid.left(64), key->algorithm));
    if (Status verified
        = SignatureVerifier::verify(key->publicKeyPem, payloadBytes.value(), signature.value());
        !verified)
        return finish(v, O::NotGenuine, QStringLiteral("ecert.signature_mismatch"),
            tr("The issuer's %1 signature does not match the certificate data: it was changed "
               "after signing, or (SM2) signed without the ID 1234567812345678. It is not "
               "genuine.")
                .arg(key->algorithm));

    auto payload = EnvelopeParser::parsePayload(payloadBytes.value());
    if (!payload)
        return finish(v, O::NotGenuine, payload.error().code, payload.error().message);
    v.payload = payload.value();
    const CertificatePayload &p = payload.value();

    if (!holderIdNumber.isEmpty()
        && p.holderIdNumber.compare(holderIdNumber, Qt::CaseInsensitive) != 0)
        return finish(v, O::HolderMismatch, QStringLiteral("ecert.holder_mismatch"),
            tr("The certificate is genuine but belongs to someone else, not to the identified "
               "citizen. It cannot be used here."));
    if (m_trust.isRevoked(envelope.kid, p.certNumber) || p.status == QLatin1String("revoked"))
        return finish(v, O::Revoked, QStringLiteral("ecert.revoked"),
            tr("The issuer has revoked this certificate (number %1). It is no longer valid; ask "
               "%2 for a new one.")
                .arg(p.certNumber, p.issuerName));
    const QDate today = DisplayTime::dayOf(now);
    if (p.validUntil && *p.validUntil < today)
        return finish(v, O::Expired, QStringLiteral("ecert.expired"),
            tr("The certificate is genuine but expired on %1. Renew it at %2.")
                .arg(p.validUntil->toString(Qt::ISODate), p.issuerName));
    if (p.validFrom > today)
        return finish(v, O::NotGenuine, QStringLiteral("ecert.not_yet_valid"),
            tr("The certificate is only valid from %1; it cannot be used before then.")
                .arg(p.validFrom.toString(Qt::ISODate)));
    if (p.status != QLatin1String("valid"))
        return finish(v, O::NotGenuine, QStringLiteral("ecert.status"),
            tr("The issuer marked this certificate as \"%1\", not valid. Ask %2 about it.")
                .arg(p.status.left(32), p.issuerName));
    return finish(v, O::Genuine, QStringLiteral("ecert.genuine"),
        tr("The signature of %1 verifies with a trusted key; the certificate is valid and not "
           "revoked.")
            .arg(p.issuerName));
}

} // namespace onewindow
