#include "syncengine.h"

#include "feedpage.h"
#include "hallclient.h"
#include "pushanswer.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "onewindow.sync", QtInfoMsg)

namespace onewindow {

namespace {
// Namespace for the batch idempotency keys: the same events give the same key on a retry.
const QUuid kBatchNamespace(QStringLiteral("{6f1c0a52-3a55-4c4e-9d0f-0a1e5d8f2b11}"));
constexpr int kMaxPullRounds = 50;
} // namespace

SyncEngine::SyncEngine(HallClient &client, SyncStore &store, QString terminalId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_terminalId(std::move(terminalId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &SyncEngine::probe);
}

void SyncEngine::start()
{
    m_running = true;
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
    m_probe.stop();
}

void SyncEngine::syncNow()
{
    if (m_busy)
        return;
    m_timer.stop();
    m_probe.stop();
    m_busy = true;
    m_headOnlySent = false;
    m_currentBatch = m_batchSize;
    m_waitingActors.clear(); // someone may have signed in since
    pushNext();
}

void SyncEngine::pushNext()
{
    auto batch = m_store.pendingBatch(
        m_currentBatch, QStringList(m_waitingActors.cbegin(), m_waitingActors.cend()));
    if (!batch) {
        finishCycle(&batch.error());
        return;
    }
    // Its actor's events wait for them to sign in again; look again without them.
    const std::optional<QByteArray> token
        = batch->isEmpty() ? QByteArray() : credentialOf(batch->first().actor);
    if (!token) {
        m_waitingActors.insert(batch->first().actor);
        pushNext();
        return;
    }
    // The audit chain's head goes to the hall with every sync, even one without events:
    // a tail cut off the terminal's audit log afterwards then shows at the hall.
    m_headInFlight = m_auditHead ? m_auditHead() : QString();
    // At most one head-only batch per cycle: a head that moves on while we sync must not keep
    // the cycle going.
    if (batch->isEmpty()
        && (m_headInFlight.isEmpty() || m_headOnlySent
            || m_headInFlight == m_store.auditHeadSent())) {
        pullNext(0);
        return;
    }
    if (batch->isEmpty())
        m_headOnlySent = true;
    // The batch ends where the next event needs another staff session's token (or has none).
    qsizetype take = batch->size();
    if (m_staffToken)
        for (qsizetype i = 1; i < batch->size() && take == batch->size(); ++i)
            if (credentialOf(batch->at(i).actor) != token)
                take = i;
    QJsonArray events;
    QStringList ids;
    for (const OutboxEvent &e : batch->first(take)) {
        ids << e.eventId;
        events.append(QJsonObject { { QStringLiteral("eventId"), e.eventId },
            { QStringLiteral("caseId"), e.caseId }, { QStringLiteral("seq"), e.seq },
            { QStringLiteral("type"), e.type }, { QStringLiteral("at"), e.at },
            { QStringLiteral("actor"), e.actor }, { QStringLiteral("body"), e.body } });
    }
    QJsonObject body { { QStringLiteral("terminalId"), m_terminalId },
        { QStringLiteral("events"), events } };
    if (!m_headInFlight.isEmpty())
        body.insert(QStringLiteral("auditHead"), m_headInFlight);
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/events:batch");
    request.body = QJsonDocument(body);
    request.bearerToken = *token;
    // Events are the idempotency unit; a batch of none carries only the audit head.
    const QString keySource = ids.isEmpty() ? QStringLiteral("audit-head:") + m_headInFlight
                                            : ids.join(QLatin1Char(','));
    request.idempotencyKey
        = QUuid::createUuidV5(kBatchNamespace, keySource).toString(QUuid::WithoutBraces);
    const QString actor = batch->isEmpty() ? QString() : batch->first().actor;
    m_client.send(request, [this, ids, actor, token = *token](Result<HallResponse> result) {
        handlePush(ids, actor, token, std::move(result));
    });
}

std::optional<QByteArray> SyncEngine::credentialOf(const QString &actor) const
{
    if (!m_staffToken)
        return QByteArray();
    const QByteArray token = m_staffToken(actor);
    if (!actor.startsWith(QLatin1String("staff:")))
        return token;
    if (token.isEmpty() || m_refusedTokens.contains(token))
        return std::nullopt;
    return token;
}

void SyncEngine::handlePush(const QStringList &ids, const QString &actor, const QByteArray &token,
    Result<HallResponse> result)
{
    if (!result) {
        if (HallClient::isTransient(result.error()))
            setOnline(false);
        finishCycle(&result.error());
        return;
    }
    const HallResponse &response = result.value();
    if (response.status >= 500 || response.status == 429) {
        m_retryAfter = response.retryAfterSeconds;
        const Error e { QStringLiteral("hall.server_error"),
            tr("The hall had a problem (HTTP %1); the terminal tries again later.")
                .arg(response.status) };
        finishCycle(&e);
        return;
    }
    setOnline(true);
    if (response.status >= 400) {
        // A refusal of the whole batch: find the event it is about by sending one at a time.
        if (ids.size() > 1) {
            m_currentBatch = 1;
            pushNext();
            return;
        }
        // The staff member's hall session is gone (expired, or never opened): a matter for
        // them to sign in again, not for a person to look at.
        if (response.status == 401 && actor.startsWith(QLatin1String("staff:"))
            && response.body.object().value(QLatin1String("code")).toString()
                == QLatin1String("staff_session_required")) {
            if (!token.isEmpty())
                m_refusedTokens.insert(token);
            m_waitingActors.insert(actor);
            pushNext();
            return;
        }
        const PushAnswer::Rejection r
            = PushAnswer::refusal(ids.first(), response.status, response.body);
        if (Status s = m_store.park(r.eventId, r.code, r.message); !s) {
            finishCycle(&s.error());
            return;
        }
        pushNext();
        return;
    }
    const auto answer = PushAnswer::fromJson(response.body, ids);
    if (!answer) {
        finishCycle(&answer.error());
        return;
    }
    if (Status s = m_store.markSent(answer->acked); !s) {
        finishCycle(&s.error());
        return;
    }
    for (const PushAnswer::Rejection &r : answer->rejected) {
        if (Status s = m_store.park(r.eventId, r.code, r.message); !s) {
            finishCycle(&s.error());
            return;
        }
    }
    if (!m_headInFlight.isEmpty())
        if (Status s = m_store.setAuditHeadSent(m_headInFlight); !s) {
            finishCycle(&s.error());
            return;
        }
    m_currentBatch = m_batchSize;
    pushNext();
}

void SyncEngine::pullNext(int round)
{
    auto counters = m_store.counters();
    if (!counters) {
        finishCycle(&counters.error());
        return;
    }
    const qint64 cursor = counters->cursor;
    HallRequest request;
    request.path = QStringLiteral("/events?cursor=%1&limit=500").arg(cursor);
    m_client.send(request, [this, cursor, round](Result<HallResponse> result) {
        if (!result) {
            if (HallClient::isTransient(result.error()))
                setOnline(false);
            finishCycle(&result.error());
            return;
        }
        if (result->status != 200) {
            m_retryAfter = result->retryAfterSeconds;
            const Error e { QStringLiteral("hall.server_error"),
                tr("The hall could not send its events (HTTP %1); the terminal tries "
                   "again later.")
                    .arg(result->status) };
            finishCycle(&e);
            return;
        }
        setOnline(true);
        const auto page = FeedPage::fromJson(result->body, cursor);
        if (!page) {
            finishCycle(&page.error());
            return;
        }
        const QList<QJsonObject> &events = page->events;
        const qint64 nextCursor = page->nextCursor;
        if (Status s = m_store.applyFeed(events, nextCursor); !s) {
            finishCycle(&s.error());
            return;
        }
        if (!events.isEmpty())
            emit feedApplied(int(events.size()));
        if (!events.isEmpty() && nextCursor > cursor && round + 1 < kMaxPullRounds)
            pullNext(round + 1);
        else
            finishCycle(nullptr);
    });
}

void SyncEngine::finishCycle(const Error *error)
{
    m_busy = false;
    RetryPlan plan { m_pollMs, 0 };
    if (error) {
        ++m_failures;
        // The message names what failed, never whose data: safe for the log.
        qCWarning(lcSync) << "sync failed:" << error->code;
        if (Status s = m_store.recordError(error->message); !s)
            qCWarning(lcSync) << "cannot record the sync error:" << s.error().code;
        // No answer at all: the backoff grows, and a probe watches for the hall's return so
        // that what waits goes out within seconds of it, not after the backoff's minute.
        const bool unreachable = error->code == QLatin1String("hall.unreachable")
            || error->code == QLatin1String("hall.timeout");
        plan = m_backoff.afterFailure(m_failures, unreachable, m_retryAfter);
    } else {
        m_failures = 0;
        if (Status s = m_store.recordSuccess(); !s)
            qCWarning(lcSync) << "cannot record the sync success:" << s.error().code;
    }
    m_retryAfter.reset();
    if (m_running) {
        m_timer.start(plan.syncInMs);
        if (plan.probeInMs > 0)
            m_probe.start(plan.probeInMs);
    }
    emit cycleFinished(error == nullptr, error ? error->message : QString());
}

void SyncEngine::probe()
{
    if (!m_running || m_busy)
        return;
    // The last probe still waits for its answer (a hall that times out): look again later.
    if (m_probing) {
        m_probe.start(m_backoff.probeMs());
        return;
    }
    m_probing = true;
    HallRequest request;
    request.path = QStringLiteral("/health");
    m_client.send(request, [this, guard = QPointer<SyncEngine>(this)](Result<HallResponse> result) {
        if (!guard)
            return;
        m_probing = false;
        // A cycle started meanwhile (or the engine stopped): its end plans what follows.
        if (!m_running || m_busy)
            return;
        // Any answer but a server error: the hall is there again.
        if (result && result->status < 500) {
            qCInfo(lcSync) << "the hall answers again: sync now";
            syncNow();
            return;
        }
        const int next = m_backoff.probeDelayMs();
        if (!m_timer.isActive() || next < m_timer.remainingTime())
            m_probe.start(next);
    });
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace onewindow
