#include "certificatetruststore.h"

#include "database.h"
#include "signatureverifier.h"
#include "timestamp.h"
#include "trustdocument.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow {

namespace {

const QString kHall = QStringLiteral("hall");
const QString kLocal = QStringLiteral("local");

Error badKeyId(const QString &keyId)
{
    return { QStringLiteral("trust.bad_key_id"),
        CertificateTrustStore::tr("The issuer key ID \"%1\" may only use letters, digits, \".\", "
                                  "\"-\" and \"_\" (1 to 64 characters); use the kid written in "
                                  "the certificate envelopes.")
            .arg(keyId.left(80)) };
}

Status insertIssuer(Database &database, const QString &keyId, const QString &algorithm,
    const QByteArray &pem, const QString &source, const QDateTime &now)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO certificate_issuers (key_id, algorithm, public_key_pem, "
                             "source, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key_id) DO "
                             "UPDATE SET algorithm = excluded.algorithm, public_key_pem = "
                             "excluded.public_key_pem, source = excluded.source, added_at = "
                             "excluded.added_at"));
    q.addBindValue(keyId);
    q.addBindValue(algorithm);
    q.addBindValue(QString::fromLatin1(pem));
    q.addBindValue(source);
    q.addBindValue(utcTimestamp(now));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store an issuer key"));
    return {};
}

Status insertRevocation(Database &database, const QString &keyId, const QString &certNumber,
    const QString &source, const QDateTime &now)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO certificate_revocations (key_id, cert_number, "
                             "source, added_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(keyId);
    q.addBindValue(certNumber);
    q.addBindValue(source);
    q.addBindValue(utcTimestamp(now));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a revocation"));
    return {};
}

} // namespace

CertificateTrustStore::CertificateTrustStore(Database &database)
    : m_database(database)
{ }

Result<QString> CertificateTrustStore::addIssuer(
    const QString &keyId, const QByteArray &pem, const QDateTime &now)
{
    if (!TrustDocument::isValidKeyId(keyId))
        return badKeyId(keyId);
    auto key = SignatureVerifier::trustableKey(pem);
    // The verifier speaks of catalog publishers; here the administrator is adding an issuer.
    if (!key && key.error().code == u"signature.bad_key")
        return Error { key.error().code,
            tr("The issuer key is not a PEM SM2 or P-256 (ES256) public key. Ask the "
               "e-certificate issuer (or the hall) for its public key file.") };
    if (!key)
        return key.error();
    if (Status saved
        = insertIssuer(m_database, keyId, key->algorithmName, key->publicPem, kLocal, now);
        !saved)
        return saved.error();
    return key->algorithmName;
}

Status CertificateTrustStore::removeIssuer(const QString &keyId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT source FROM certificate_issuers WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find an issuer key"));
    if (!q.next())
        return Error { QStringLiteral("trust.unknown_issuer"),
            tr("No issuer key \"%1\" is trusted here.").arg(keyId.left(64)) };
    if (q.value(0).toString() != kLocal)
        return Error { QStringLiteral("trust.hall_issuer"),
            tr("The issuer key \"%1\" comes from the hall's trust list; it is removed there, "
               "not at a terminal.")
                .arg(keyId) };
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM certificate_issuers WHERE key_id = ? AND source = ?"));
    q.addBindValue(keyId);
    q.addBindValue(kLocal);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("remove an issuer key"));
    return {};
}

Status CertificateTrustStore::checkRevoke(const QString &keyId, const QString &certNumber) const
{
    if (!TrustDocument::isValidKeyId(keyId))
        return badKeyId(keyId);
    if (!TrustDocument::isValidCertNumber(certNumber))
        return Error { QStringLiteral("trust.bad_cert_number"),
            tr("Give the certificate number exactly as printed on the certificate (1 to 128 "
               "characters).") };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM certificate_issuers WHERE key_id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find an issuer key"));
    if (!q.next())
        return Error { QStringLiteral("trust.unknown_issuer"),
            tr("No issuer key \"%1\" is trusted here, so nothing it signed is accepted anyway. "
               "Check the key ID with \"trust list\".")
                .arg(keyId.left(64)) };
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT 1 FROM certificate_revocations WHERE key_id = ? AND cert_number = ?"));
    q.addBindValue(keyId);
    q.addBindValue(certNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find a revocation"));
    if (q.next())
        return Error { QStringLiteral("trust.already_revoked"),
            tr("This certificate of issuer \"%1\" is already revoked here.").arg(keyId) };
    return {};
}

Status CertificateTrustStore::revoke(
    const QString &keyId, const QString &certNumber, const QDateTime &now)
{
    if (Status allowed = checkRevoke(keyId, certNumber); !allowed)
        return allowed;
    return insertRevocation(m_database, keyId, certNumber, kLocal, now);
}

Status CertificateTrustStore::liftRevocation(const QString &keyId, const QString &certNumber)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT source FROM certificate_revocations WHERE key_id = ? AND cert_number = ?"));
    q.addBindValue(keyId);
    q.addBindValue(certNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find a revocation"));
    if (!q.next())
        return Error { QStringLiteral("trust.not_revoked"),
            tr("That certificate of issuer \"%1\" is not revoked here.").arg(keyId.left(64)) };
    if (q.value(0).toString() != kLocal)
        return Error { QStringLiteral("trust.hall_revocation"),
            tr("This revocation comes from the hall's trust list; it is lifted there, not at a "
               "terminal.") };
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM certificate_revocations WHERE key_id = ? AND "
                             "cert_number = ? AND source = ?"));
    q.addBindValue(keyId);
    q.addBindValue(certNumber);
    q.addBindValue(kLocal);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("lift a revocation"));
    return {};
}

Status CertificateTrustStore::applyHallDocument(const QJsonObject &document, const QDateTime &now)
{
    auto parsed = TrustDocument::fromJson(QJsonDocument(document));
    if (!parsed)
        return parsed.error();
    return apply(parsed.value(), now);
}

Status CertificateTrustStore::apply(const TrustDocument &document, const QDateTime &now)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        // A key the administrator added by hand yields to the hall's key of the same kid.
        if (!q.exec(QStringLiteral("DELETE FROM certificate_issuers WHERE source = 'hall'"))
            || !q.exec(QStringLiteral("DELETE FROM certificate_revocations WHERE source = 'hall'")))
            return Database::queryError(q, QStringLiteral("clear the hall trust list"));
        for (const IssuerKey &key : document.issuers)
            if (Status s
                = insertIssuer(m_database, key.keyId, key.algorithm, key.publicKeyPem, kHall, now);
                !s)
                return s;
        for (const auto &[keyId, number] : document.revoked)
            if (Status s = insertRevocation(m_database, keyId, number, kHall, now); !s)
                return s;
        q.prepare(QStringLiteral("INSERT INTO certificate_trust_state (id, version, fetched_at) "
                                 "VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET version = "
                                 "excluded.version, fetched_at = excluded.fetched_at"));
        q.addBindValue(document.version);
        q.addBindValue(utcTimestamp(now));
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store the trust version"));
        return {};
    });
}

Result<TrustSnapshot> CertificateTrustStore::snapshot() const
{
    TrustSnapshot snapshot;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT key_id, algorithm, public_key_pem, source FROM certificate_issuers")))
        return Database::queryError(q, QStringLiteral("read issuer keys"));
    while (q.next()) {
        IssuerKey key { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString().toLatin1(), q.value(3).toString() };
        snapshot.issuers.insert(key.keyId, key);
    }
    if (!q.exec(QStringLiteral("SELECT key_id, cert_number FROM certificate_revocations")))
        return Database::queryError(q, QStringLiteral("read revocations"));
    while (q.next())
        snapshot.revoked.insert(
            TrustSnapshot::revocationKey(q.value(0).toString(), q.value(1).toString()));
    if (!q.exec(QStringLiteral("SELECT version, fetched_at FROM certificate_trust_state")))
        return Database::queryError(q, QStringLiteral("read the trust version"));
    if (q.next()) {
        snapshot.version = q.value(0).toLongLong();
        snapshot.fetchedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return snapshot;
}

Result<QList<Revocation>> CertificateTrustStore::revocations() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key_id, cert_number, source, added_at FROM "
                               "certificate_revocations ORDER BY key_id, cert_number, source")))
        return Database::queryError(q, QStringLiteral("read revocations"));
    QList<Revocation> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC() });
    return list;
}

} // namespace onewindow
