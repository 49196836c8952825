// The reader of the hall's answer to a certificate lookup (POST /citizens/certificates:query)
// against arbitrary bytes, then every envelope it lets through verified on the terminal: an
// error with a reason, or one outcome per envelope; never a crash, never "no certificates" for
// an answer that could not be read. The seed corpus (corpus/hall_certificates) holds the
// reference hall's real answers for demo citizens, signed by the demo issuer keys of the same
// hall's /trust answer (corpus/hall_trust/reference-hall.json), plus damaged ones.
#include "certificateenvelopes.h"
#include "certificatewallet.h"
#include "trustdocument.h"
#include "verificationinvariants.h"

#include <cstdint>
#include <QDateTime>
#include <QFile>

namespace {

onewindow::TrustSnapshot hallTrust()
{
    onewindow::TrustSnapshot trust;
    // The reference hall's /trust answer that signed the seed corpus (ONEWINDOW_FUZZ_TRUST).
    QFile file(QStringLiteral(ONEWINDOW_FUZZ_TRUST));
    if (!file.open(QIODevice::ReadOnly))
        __builtin_trap();
    const auto document
        = onewindow::TrustDocument::fromJson(QJsonDocument::fromJson(file.readAll()));
    if (!document)
        __builtin_trap(); // the seed trust list itself must read
    for (const onewindow::IssuerKey &key : document->issuers)
        trust.issuers.insert(key.keyId, key);
    for (const auto &[keyId, number] : document->revoked)
        trust.revoked.insert(onewindow::TrustSnapshot::revocationKey(keyId, number));
    trust.version = document->version;
    return trust;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const onewindow::TrustSnapshot trust = hallTrust();
    static const QDateTime now(QDate(2026, 11, 23), QTime(12, 0));
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const auto envelopes = onewindow::CertificateEnvelopes::fromJson(document);
    if (!envelopes) {
        if (envelopes.error().code != QLatin1String("ecert.malformed")
            || envelopes.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (envelopes->size() > onewindow::CertificateEnvelopes::kMaxEnvelopes)
        __builtin_trap();
    // The demo citizen 陈志强 holds the seed answer's certificates.
    const auto all = onewindow::CertificateWallet::verifyAll(
        envelopes.value(), trust, QStringLiteral("440106198503121018"), now);
    if (all.size() != envelopes->size())
        __builtin_trap();
    for (const auto &v : all)
        onewindow::fuzz::checkVerification(v);
    return 0;
}
