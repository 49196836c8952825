#include "hallstatus.h"

#include "syncengine.h"
#include "syncstore.h"

using namespace onewindow;

HallStatus::HallStatus(SyncStore *store, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    if (m_engine) {
        connect(m_engine, &SyncEngine::onlineChanged, this, [this] {
            emit onlineChanged();
            emit awayChanged();
        });
        connect(m_engine, &SyncEngine::cycleFinished, this, [this] {
            if (!m_contacted) {
                m_contacted = true;
                emit connectingChanged();
                emit awayChanged();
            }
            refresh();
        });
    }
    // Cases are filed between cycles too; the queue depth follows within seconds.
    m_refresh.setInterval(5000);
    connect(&m_refresh, &QTimer::timeout, this, &HallStatus::refresh);
    if (m_store)
        m_refresh.start();
    refresh();
}

bool HallStatus::online() const { return m_engine && m_engine->online(); }

void HallStatus::refresh()
{
    if (!m_store)
        return;
    const auto counters = m_store->counters();
    if (!counters)
        return;
    if (counters->queueDepth == m_queueDepth && counters->parked == m_parked
        && counters->waitingApplications == m_waitingApplications
        && counters->lastSuccess == m_lastSuccess && counters->lastError == m_lastError)
        return;
    m_queueDepth = counters->queueDepth;
    m_waitingApplications = counters->waitingApplications;
    m_parked = counters->parked;
    m_lastSuccess = counters->lastSuccess;
    m_lastError = counters->lastError;
    emit countersChanged();
}
