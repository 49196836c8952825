// KeyRing: named EC keys (SM2 or P-256) read from PEM files: issuer signing keys, publisher keys.
#pragma once

#include "result.h"

#include <memory>
#include <QByteArray>
#include <QList>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace onewindow::hall {

class KeyRing
{
public:
    struct Key
    {
        QString keyId;
        QString algorithm; // SM2-SM3 or ES256
        QByteArray publicPem;
        std::shared_ptr<EVP_PKEY> pkey;
        bool hasPrivate = false;
    };

    // Every DIR/<keyId>.key (PKCS#8 PEM private key).
    static Result<KeyRing> loadPrivateKeys(const QString &dir);
    // Like loadPrivateKeys, but first makes the demo issuer keys (gd-gaj-2026 SM2, gd-mzj-2026
    // P-256, …) in dir when it holds no key, so a hall started without --issuer-keys can sign.
    static Result<KeyRing> loadOrCreateDemoIssuers(const QString &dir);
    // One public or private key file per entry; the key id is the file name without .pub.pem,
    // .pem or .key.
    static Result<KeyRing> loadPublicKeys(const QStringList &files);

    const Key *find(const QString &keyId) const;
    const Key *firstWithAlgorithm(const QString &algorithm) const;
    const QList<Key> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

    Result<QByteArray> sign(const QString &keyId, QByteArrayView data) const;

private:
    static Result<Key> readKey(const QString &path, const QString &keyId, bool wantPrivate);
    QList<Key> m_keys;
};

} // namespace onewindow::hall
