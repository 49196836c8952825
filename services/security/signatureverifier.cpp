#include "signatureverifier.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace onewindow {

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// Public keys first; a private key PEM is accepted so "trust add-publisher" can take either.
KeyPtr readKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!bio)
        return { nullptr, &EVP_PKEY_free };
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!key) {
        BIO_reset(bio.get());
        key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    }
    ERR_clear_error(); // failures are reported as values, not left in OpenSSL's error queue
    return { key, &EVP_PKEY_free };
}

QString groupName(EVP_PKEY *key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1)
        return {};
    return QString::fromLatin1(name, qsizetype(length));
}

Error badKey()
{
    return { QStringLiteral("signature.bad_key"),
        SignatureVerifier::tr("The publisher key is not a PEM SM2 or P-256 (ES256) key. Ask the "
                              "catalog authority for its public key file.") };
}

Result<SignatureVerifier::Algorithm> algorithmOfKey(EVP_PKEY *key)
{
    const QString group = groupName(key);
    if (EVP_PKEY_is_a(key, "SM2") || group == QLatin1String("SM2"))
        return SignatureVerifier::Algorithm::Sm2Sm3;
    if (EVP_PKEY_is_a(key, "EC")
        && (group == QLatin1String("prime256v1") || group == QLatin1String("P-256")))
        return SignatureVerifier::Algorithm::Es256;
    return badKey();
}

} // namespace

Result<SignatureVerifier::Algorithm> SignatureVerifier::algorithmOf(const QByteArray &pem)
{
    KeyPtr key = readKey(pem);
    if (!key)
        return badKey();
    return algorithmOfKey(key.get());
}

Result<QByteArray> SignatureVerifier::publicKeyPem(const QByteArray &pem)
{
    auto key = trustableKey(pem);
    if (!key)
        return key.error();
    return key->publicPem;
}

Result<SignatureVerifier::TrustableKey> SignatureVerifier::trustableKey(const QByteArray &pem)
{
    KeyPtr key = readKey(pem);
    if (!key)
        return badKey();
    auto algorithm = algorithmOfKey(key.get());
    if (!algorithm)
        return algorithm.error();
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        ERR_clear_error();
        return badKey();
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return TrustableKey { algorithmName(algorithm.value()), QByteArray(data, qsizetype(length)) };
}

Status SignatureVerifier::verify(
    const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &derSignature)
{
    KeyPtr key = readKey(publicKeyPem);
    if (!key)
        return badKey();
    auto algorithm = algorithmOfKey(key.get());
    if (!algorithm)
        return algorithm.error();

    MdContextPtr context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    const char *digest = algorithm.value() == Algorithm::Sm2Sm3 ? "SM3" : "SHA256";
    bool ok = context
        && EVP_DigestVerifyInit_ex(
               context.get(), &keyContext, digest, nullptr, nullptr, key.get(), nullptr)
            == 1;
    // SM2 signs Z(ID, key) || message: without the agreed ID the digest differs and a signature
    // made with another ID (or none) must not verify.
    if (ok && algorithm.value() == Algorithm::Sm2Sm3)
        ok = EVP_PKEY_CTX_set1_id(keyContext, kSm2DistinguishingId, sizeof kSm2DistinguishingId - 1)
            == 1;
    if (ok)
        ok = EVP_DigestVerifyUpdate(context.get(), data.constData(), size_t(data.size())) == 1;
    const int verified = ok ? EVP_DigestVerifyFinal(context.get(),
                             reinterpret_cast<const unsigned char *>(derSignature.constData()),
                             size_t(derSignature.size()))
                            : -1;
    ERR_clear_error();
    if (verified == 1)
        return {};
    if (!ok)
        return Error { QStringLiteral("signature.cannot_verify"),
            tr("The signature could not be checked with this %1 key (OpenSSL refused the key). "
               "Check the trusted publisher key.")
                .arg(algorithmName(algorithm.value())) };
    return Error { QStringLiteral("signature.mismatch"),
        tr("The %1 signature does not match the file: the file was changed after signing, was "
           "signed with another key, or (SM2) without the ID 1234567812345678. Nothing was "
           "applied; get the original file and its signature from the catalog authority.")
            .arg(algorithmName(algorithm.value())) };
}

Result<QByteArray> SignatureVerifier::decodeSignatureText(const QByteArray &text)
{
    QByteArray compact = text;
    compact.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > 1024)
        return Error { QStringLiteral("signature.not_base64"),
            tr("The signature file does not hold a base64 signature. It must be the base64 text "
               "that \"openssl dgst … | base64 -w0\" prints.") };
    return decoded.decoded;
}

QString SignatureVerifier::algorithmName(Algorithm algorithm)
{
    return algorithm == Algorithm::Sm2Sm3 ? QStringLiteral("SM2-SM3") : QStringLiteral("ES256");
}

} // namespace onewindow
