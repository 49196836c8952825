// The terminal's link to the online service hall as the screens show it: online or not, and
// what is still waiting to go out.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

namespace onewindow {
class SyncEngine;
class SyncStore;
} // namespace onewindow

class HallStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // From start-up until the first sync cycle ends the terminal is neither: "offline" on the
    // first screen would be wrong whenever the hall is there.
    Q_PROPERTY(bool connecting READ connecting NOTIFY connectingChanged)
    // Not online and not still trying the first time: what is filed now waits at this terminal
    // (also where no hall is configured yet).
    Q_PROPERTY(bool away READ away NOTIFY awayChanged)
    Q_PROPERTY(int queueDepth READ queueDepth NOTIFY countersChanged)
    // Applications filed here that the hall has not received yet: the kiosk footer's count.
    Q_PROPERTY(int waitingApplications READ waitingApplications NOTIFY countersChanged)
    Q_PROPERTY(int parked READ parked NOTIFY countersChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY countersChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY countersChanged)
public:
    // engine and store are null on a terminal that has no hall configured (yet).
    HallStatus(
        onewindow::SyncStore *store, onewindow::SyncEngine *engine, QObject *parent = nullptr);

    bool configured() const { return m_engine != nullptr; }
    bool online() const;
    bool connecting() const { return m_engine && !m_contacted; }
    bool away() const { return !online() && !connecting(); }
    int queueDepth() const { return m_queueDepth; }
    int waitingApplications() const { return m_waitingApplications; }
    int parked() const { return m_parked; }
    QString lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }

    // Re-reads the counters; called after each sync cycle and by a slow timer.
    void refresh();

signals:
    void onlineChanged();
    void connectingChanged();
    void awayChanged();
    void countersChanged();

private:
    onewindow::SyncStore *m_store;
    onewindow::SyncEngine *m_engine;
    QTimer m_refresh;
    bool m_contacted = false; // a sync cycle has ended, well or not
    int m_queueDepth = 0;
    int m_waitingApplications = 0;
    int m_parked = 0;
    QString m_lastSuccess;
    QString m_lastError;
};
