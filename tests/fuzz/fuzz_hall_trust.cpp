// The reader of the hall's trust list (GET /trust) against arbitrary bytes: a list whose every
// key is usable and every revocation well formed, or an error with a reason; never a crash.
// The seed corpus (corpus/hall_trust) is the reference hall's real answer plus damaged ones.
#include "trustdocument.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using onewindow::TrustDocument;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const auto trust = TrustDocument::fromJson(document);
    if (!trust) {
        if (trust.error().code != QLatin1String("trust.bad_document")
            || trust.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (trust->version < 0)
        __builtin_trap();
    for (const onewindow::IssuerKey &key : trust->issuers) {
        if (!TrustDocument::isValidKeyId(key.keyId) || key.publicKeyPem.isEmpty()
            || (key.algorithm != QLatin1String("SM2-SM3")
                && key.algorithm != QLatin1String("ES256")))
            __builtin_trap();
    }
    for (const auto &[keyId, number] : trust->revoked) {
        if (!TrustDocument::isValidKeyId(keyId) || !TrustDocument::isValidCertNumber(number)
            || number.contains(QChar(0x1f)))
            __builtin_trap();
    }
    return 0;
}
