// Encrypts personal data for one database cell (AES-256-GCM, bound to table, column and row) and
// makes the keyed hashes used to look rows up by ID number without storing the number.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace onewindow {

class DataKeys;

// Where a value lives; a value copied to another cell no longer decrypts.
struct FieldAddress
{
    QString table;
    QString column;
    QString rowKey;
};

class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(FieldCipher)
public:
    explicit FieldCipher(const DataKeys &keys);

    // version (1) | key id (4, big-endian) | random nonce (12) | ciphertext | tag (16)
    Result<QByteArray> encrypt(const QByteArray &plaintext, const FieldAddress &where) const;
    Result<QByteArray> decrypt(const QByteArray &sealed, const FieldAddress &where) const;

    // The key id a sealed value was made with (0 when it is not a sealed value): rotation
    // re-encrypts values whose key id is older than the current one.
    static quint32 keyIdOf(const QByteArray &sealed);

    // HMAC-SHA256 of a normalized value under the lookup key, separated by kind ("resident_id").
    QByteArray lookupHash(const QString &kind, const QString &value) const;

private:
    const DataKeys &m_keys;
};

} // namespace onewindow
