// The e-certificate envelope and its payload as plain values (shared/formats/e-certificate.md).
#pragma once

#include <optional>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace onewindow {

// What the hall sends, before anything is decoded or trusted.
struct CertificateEnvelope
{
    int formatVersion = 0;
    QString alg; // "SM2-SM3" or "ES256" as written; checked against the key
    QString kid;
    QString payloadBase64;
    QString sigBase64;
};

// The signed payload, read only after its signature verified.
struct CertificatePayload
{
    QString certType; // MARRIAGE_CERT
    QString certTypeName; // 结婚证
    QString certNumber;
    QString issuerCode;
    QString issuerName;
    QString holderName;
    QString holderIdType;
    QString holderIdNumber;
    QDate issuedOn;
    QDate validFrom;
    std::optional<QDate> validUntil; // none: never expires
    QString status; // "valid", or what the issuer wrote
    // Type-specific fields in the order the issuer wrote them; values as text.
    QList<QPair<QString, QString>> fields;

    // A field by name, with the two every type has: holderName and number.
    std::optional<QString> field(const QString &name) const;
};

} // namespace onewindow
