#include "publishertrust.h"

#include "catalogstore.h"
#include "displaytime.h"
#include "signatureverifier.h"

#include <QRegularExpression>

namespace onewindow {

PublisherTrust::PublisherTrust(CatalogStore &store)
    : m_store(store)
{ }

Result<QString> PublisherTrust::addPublisher(
    const QString &keyId, const QByteArray &pem, const QDateTime &now, QDate validUntil)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z._-]{1,64}$"));
    if (!pattern.match(keyId).hasMatch())
        return Error { QStringLiteral("trust.bad_key_id"),
            tr("The publisher key ID \"%1\" may only use letters, digits, \".\", \"-\" and \"_\" "
               "(1 to 64 characters); use the publisherKeyId written in the catalog.")
                .arg(keyId.left(80)) };
    if (validUntil.isValid() && validUntil < DisplayTime::dayOf(now))
        return Error { QStringLiteral("trust.key_expired"),
            tr("The key's last valid day, %1, has passed: ask the catalog authority for its "
               "current key.")
                .arg(validUntil.toString(Qt::ISODate)) };
    auto key = SignatureVerifier::trustableKey(pem);
    if (!key)
        return key.error();
    if (Status saved
        = m_store.savePublisher(keyId, key->algorithmName, key->publicPem, now, validUntil);
        !saved)
        return saved.error();
    return key->algorithmName;
}

Result<QByteArray> PublisherTrust::publicKey(const QString &keyId) const
{
    auto key = m_store.publisherKey(keyId);
    if (!key)
        return key.error();
    if (!key->has_value())
        return Error { QStringLiteral("signature.unknown_publisher"),
            tr("The catalog is signed with publisher key \"%1\", which this terminal does not "
               "trust. Nothing was applied. If the catalog authority confirms this key, install "
               "it with \"onewindowctl trust add-publisher %1 KEY.pem\".")
                .arg(keyId.left(80)) };
    const PublisherKeyInfo &info = key->value();
    if (info.expiredOn(DisplayTime::dayOf(QDateTime::currentDateTimeUtc())))
        return Error { QStringLiteral("signature.publisher_key_expired"),
            tr("Publisher key \"%1\" was valid until %2. Nothing was applied. Install the "
               "catalog authority's current key, then load a catalog signed with it.")
                .arg(keyId.left(80), info.validUntil.toString(Qt::ISODate)) };
    return info.publicPem;
}

Status PublisherTrust::verify(
    const QString &keyId, const QByteArray &file, const QByteArray &signatureText) const
{
    auto key = publicKey(keyId);
    if (!key)
        return key.error();
    auto der = SignatureVerifier::decodeSignatureText(signatureText);
    if (!der)
        return der.error();
    return SignatureVerifier::verify(key.value(), file, der.value());
}

Result<QString> PublisherTrust::verifyWithAnyKey(
    const QByteArray &file, const QByteArray &signatureText) const
{
    auto keyIds = m_store.publisherKeyIds();
    if (!keyIds)
        return keyIds.error();
    for (const QString &keyId : keyIds.value())
        if (verify(keyId, file, signatureText))
            return keyId;
    return Error { QStringLiteral("signature.no_key_named"),
        tr("The file names no publisher key (publisherKeyId) that its signature could be checked "
           "with, and no trusted key verifies it: it is damaged, cut short or not a signed "
           "catalog. Nothing was applied.") };
}

} // namespace onewindow
