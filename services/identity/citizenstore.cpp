#include "citizenstore.h"

#include "database.h"
#include "fieldcipher.h"
#include "residentid.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace onewindow {

namespace {
const QString kTable = QStringLiteral("citizens");
const QString kLookupKind = QStringLiteral("resident_id");
} // namespace

CitizenStore::CitizenStore(Database &database, const FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

Result<QString> CitizenStore::remember(const ResidentId &id, const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Error { QStringLiteral("identity.bad_name"), tr("A name has 1 to 100 characters.") };
    auto existing = findByIdNumber(id);
    if (!existing)
        return existing.error();
    const QString citizenId = existing.value() ? existing.value()->citizenId
                                               : QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto sealedId = m_cipher.encrypt(
        id.number().toUtf8(), { kTable, QStringLiteral("id_number"), citizenId });
    auto sealedName
        = m_cipher.encrypt(name.trimmed().toUtf8(), { kTable, QStringLiteral("name"), citizenId });
    if (!sealedId)
        return sealedId.error();
    if (!sealedName)
        return sealedName.error();
    Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO citizens (citizen_id, id_hash, id_number, name, created_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (citizen_id) DO UPDATE SET name = excluded.name"));
        q.addBindValue(citizenId);
        q.addBindValue(m_cipher.lookupHash(kLookupKind, id.number()));
        q.addBindValue(sealedId.value());
        q.addBindValue(sealedName.value());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return q.exec() ? Status() : Database::queryError(q, QStringLiteral("store citizen"));
    });
    if (!stored)
        return stored.error();
    return citizenId;
}

Result<std::optional<Citizen>> CitizenStore::findByIdNumber(const ResidentId &id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT citizen_id, id_number, name FROM citizens WHERE id_hash = ?"));
    q.addBindValue(m_cipher.lookupHash(kLookupKind, id.number()));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find citizen"));
    if (!q.next())
        return std::optional<Citizen>();
    const QString citizenId = q.value(0).toString();
    auto number = m_cipher.decrypt(
        q.value(1).toByteArray(), { kTable, QStringLiteral("id_number"), citizenId });
    if (!number)
        return number.error();
    auto name
        = m_cipher.decrypt(q.value(2).toByteArray(), { kTable, QStringLiteral("name"), citizenId });
    if (!name)
        return name.error();
    return std::optional<Citizen>(
        Citizen { citizenId, QString::fromUtf8(number.value()), QString::fromUtf8(name.value()) });
}

} // namespace onewindow
