// Thin OpenSSL wrappers (random bytes, SHA-256, HMAC-SHA256, AES-256-GCM, scrypt) so no other file
// touches OpenSSL's C API directly.
#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>

namespace onewindow {

class CryptoPrimitives
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;

    // Bytes from the operating system's generator; empty when it fails (callers refuse then).
    static QByteArray randomBytes(int count);
    // OpenSSL's, several times faster than QCryptographicHash on large inputs (catalog files).
    static QByteArray sha256(QByteArrayView data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

    // ciphertext || tag; nullopt when OpenSSL refuses.
    static std::optional<QByteArray> aesGcmEncrypt(const QByteArray &key, const QByteArray &nonce,
        const QByteArray &plaintext, const QByteArray &associatedData);
    // nullopt when the tag does not verify (wrong key, changed value or moved value).
    static std::optional<QByteArray> aesGcmDecrypt(const QByteArray &key, const QByteArray &nonce,
        const QByteArray &ciphertextAndTag, const QByteArray &associatedData);

    // EVP_PBE_scrypt; nullopt when the parameters are refused or memory is short.
    static std::optional<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt,
        quint64 n, quint64 r, quint64 p, int length);
};

} // namespace onewindow
