// TrustDocument: the hall's certificate trust list (GET /trust), read and checked before any of
// it replaces the trust list in use.
#pragma once

#include "result.h"
#include "trustsnapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace onewindow {

class TrustDocument
{
    Q_DECLARE_TR_FUNCTIONS(TrustDocument)
public:
    qint64 version = 0;
    QList<IssuerKey> issuers; // source "hall"; algorithm and PEM as the key itself says
    QList<QPair<QString, QString>> revoked; // (keyId, certNumber)

    // {version, issuers:[{keyId, alg, pem}], revoked:[{keyId, certNumber}]}: all or nothing.
    // Both lists are required: a list that is missing or of another type would otherwise read
    // as "no keys" or "nothing revoked" and silently un-revoke certificates. trust.bad_document
    // names the first wrong place ("$.issuers[2].pem: not a usable key"), never a value.
    static Result<TrustDocument> fromJson(const QJsonDocument &document);

    // A kid as envelopes carry it: letters, digits, ".", "-", "_", 1 to 64 characters.
    static bool isValidKeyId(const QString &keyId);
    // A certificate number as printed: 1 to 128 characters, not blank, no control characters
    // (a revocation is stored under keyId, U+001F, number).
    static bool isValidCertNumber(const QString &number);
};

} // namespace onewindow
