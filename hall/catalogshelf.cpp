#include "catalogshelf.h"

#include "database.h"
#include "ecsigner.h"
#include "halltime.h"
#include "keyring.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

CatalogShelf::CatalogShelf(Database &database)
    : m_database(database)
{ }

int CatalogShelf::compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    // A missing part counts as 0: "2026.11" is "2026.11.0".
    const QString zero = QStringLiteral("0");
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const QString partA = pa.value(i, zero), partB = pb.value(i, zero);
        bool okA = false, okB = false;
        const qlonglong na = partA.toLongLong(&okA);
        const qlonglong nb = partB.toLongLong(&okB);
        if (okA && okB) {
            if (na != nb)
                return na < nb ? -1 : 1;
        } else if (const int c = partA.compare(partB); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

Status CatalogShelf::load(
    const QString &catalogPath, const QString &signaturePath, const KeyRing &publishers)
{
    QFile file(catalogPath), sigFile(signaturePath);
    if (!file.open(QIODevice::ReadOnly) || !sigFile.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("catalog.unreadable"),
            QStringLiteral("cannot read %1 or %2").arg(catalogPath, signaturePath) };
    const QByteArray bytes = file.readAll();
    const QByteArray signature = sigFile.readAll().trimmed();
    const QJsonObject catalog = QJsonDocument::fromJson(bytes).object();
    const QString version = catalog.value(u"catalogVersion").toString();
    const QString keyId = catalog.value(u"publisherKeyId").toString();
    if (version.isEmpty() || keyId.isEmpty())
        return Error { QStringLiteral("catalog.malformed"),
            QStringLiteral("%1 has no catalogVersion or publisherKeyId").arg(catalogPath) };
    if (const KeyRing::Key *key = publishers.find(keyId)) {
        if (!EcSigner::verify(
                key->pkey.get(), key->algorithm, bytes, QByteArray::fromBase64(signature)))
            return Error { QStringLiteral("catalog.bad_signature"),
                QStringLiteral("the signature of %1 does not verify with %2")
                    .arg(catalogPath, keyId) };
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO catalogs VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(keyId);
    q.addBindValue(bytes);
    q.addBindValue(QString::fromLatin1(signature));
    q.addBindValue(hallNowIso());
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a catalog"));
    return {};
}

Result<std::optional<QJsonObject>> CatalogShelf::newerThan(const QString &since) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT version FROM catalogs")))
        return Database::queryError(q, QStringLiteral("list catalogs"));
    QString newest;
    while (q.next())
        if (newest.isEmpty() || compareVersions(q.value(0).toString(), newest) > 0)
            newest = q.value(0).toString();
    if (newest.isEmpty() || (!since.isEmpty() && compareVersions(newest, since) <= 0))
        return std::optional<QJsonObject> {};
    q.prepare(
        QStringLiteral("SELECT publisher_key_id, file, signature FROM catalogs WHERE version = ?"));
    q.addBindValue(newest);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("read a catalog"));
    const QByteArray bytes = q.value(1).toByteArray();
    return std::optional<QJsonObject> { QJsonObject { { QStringLiteral("catalogVersion"), newest },
        { QStringLiteral("publisherKeyId"), q.value(0).toString() },
        { QStringLiteral("file"), QString::fromLatin1(bytes.toBase64()) },
        { QStringLiteral("signature"), q.value(2).toString() },
        { QStringLiteral("sha256"),
            QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) } } };
}

} // namespace onewindow::hall
