// The sync engine's tables: outbox (unsent events), parked events, inbox and feed cursor.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace onewindow {

class Database;
class FieldCipher;

struct OutboxEvent
{
    QString eventId;
    QString caseId;
    int seq = 0;
    QString type;
    QString at;
    QString actor;
    QJsonObject body;
};

struct ParkedEvent
{
    QString eventId;
    QString code;
    QString message;
    QString parkedAt;
};

struct SyncCounters
{
    int queueDepth = 0; // events
    // Applications filed here whose filing the hall has not received yet (parked ones aside):
    // what the kiosk tells the citizen is waiting to be sent.
    int waitingApplications = 0;
    int parked = 0;
    qint64 cursor = 0;
    QString lastSuccess;
    QString lastError;
};

class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    // With a cipher, event bodies (which carry applicants' data) are sealed at rest in the
    // outbox and inbox and opened only to be sent or applied.
    explicit SyncStore(Database &database, const FieldCipher *cipher = nullptr)
        : m_database(database)
        , m_cipher(cipher)
    { }

    // Adds an event to the outbox. Called inside the transaction of the change it records.
    Status append(const OutboxEvent &event);

    // Unsent, unparked events in the order they were made. Events of heldActors wait (their
    // staff session is gone), and so does every later event of their cases, which the hall
    // must not see before them.
    Result<QList<OutboxEvent>> pendingBatch(int limit, const QStringList &heldActors = {}) const;
    // All or nothing: on failure no event is marked sent.
    Status markSent(const QStringList &eventIds);
    Status park(const QString &eventId, const QString &code, const QString &message);
    // Puts a parked event back into the queue; false when it was not parked.
    Result<bool> unpark(const QString &eventId);
    Result<QList<ParkedEvent>> parkedEvents() const;

    // Stores pulled events (ignoring ones already stored) and moves the cursor, atomically.
    Status applyFeed(const QList<QJsonObject> &events, qint64 nextCursor);

    // Pulled events not yet applied to the local cases, oldest first (same shape as outbox
    // events), leaving out those that these consumers (a name for the set of parts that take
    // events here) already declined; markApplied or markDeclined is called in the transaction
    // that applies one.
    Result<QList<OutboxEvent>> unappliedInbox(int limit, const QString &consumers) const;
    Status markApplied(const QString &eventId);
    // Nothing here took the event: it stays in the inbox for other consumers (a back office
    // that starts later on the same database) instead of being lost.
    Status markDeclined(const QString &eventId, const QString &consumers);
    // Offers a case's declined events again (its filing was just taken in here).
    Status reofferCase(const QString &caseId);
    // Seals pulled events stored in clear (by an `onewindowctl sync now` that had no cipher, before
    // it was given one); SQL cannot encrypt, so the composition root calls this at start-up.
    // Idempotent. The outbox is append-only and was always sealed where a cipher was given.
    Status sealClearInbox();

    // Whether the case's filing (its `submitted` event) is in this terminal's outbox and the hall
    // has not acknowledged it yet. A case that came from the hall's feed has none here: false.
    Result<bool> filingUnsent(const QString &caseId) const;

    Status recordSuccess();
    Status recordError(const QString &message);
    Result<SyncCounters> counters() const;

    // The audit chain head the hall last acknowledged ("seq:mac"), so an unchanged head is
    // not sent again.
    QString auditHeadSent() const { return state(QStringLiteral("audit_head_sent")); }
    Status setAuditHeadSent(const QString &head)
    {
        return setState(QStringLiteral("audit_head_sent"), head);
    }

private:
    Status setState(const QString &key, const QString &value);
    QString state(const QString &key) const;

    Result<QByteArray> seal(
        const QJsonObject &body, const QString &table, const QString &eventId) const;
    Result<QJsonObject> open(
        const QByteArray &stored, const QString &table, const QString &eventId) const;

    Database &m_database;
    const FieldCipher *m_cipher = nullptr;
};

} // namespace onewindow
