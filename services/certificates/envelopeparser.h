// EnvelopeParser: reads an e-certificate envelope and, once verified, its payload; never trusts.
#pragma once

#include "ecertificate.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace onewindow {

class EnvelopeParser
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeParser)
public:
    // Envelopes and payloads are small; anything bigger is refused before parsing.
    static constexpr qsizetype kMaxEnvelopeBytes = 256 * 1024;

    // The envelope JSON text. ecert.not_envelope when it is not a JSON object with
    // "format": "onewindow-ecert" (the file is something else altogether); ecert.malformed when
    // it is one but a member is missing or of the wrong type, or the version is not 1.
    static Result<CertificateEnvelope> parseEnvelope(const QByteArray &json);
    static Result<CertificateEnvelope> parseEnvelope(const QJsonObject &object);

    // Strict base64 (no whitespace, no other characters): ecert.bad_base64.
    static Result<QByteArray> decodeBase64(const QString &text, const QString &member);

    // The payload's JSON bytes: ecert.payload_not_json, or ecert.payload_invalid with the member.
    static Result<CertificatePayload> parsePayload(const QByteArray &json);
};

} // namespace onewindow
