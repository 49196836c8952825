#include "ecsigner.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace onewindow::hall {

namespace {

constexpr char kSm2DistId[] = "1234567812345678"; // GM/T 0009 default

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// The digest of an algorithm; nullptr for an unknown one.
const char *digestOf(const QString &algorithm)
{
    if (algorithm == u"SM2-SM3")
        return "SM3";
    if (algorithm == u"ES256")
        return "SHA256";
    return nullptr;
}

// OpenSSL 3.0 refuses the distinguishing ID as an init parameter, but SM2 computes Z (which
// covers the ID) only at the first update, so setting it on the fresh context works.
bool setDistinguishingId(EVP_PKEY_CTX *pctx, const QString &algorithm)
{
    return algorithm != u"SM2-SM3"
        || EVP_PKEY_CTX_set1_id(pctx, kSm2DistId, sizeof(kSm2DistId) - 1) == 1;
}

} // namespace

QString EcSigner::algorithmOf(EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "SM2"))
        return QStringLiteral("SM2-SM3");
    if (EVP_PKEY_is_a(key, "EC")) {
        char curve[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(
                key, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof(curve), &len)
            && (qstrcmp(curve, "prime256v1") == 0 || qstrcmp(curve, "P-256") == 0))
            return QStringLiteral("ES256");
    }
    return {};
}

Result<QByteArray> EcSigner::sign(EVP_PKEY *key, const QString &algorithm, QByteArrayView data)
{
    const char *digest = digestOf(algorithm);
    if (!digest || algorithmOf(key) != algorithm)
        return Error { QStringLiteral("signer.wrong_algorithm"),
            QStringLiteral("the key does not sign %1").arg(algorithm) };
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, key, nullptr) != 1
        || !setDistinguishingId(pctx, algorithm)
        || EVP_DigestSign(ctx.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()))
            != 1)
        return Error { QStringLiteral("signer.failed"), QStringLiteral("signing failed") };
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()))
        != 1)
        return Error { QStringLiteral("signer.failed"), QStringLiteral("signing failed") };
    signature.resize(qsizetype(length));
    return signature;
}

bool EcSigner::verify(
    EVP_PKEY *key, const QString &algorithm, QByteArrayView data, QByteArrayView signature)
{
    const char *digest = digestOf(algorithm);
    if (!digest || algorithmOf(key) != algorithm)
        return false;
    MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    return ctx
        && EVP_DigestVerifyInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, key, nullptr) == 1
        && setDistinguishingId(pctx, algorithm)
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
               size_t(data.size()))
        == 1;
}

} // namespace onewindow::hall
