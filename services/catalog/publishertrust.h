// PublisherTrust: the catalog publishers' public keys this terminal trusts, by publisherKeyId.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace onewindow {

class CatalogStore;

class PublisherTrust
{
    Q_DECLARE_TR_FUNCTIONS(PublisherTrust)
public:
    explicit PublisherTrust(CatalogStore &store);

    // Stores (or replaces) the public key of keyId; refuses keys other than SM2 and P-256, and a
    // validUntil (the key's last valid day, as the catalog authority announced it; null: none)
    // that has passed. Returns the algorithm name ("SM2-SM3" or "ES256").
    Result<QString> addPublisher(
        const QString &keyId, const QByteArray &pem, const QDateTime &now, QDate validUntil = {});

    // The trusted public key PEM of keyId; signature.unknown_publisher, or
    // signature.publisher_key_expired after its last valid day.
    Result<QByteArray> publicKey(const QString &keyId) const;

    // Verifies a catalog's detached base64 signature with keyId's trusted key.
    Status verify(
        const QString &keyId, const QByteArray &file, const QByteArray &signatureText) const;

    // For a file that names no key: the trusted key ID whose key verifies it, or
    // signature.no_key_named when none does.
    Result<QString> verifyWithAnyKey(const QByteArray &file, const QByteArray &signatureText) const;

private:
    CatalogStore &m_store;
};

} // namespace onewindow
