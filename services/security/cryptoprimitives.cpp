#include "cryptoprimitives.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace onewindow {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

QByteArray CryptoPrimitives::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

QByteArray CryptoPrimitives::sha256(QByteArrayView data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), size_t(data.size()), out, &length, EVP_sha256(), nullptr))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray CryptoPrimitives::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), size_t(data.size()), out,
            &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

bool CryptoPrimitives::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

std::optional<QByteArray> CryptoPrimitives::aesGcmEncrypt(const QByteArray &key,
    const QByteArray &nonce, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize)
        return std::nullopt;
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(
               ctx.get(), nullptr, &length, bytes(associatedData), int(associatedData.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), o, &length, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), o + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, o + plaintext.size())
            != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> CryptoPrimitives::aesGcmDecrypt(const QByteArray &key,
    const QByteArray &nonce, const QByteArray &ciphertextAndTag, const QByteArray &associatedData)
{
    if (key.size() != kKeySize || nonce.size() != kNonceSize || ciphertextAndTag.size() < kTagSize)
        return std::nullopt;
    const int textSize = int(ciphertextAndTag.size()) - kTagSize;
    QByteArray tag = ciphertextAndTag.right(kTagSize);
    QByteArray out(textSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(
               ctx.get(), nullptr, &length, bytes(associatedData), int(associatedData.size()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), o, &length, bytes(ciphertextAndTag), textSize) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), o + length, &length) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> CryptoPrimitives::scrypt(
    const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    // scrypt needs 128·r·N bytes; allow twice that so OpenSSL's default 32 MiB cap does not bite.
    const quint64 maxMemory = 256 * r * n + (1u << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()), bytes(salt),
            size_t(salt.size()), n, r, p, maxMemory, reinterpret_cast<unsigned char *>(out.data()),
            size_t(length))
        != 1)
        return std::nullopt;
    return out;
}

} // namespace onewindow
