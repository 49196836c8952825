// CertificateVerification: the one outcome a terminal shows for an e-certificate, and why.
#pragma once

#include "ecertificate.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>

namespace onewindow {

// Exactly one per envelope (shared/formats/e-certificate.md, "Verification outcome").
enum class CertificateOutcome { Genuine, Expired, Revoked, NotGenuine, HolderMismatch };

struct CertificateVerification
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerification)
public:
    CertificateOutcome outcome = CertificateOutcome::NotGenuine;
    QString reasonCode; // stable: ecert.genuine, ecert.signature_mismatch, ecert.unknown_kid …
    QString reason; // translated sentence for the citizen or administrator
    CertificateEnvelope envelope; // as received (empty members when it could not be read)
    // Only when the signature verified: unverified data is never shown as certificate data.
    std::optional<CertificatePayload> payload;
    QByteArray payloadSha256Hex; // of the decoded payload bytes; empty when they were not base64
    QDateTime verifiedAt;
    qint64 trustVersion = 0; // of the trust list used
    QDateTime trustFetchedAt;

    bool isGenuine() const { return outcome == CertificateOutcome::Genuine; }
    // The input was not an envelope at all (the command line exits 2, not 3).
    bool wasNotEnvelope() const { return reasonCode == QLatin1String("ecert.not_envelope"); }

    // "Genuine", "Expired" … in the reader's language (a badge needs words, not only colour).
    static QString outcomeText(CertificateOutcome outcome);
    // "genuine", "expired", "revoked", "not_genuine", "holder_mismatch": for scripts and QML.
    static QString outcomeKey(CertificateOutcome outcome);
};

} // namespace onewindow
