// The e-certificate envelope parser and verifier against arbitrary bytes: exactly one outcome
// with a reason, "genuine" only with a payload whose signature verified, never a crash.
// The seed corpus (corpus/ecert) was signed with the openssl command line by the private halves
// of the two keys below, which were then thrown away.
#include "certificateverifier.h"
#include "certificatewallet.h"
#include "sessioncertificates.h"
#include "verificationinvariants.h"

#include <cstdint>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

onewindow::TrustSnapshot fuzzTrust()
{
    onewindow::TrustSnapshot trust;
    trust.issuers.insert(QStringLiteral("fuzz-sm2"),
        { QStringLiteral("fuzz-sm2"), QStringLiteral("SM2-SM3"),
            QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                              "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAErmrdR7GXQMXlDWOlXh7CxXHPYTUT\n"
                              "Ghf4vPzotYEp1yadNPGNKFviimOx7ZXykeYHupGbHhOF/DI8xpRIOhiQ+Q==\n"
                              "-----END PUBLIC KEY-----\n"),
            QStringLiteral("local") });
    trust.issuers.insert(QStringLiteral("fuzz-p256"),
        { QStringLiteral("fuzz-p256"), QStringLiteral("ES256"),
            QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                              "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEPRR6k/euUhF4DNZxS6zS22fhCyIG\n"
                              "8kQ3kjB/PjaSlTnzSnN5Xk4Z8KpdOBi7ihz9LKFbTjzyDN4enXQsU0guyA==\n"
                              "-----END PUBLIC KEY-----\n"),
            QStringLiteral("local") });
    trust.revoked.insert(onewindow::TrustSnapshot::revocationKey(
        QStringLiteral("fuzz-sm2"), QStringLiteral("J-REVOKED")));
    return trust;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const onewindow::CertificateVerifier verifier(fuzzTrust());
    static const QDateTime now(QDate(2026, 11, 23), QTime(12, 0));
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    onewindow::fuzz::checkVerification(
        verifier.verify(bytes, QStringLiteral("440106199001011235"), now));
    onewindow::fuzz::checkVerification(verifier.verify(bytes, QString(), now));
    // The same bytes as the hall's answer: a list of envelopes, each with its own outcome.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isArray()) {
        const QJsonArray envelopes = document.array();
        const auto all = onewindow::CertificateWallet::verifyAll(
            envelopes, verifier.trust(), QStringLiteral("440106199001011235"), now);
        if (all.size() != envelopes.size())
            __builtin_trap();
        for (const auto &v : all)
            onewindow::fuzz::checkVerification(v);
    }
    return 0;
}
