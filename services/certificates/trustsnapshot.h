// TrustSnapshot: the issuer keys and revocations one verification uses, and how old they are.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace onewindow {

struct IssuerKey
{
    QString keyId;
    QString algorithm; // "SM2-SM3" or "ES256": what the key is, not what an envelope claims
    QByteArray publicKeyPem;
    QString source; // "hall" or "local"
};

struct TrustSnapshot
{
    QHash<QString, IssuerKey> issuers; // by keyId
    QSet<QString> revoked; // revocationKey(keyId, certNumber)
    qint64 version = 0; // of the last /trust document; 0: never fetched
    QDateTime fetchedAt; // invalid: never fetched

    static QString revocationKey(const QString &keyId, const QString &certNumber)
    {
        return keyId + QChar(0x1f) + certNumber; // unit separator: in neither value
    }
    bool isRevoked(const QString &keyId, const QString &certNumber) const
    {
        return revoked.contains(revocationKey(keyId, certNumber));
    }
};

} // namespace onewindow
