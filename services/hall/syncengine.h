// Ships the outbox to the hall and pulls the hall's events feed, never losing or doubling one.
#pragma once

#include "backoffpolicy.h"
#include "result.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace onewindow {

class HallClient;
class SyncStore;
struct HallResponse;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(HallClient &client, SyncStore &store, QString terminalId, QObject *parent = nullptr);

    // The audit chain head sent with every push, so the hall notices a cut-off audit tail.
    void setAuditHeadSource(std::function<QString()> source) { m_auditHead = std::move(source); }
    // The token of the live hall session of an event's actor ("staff:USERNAME"), or an empty
    // array (citizen events). The hall takes staff events only with their actor's token
    // (Authorization: Bearer), so a batch holds the events of one token. With a source, a staff
    // event whose actor has no token, or whose token the hall refused (401
    // staff_session_required), is not sent and not parked: it waits in the outbox, with the
    // later events of its case, until its actor signs in again and the source gives a new token.
    void setStaffTokenSource(std::function<QByteArray(const QString &actor)> source)
    {
        m_staffToken = std::move(source);
    }
    // Also sets how often a hall that cannot be reached is probed (BackoffPolicy::probeMs).
    void setBackoff(const BackoffPolicy &policy) { m_backoff = policy; }
    void setBatchSize(int size) { m_batchSize = qBound(1, size, 500); }
    // How often an idle engine looks for work (new events, the hall's feed).
    void setPollInterval(int ms) { m_pollMs = ms; }

    // Runs push then pull now; cycleFinished() follows. A cycle already running is not doubled.
    void syncNow();
    // Keeps syncing: after every cycle, waits the poll interval (or the backoff after a failure).
    void start();
    void stop();

    bool busy() const { return m_busy; }
    bool online() const { return m_online; }
    int consecutiveFailures() const { return m_failures; }
    // The schedule a running engine keeps: ms until the next full cycle and until the next
    // probe of an unreachable hall; -1 when none is due (busy, stopped, or no probe).
    int nextSyncInMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    int nextProbeInMs() const { return m_probe.isActive() ? m_probe.remainingTime() : -1; }

signals:
    // ok: the outbox is empty (or only parked events remain) and the feed is read to its end.
    void cycleFinished(bool ok, const QString &error);
    void onlineChanged(bool online);
    void feedApplied(int events);

private:
    void pushNext();
    void handlePush(const QStringList &ids, const QString &actor, const QByteArray &token,
        Result<HallResponse> result);
    // What a staff event is sent with: its actor's token; nullopt when its actor has no live
    // session here. Other events: the source's answer (empty).
    std::optional<QByteArray> credentialOf(const QString &actor) const;
    void pullNext(int round);
    void finishCycle(const Error *error);
    void setOnline(bool online);
    // GET /health while the hall is unreachable: its first answer starts a cycle at once.
    void probe();

    HallClient &m_client;
    SyncStore &m_store;
    QString m_terminalId;
    BackoffPolicy m_backoff;
    std::function<QString()> m_auditHead;
    std::function<QByteArray(const QString &)> m_staffToken;
    QSet<QByteArray> m_refusedTokens; // by the hall: never sent again
    QSet<QString> m_waitingActors; // this cycle's staff without a live session
    QString m_headInFlight;
    bool m_headOnlySent = false;
    QTimer m_timer;
    QTimer m_probe;
    bool m_probing = false; // a probe is on its way
    int m_batchSize = 500;
    int m_currentBatch = 500;
    int m_pollMs = 5000;
    int m_failures = 0;
    std::optional<int> m_retryAfter;
    bool m_busy = false;
    bool m_running = false;
    bool m_online = false;
};

} // namespace onewindow
