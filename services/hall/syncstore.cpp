#include "syncstore.h"

#include "database.h"
#include "fieldcipher.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow {

namespace {
const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
}

Result<QByteArray> SyncStore::seal(
    const QJsonObject &body, const QString &table, const QString &eventId) const
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!m_cipher)
        return json;
    return m_cipher->encrypt(json, { table, QStringLiteral("body"), eventId });
}

Result<QJsonObject> SyncStore::open(
    const QByteArray &stored, const QString &table, const QString &eventId) const
{
    QByteArray json = stored;
    // Rows written before sealing (or without a cipher) are plain JSON, which never starts
    // with a sealed value's version byte.
    if (FieldCipher::keyIdOf(stored) != 0) {
        if (!m_cipher)
            return Error { QStringLiteral("sync.sealed_event"),
                tr("An event is sealed and this program was started without the data key.") };
        auto opened = m_cipher->decrypt(stored, { table, QStringLiteral("body"), eventId });
        if (!opened)
            return opened.error();
        json = opened.value();
    }
    return QJsonDocument::fromJson(json).object();
}

Status SyncStore::append(const OutboxEvent &event)
{
    auto body = seal(event.body, QStringLiteral("events"), event.eventId);
    if (!body)
        return body.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO events(event_id, case_id, seq, type, at, actor, body) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.eventId);
    q.addBindValue(event.caseId);
    q.addBindValue(event.seq);
    q.addBindValue(event.type);
    q.addBindValue(event.at);
    q.addBindValue(event.actor);
    q.addBindValue(body.value());
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("append event"));
    return {};
}

Result<QList<OutboxEvent>> SyncStore::pendingBatch(int limit, const QStringList &heldActors) const
{
    QString held;
    if (!heldActors.isEmpty()) {
        QStringList marks(heldActors.size(), QStringLiteral("?"));
        held = QStringLiteral(
            " AND NOT EXISTS (SELECT 1 FROM events h WHERE h.sent_at IS NULL "
            "AND h.case_id = e.case_id AND h.rowid <= e.rowid AND h.actor IN (%1) AND NOT EXISTS "
            "(SELECT 1 FROM parked_events p WHERE p.event_id = h.event_id))")
                   .arg(marks.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT e.event_id, e.case_id, e.seq, e.type, e.at, e.actor, e.body FROM events e "
        "WHERE e.sent_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM parked_events p WHERE p.event_id = e.event_id)%1 "
        "ORDER BY e.rowid LIMIT ?")
                  .arg(held));
    for (const QString &actor : heldActors)
        q.addBindValue(actor);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read outbox"));
    QList<OutboxEvent> events;
    while (q.next()) {
        OutboxEvent e { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), {} };
        auto body = open(q.value(6).toByteArray(), QStringLiteral("events"), e.eventId);
        if (!body)
            return body.error();
        e.body = body.value();
        events.append(e);
    }
    return events;
}

Status SyncStore::markSent(const QStringList &eventIds)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(
            QStringLiteral("UPDATE events SET sent_at = %1 WHERE event_id = ? AND sent_at IS NULL")
                .arg(kNow));
        for (const QString &id : eventIds) {
            q.addBindValue(id);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("mark sent"));
        }
        return {};
    });
}

Status SyncStore::park(const QString &eventId, const QString &code, const QString &message)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO parked_events(event_id, code, message, parked_at) "
                             "VALUES (?, ?, ?, %1) ON CONFLICT(event_id) DO UPDATE SET "
                             "code = excluded.code, message = excluded.message")
                  .arg(kNow));
    q.addBindValue(eventId);
    q.addBindValue(code.left(64));
    q.addBindValue(message.left(500));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("park event"));
    return {};
}

Result<bool> SyncStore::unpark(const QString &eventId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM parked_events WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("retry event"));
    return q.numRowsAffected() > 0;
}

Result<QList<ParkedEvent>> SyncStore::parkedEvents() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT event_id, code, message, parked_at FROM parked_events ORDER BY parked_at")))
        return Database::queryError(q, QStringLiteral("read parked events"));
    QList<ParkedEvent> parked;
    while (q.next())
        parked.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() });
    return parked;
}

Status SyncStore::applyFeed(const QList<QJsonObject> &events, qint64 nextCursor)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO inbox_events(event_id, case_id, seq, type, at, actor, body, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, %1) ON CONFLICT(event_id) DO NOTHING")
                      .arg(kNow));
        for (const QJsonObject &e : events) {
            q.addBindValue(e.value(QStringLiteral("eventId")).toString());
            q.addBindValue(e.value(QStringLiteral("caseId")).toString());
            q.addBindValue(e.value(QStringLiteral("seq")).toInt());
            q.addBindValue(e.value(QStringLiteral("type")).toString());
            q.addBindValue(e.value(QStringLiteral("at")).toString());
            q.addBindValue(e.value(QStringLiteral("actor")).toString());
            auto body = seal(e.value(QStringLiteral("body")).toObject(),
                QStringLiteral("inbox_events"), e.value(QStringLiteral("eventId")).toString());
            if (!body)
                return body.error();
            q.addBindValue(body.value());
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store pulled event"));
        }
        return setState(QStringLiteral("feed.cursor"), QString::number(nextCursor));
    });
}

Result<QList<OutboxEvent>> SyncStore::unappliedInbox(int limit, const QString &consumers) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT event_id, case_id, seq, type, at, actor, body FROM inbox_events "
                       "WHERE applied_at IS NULL AND (declined_by IS NULL OR declined_by <> ?) "
                       "ORDER BY rowid LIMIT ?"));
    q.addBindValue(consumers);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read inbox"));
    QList<OutboxEvent> events;
    while (q.next()) {
        OutboxEvent e { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), {} };
        auto body = open(q.value(6).toByteArray(), QStringLiteral("inbox_events"), e.eventId);
        if (!body)
            return body.error();
        e.body = body.value();
        events.append(e);
    }
    return events;
}

Status SyncStore::markApplied(const QString &eventId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE inbox_events SET applied_at = %1 WHERE event_id = ?").arg(kNow));
    q.addBindValue(eventId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark applied"));
    return {};
}

Status SyncStore::markDeclined(const QString &eventId, const QString &consumers)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE inbox_events SET declined_by = ? WHERE event_id = ?"));
    q.addBindValue(consumers);
    q.addBindValue(eventId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark declined"));
    return {};
}

Status SyncStore::reofferCase(const QString &caseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE inbox_events SET declined_by = NULL "
                             "WHERE case_id = ? AND applied_at IS NULL"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("offer again"));
    return {};
}

Status SyncStore::sealClearInbox()
{
    if (!m_cipher)
        return {};
    return m_database.transaction([&]() -> Status {
        // A clear body is JSON text ("{…"); a sealed one starts with its version byte.
        QSqlQuery read(m_database.connection());
        if (!read.exec(QStringLiteral(
                "SELECT event_id, body FROM inbox_events WHERE hex(substr(body, 1, 1)) = '7B'")))
            return Database::queryError(read, QStringLiteral("find clear pulled events"));
        QSqlQuery write(m_database.connection());
        write.prepare(QStringLiteral("UPDATE inbox_events SET body = ? WHERE event_id = ?"));
        while (read.next()) {
            const QString eventId = read.value(0).toString();
            auto sealed = m_cipher->encrypt(read.value(1).toByteArray(),
                { QStringLiteral("inbox_events"), QStringLiteral("body"), eventId });
            if (!sealed)
                return sealed.error();
            write.addBindValue(sealed.value());
            write.addBindValue(eventId);
            if (!write.exec())
                return Database::queryError(write, QStringLiteral("seal pulled event"));
        }
        return {};
    });
}

Status SyncStore::recordSuccess()
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1").arg(kNow)) || !q.next())
        return Database::queryError(q, QStringLiteral("clock"));
    if (Status s = setState(QStringLiteral("last.success"), q.value(0).toString()); !s)
        return s;
    return setState(QStringLiteral("last.error"), QStringLiteral(""));
}

Status SyncStore::recordError(const QString &message)
{
    return setState(QStringLiteral("last.error"), message.left(500));
}

Result<SyncCounters> SyncStore::counters() const
{
    SyncCounters c;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM events e WHERE e.sent_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM parked_events p WHERE p.event_id = e.event_id)), "
            "(SELECT count(*) FROM parked_events), "
            // An application of several items files one case each: counted once, by its group.
            "(SELECT count(DISTINCT c.group_id) FROM events e JOIN cases c ON c.case_id = "
            "e.case_id WHERE e.type = 'submitted' AND e.sent_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM parked_events p WHERE p.event_id = e.event_id))"))
        || !q.next())
        return Database::queryError(q, QStringLiteral("count outbox"));
    c.queueDepth = q.value(0).toInt();
    c.parked = q.value(1).toInt();
    c.waitingApplications = q.value(2).toInt();
    c.cursor = state(QStringLiteral("feed.cursor")).toLongLong();
    c.lastSuccess = state(QStringLiteral("last.success"));
    c.lastError = state(QStringLiteral("last.error"));
    return c;
}

Result<bool> SyncStore::filingUnsent(const QString &caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events WHERE case_id = ? "
                             "AND type = 'submitted' AND sent_at IS NULL)"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("read filing state"));
    return q.value(0).toBool();
}

Status SyncStore::setState(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("save sync state"));
    return {};
}

QString SyncStore::state(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace onewindow
