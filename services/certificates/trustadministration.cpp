#include "trustadministration.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "certificatetruststore.h"
#include "publishertrust.h"

#include <QCryptographicHash>

namespace onewindow {

TrustAdministration::TrustAdministration(
    CatalogStore &catalog, CertificateTrustStore &certificates, AuditLog &audit)
    : m_catalog(catalog)
    , m_certificates(certificates)
    , m_audit(audit)
{ }

QString TrustAdministration::fingerprint(const QByteArray &pem)
{
    QByteArray base64;
    const auto lines = pem.split('\n');
    for (const QByteArray &line : lines)
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    const QByteArray hex
        = QCryptographicHash::hash(QByteArray::fromBase64(base64), QCryptographicHash::Sha256)
              .toHex()
              .toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Result<QString> TrustAdministration::addPublisher(const QString &actor, const QString &keyId,
    const QByteArray &pem, const QDateTime &now, QDate validUntil)
{
    QString algorithm;
    PublisherTrust trust(m_catalog);
    const Status done = m_audit.record(actor, AuditLog::kTrustChange, keyId,
        QStringLiteral("add publisher %1").arg(fingerprint(pem)), [&]() -> Status {
            auto added = trust.addPublisher(keyId, pem, now, validUntil);
            if (!added)
                return added.error();
            algorithm = added.value();
            return {};
        });
    if (!done)
        return done.error();
    return algorithm;
}

Status TrustAdministration::removePublisher(const QString &actor, const QString &keyId)
{
    return m_audit.record(
        actor, AuditLog::kTrustChange, keyId, QStringLiteral("remove publisher"), [&]() -> Status {
            auto removed = m_catalog.removePublisher(keyId);
            if (!removed)
                return removed.error();
            if (!removed.value())
                return Error { QStringLiteral("trust.unknown_publisher"),
                    tr("No publisher key \"%1\" is trusted here.").arg(keyId.left(64)) };
            return {};
        });
}

Result<QString> TrustAdministration::addIssuer(
    const QString &actor, const QString &keyId, const QByteArray &pem, const QDateTime &now)
{
    QString algorithm;
    const Status done = m_audit.record(actor, AuditLog::kTrustChange, keyId,
        QStringLiteral("add issuer %1").arg(fingerprint(pem)), [&]() -> Status {
            auto added = m_certificates.addIssuer(keyId, pem, now);
            if (!added)
                return added.error();
            algorithm = added.value();
            return {};
        });
    if (!done)
        return done.error();
    return algorithm;
}

Status TrustAdministration::removeIssuer(const QString &actor, const QString &keyId)
{
    return m_audit.record(actor, AuditLog::kTrustChange, keyId, QStringLiteral("remove issuer"),
        [&] { return m_certificates.removeIssuer(keyId); });
}

Status TrustAdministration::revoke(const QString &actor, const QString &keyId,
    const QString &certificateNumber, const QDateTime &now)
{
    return m_audit.record(actor, AuditLog::kTrustChange, keyId,
        QStringLiteral("revoke certificate sha256:%1").arg(numberHash(certificateNumber)),
        [&] { return m_certificates.revoke(keyId, certificateNumber, now); });
}

Status TrustAdministration::liftRevocation(
    const QString &actor, const QString &keyId, const QString &certificateNumber)
{
    return m_audit.record(actor, AuditLog::kTrustChange, keyId,
        QStringLiteral("lift revocation sha256:%1").arg(numberHash(certificateNumber)),
        [&] { return m_certificates.liftRevocation(keyId, certificateNumber); });
}

QString TrustAdministration::numberHash(const QString &certificateNumber)
{
    // The number may be a citizen's (a resident ID's e-certificate): entries name its hash.
    return QString::fromLatin1(
        QCryptographicHash::hash(certificateNumber.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace onewindow
