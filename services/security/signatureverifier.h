// SignatureVerifier: checks detached SM2-SM3 and ES256 signatures against a trusted PEM key.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace onewindow {

class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)
public:
    enum class Algorithm { Sm2Sm3, Es256 };

    // GM/T 0009 default distinguishing ID; signers and verifiers must agree on it.
    static constexpr char kSm2DistinguishingId[] = "1234567812345678";

    // The algorithm a public (or private) key PEM implies: an SM2 key means SM2-SM3, a P-256
    // key means ES256. Any other key is refused, so an administrator cannot trust a weak one.
    static Result<Algorithm> algorithmOf(const QByteArray &pem);

    // The public key of pem (public or private) as a SubjectPublicKeyInfo PEM.
    static Result<QByteArray> publicKeyPem(const QByteArray &pem);

    // What a trust store keeps of a key an administrator or the hall hands over: its algorithm's
    // name and its public PEM; refused like algorithmOf.
    struct TrustableKey
    {
        QString algorithmName;
        QByteArray publicPem;
    };
    static Result<TrustableKey> trustableKey(const QByteArray &pem);

    // Verifies a DER signature over data; the algorithm follows from the key.
    static Status verify(
        const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &derSignature);

    // Base64 signature file text (whitespace ignored) to DER; an error when it is not base64.
    static Result<QByteArray> decodeSignatureText(const QByteArray &text);

    static QString algorithmName(Algorithm algorithm);
};

} // namespace onewindow
