// Changes to the keys this terminal trusts, each audited in the change's own transaction.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace onewindow {

class AuditLog;
class CatalogStore;
class CertificateTrustStore;

// The admin view and the command line both change trust through here, so that no interface can
// change what the terminal trusts without an audit entry (the entry and the change commit
// together, or neither does).
class TrustAdministration
{
    Q_DECLARE_TR_FUNCTIONS(TrustAdministration)
public:
    TrustAdministration(
        CatalogStore &catalog, CertificateTrustStore &certificates, AuditLog &audit);

    // The SHA-256 fingerprint of a PEM public key, in groups of four hex digits (all 32 bytes).
    static QString fingerprint(const QByteArray &pem);

    // Each returns the key's algorithm ("SM2-SM3" or "ES256").
    Result<QString> addPublisher(const QString &actor, const QString &keyId, const QByteArray &pem,
        const QDateTime &now, QDate validUntil = {});
    Status removePublisher(const QString &actor, const QString &keyId);
    Result<QString> addIssuer(
        const QString &actor, const QString &keyId, const QByteArray &pem, const QDateTime &now);
    Status removeIssuer(const QString &actor, const QString &keyId);
    Status revoke(const QString &actor, const QString &keyId, const QString &certificateNumber,
        const QDateTime &now);
    Status liftRevocation(
        const QString &actor, const QString &keyId, const QString &certificateNumber);

private:
    static QString numberHash(const QString &certificateNumber);

    CatalogStore &m_catalog;
    CertificateTrustStore &m_certificates;
    AuditLog &m_audit;
};

} // namespace onewindow
