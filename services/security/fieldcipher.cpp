#include "fieldcipher.h"

#include "cryptoprimitives.h"
#include "datakeys.h"

#include <QtEndian>

namespace onewindow {

namespace {

constexpr char kVersion = 1;
constexpr int kHeaderSize = 1 + 4 + CryptoPrimitives::kNonceSize;

QByteArray associatedData(const FieldAddress &where, quint32 keyId)
{
    // Length-prefixed parts: ("ab","c") and ("a","bc") must not give the same bytes.
    QByteArray aad = QByteArrayLiteral("onewindow.field.v1");
    for (const QString &part : { where.table, where.column, where.rowKey }) {
        const QByteArray utf8 = part.toUtf8();
        char length[4];
        qToBigEndian<quint32>(quint32(utf8.size()), length);
        aad += QByteArray(length, 4) + utf8;
    }
    char id[4];
    qToBigEndian<quint32>(keyId, id);
    return aad + QByteArray(id, 4);
}

} // namespace

FieldCipher::FieldCipher(const DataKeys &keys)
    : m_keys(keys)
{ }

Result<QByteArray> FieldCipher::encrypt(
    const QByteArray &plaintext, const FieldAddress &where) const
{
    const quint32 keyId = m_keys.currentKeyId();
    const QByteArray nonce = CryptoPrimitives::randomBytes(CryptoPrimitives::kNonceSize);
    const auto sealed = nonce.isEmpty() ? std::nullopt
                                        : CryptoPrimitives::aesGcmEncrypt(m_keys.dataKey(keyId),
                                            nonce, plaintext, associatedData(where, keyId));
    if (!sealed)
        return Error { QStringLiteral("security.encrypt_failed"),
            tr("Personal data could not be encrypted, so it was not saved. Restart "
               "the terminal; if this persists, call support.") };
    char id[4];
    qToBigEndian<quint32>(keyId, id);
    return QByteArray(1, kVersion) + QByteArray(id, 4) + nonce + *sealed;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &sealed, const FieldAddress &where) const
{
    const quint32 keyId = keyIdOf(sealed);
    if (keyId == 0 || sealed.size() < kHeaderSize + CryptoPrimitives::kTagSize)
        return Error { QStringLiteral("security.not_sealed"),
            tr("A stored value in %1.%2 is not in OneWindow's encrypted form; the "
               "database was changed outside OneWindow.")
                .arg(where.table, where.column) };
    const QByteArray key = m_keys.dataKey(keyId);
    if (key.isEmpty())
        return Error { QStringLiteral("security.key_missing"),
            tr("A stored value in %1.%2 needs data key %3, which the key file does "
               "not have. Restore the complete key file from the terminal's backup.")
                .arg(where.table, where.column)
                .arg(keyId) };
    const auto plain
        = CryptoPrimitives::aesGcmDecrypt(key, sealed.mid(5, CryptoPrimitives::kNonceSize),
            sealed.mid(kHeaderSize), associatedData(where, keyId));
    if (!plain)
        return Error { QStringLiteral("security.tampered"),
            tr("A stored value in %1.%2 fails its integrity check: it was changed or "
               "moved outside OneWindow. It is not shown.")
                .arg(where.table, where.column) };
    return *plain;
}

quint32 FieldCipher::keyIdOf(const QByteArray &sealed)
{
    if (sealed.size() < kHeaderSize || sealed.at(0) != kVersion)
        return 0;
    return qFromBigEndian<quint32>(sealed.constData() + 1);
}

QByteArray FieldCipher::lookupHash(const QString &kind, const QString &value) const
{
    return CryptoPrimitives::hmacSha256(m_keys.lookupKey(), kind.toUtf8() + '\0' + value.toUtf8());
}

} // namespace onewindow
