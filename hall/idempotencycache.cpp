#include "idempotencycache.h"

#include "database.h"
#include "halltime.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {
QByteArray requestHash(const QByteArray &route, const QByteArray &body)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(route);
    h.addData(QByteArrayView("\n", 1));
    h.addData(body);
    return h.result();
}
} // namespace

IdempotencyCache::IdempotencyCache(Database &database)
    : m_database(database)
{ }

Result<std::optional<HttpResponse>> IdempotencyCache::lookup(
    const QString &terminalId, const QString &key, const QByteArray &route, const QByteArray &body)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT body_hash, status, response FROM idempotency "
                             "WHERE terminal_id = ? AND key = ?"));
    q.addBindValue(terminalId);
    q.addBindValue(key);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up an idempotency key"));
    if (!q.next())
        return std::optional<HttpResponse> {};
    if (q.value(0).toByteArray() != requestHash(route, body))
        return std::optional<HttpResponse> { HttpResponse::error(409,
            QStringLiteral("idempotency_key_reused"),
            QStringLiteral("this Idempotency-Key was used before with a different request")) };
    HttpResponse replay;
    replay.status = q.value(1).toInt();
    replay.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    replay.headers.emplaceBack("Idempotent-Replayed", "true");
    replay.body = q.value(2).toByteArray();
    return std::optional<HttpResponse> { replay };
}

Status IdempotencyCache::remember(const QString &terminalId, const QString &key,
    const QByteArray &route, const QByteArray &body, const HttpResponse &response)
{
    if (response.status >= 500)
        return {};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(terminalId);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(route));
    q.addBindValue(requestHash(route, body));
    q.addBindValue(response.status);
    q.addBindValue(response.body);
    q.addBindValue(hallNowIso());
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store an idempotency key"));
    return {};
}

} // namespace onewindow::hall
