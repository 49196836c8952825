// CertificateTrustStore: the issuer keys and revocation lists in the terminal database, from the
// hall's /trust document and from the administrator's command line.
#pragma once

#include "result.h"
#include "trustsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace onewindow {

class Database;
class TrustDocument;

// One revoked certificate as the trust page lists it.
struct Revocation
{
    QString keyId; // the issuer's
    QString certNumber;
    QString source; // "hall" (its trust list) or "local" (revoked here, may be lifted here)
    QDateTime addedAt; // UTC
};

class CertificateTrustStore
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrustStore)
public:
    explicit CertificateTrustStore(Database &database);

    // Trusts (or replaces) an issuer key by hand; refuses keys other than SM2 and P-256.
    // Returns the algorithm name. Errors: trust.bad_key_id, signature.bad_key.
    Result<QString> addIssuer(const QString &keyId, const QByteArray &pem, const QDateTime &now);

    // Removes a key added here (source local). A key from the hall's trust list is refused: the
    // next trust fetch would bring it back; the hall revokes it there.
    Status removeIssuer(const QString &keyId);
    // Adds a certificate number to a trusted issuer's revocation list by hand.
    // trust.bad_key_id, trust.bad_cert_number, trust.unknown_issuer (a mistyped key ID would
    // revoke nothing, silently), trust.already_revoked.
    Status revoke(const QString &keyId, const QString &certNumber, const QDateTime &now);
    // What revoke() would answer, without changing anything (--dry-run, confirmations).
    Status checkRevoke(const QString &keyId, const QString &certNumber) const;
    // Lifts a revocation made here (a revocation from the hall's list is lifted there).
    // trust.not_revoked, trust.hall_revocation.
    Status liftRevocation(const QString &keyId, const QString &certNumber);

    // Replaces everything that came from the hall with the /trust document
    // {version, issuers:[{keyId, alg, pem}], revoked:[{keyId, certNumber}]}, in one transaction;
    // a document with a bad key or a missing list changes nothing (trust.bad_document, see
    // TrustDocument). Hand-added entries stay.
    Status applyHallDocument(const QJsonObject &document, const QDateTime &now);
    Status apply(const TrustDocument &document, const QDateTime &now);

    Result<TrustSnapshot> snapshot() const;
    // Every revocation, by issuer key and certificate number.
    Result<QList<Revocation>> revocations() const;

private:
    Database &m_database;
};

} // namespace onewindow
