#include "trustlist.h"

#include "citizenrecords.h"
#include "database.h"
#include "keyring.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {
QJsonArray describe(const KeyRing &ring)
{
    QJsonArray out;
    for (const KeyRing::Key &k : ring.keys())
        out.append(QJsonObject { { QStringLiteral("keyId"), k.keyId },
            { QStringLiteral("alg"), k.algorithm },
            { QStringLiteral("pem"), QString::fromLatin1(k.publicPem) } });
    return out;
}
} // namespace

TrustList::TrustList(Database &database, const KeyRing &publishers, const KeyRing &issuers,
    const CitizenRecords &records)
    : m_database(database)
    , m_publishers(publishers)
    , m_issuers(issuers)
    , m_records(records)
{ }

Result<QJsonObject> TrustList::document()
{
    auto revoked = m_records.revoked();
    if (!revoked)
        return revoked.error();
    QJsonObject doc { { QStringLiteral("publishers"), describe(m_publishers) },
        { QStringLiteral("issuers"), describe(m_issuers) },
        { QStringLiteral("revoked"), revoked.value() } };
    const QByteArray hash = QCryptographicHash::hash(
        QJsonDocument(doc).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                .toHex();
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT key, value FROM meta WHERE key IN ('trust_hash', 'trust_version')")))
        return Database::queryError(q, QStringLiteral("read the trust version"));
    QString storedHash;
    qint64 version = 0;
    while (q.next()) {
        if (q.value(0).toString() == u"trust_hash")
            storedHash = q.value(1).toString();
        else
            version = q.value(1).toLongLong();
    }
    if (storedHash != QLatin1String(hash)) {
        ++version;
        const Status s = m_database.transaction([&]() -> Status {
            QSqlQuery w(m_database.connection());
            w.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"));
            for (const auto &[key, value] :
                { QPair<QString, QString>(QStringLiteral("trust_hash"), QLatin1String(hash)),
                    QPair<QString, QString>(
                        QStringLiteral("trust_version"), QString::number(version)) }) {
                w.addBindValue(key);
                w.addBindValue(value);
                if (!w.exec())
                    return Database::queryError(w, QStringLiteral("store the trust version"));
            }
            return {};
        });
        if (!s)
            return s.error();
    }
    doc.insert(QStringLiteral("version"), version);
    return doc;
}

} // namespace onewindow::hall
