// TrustListRefresh: fetches the hall's certificate trust list (GET /trust) into the terminal's
// trust store, when the administrator asks and after good sync cycles once the list is old.
#pragma once

#include "result.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

namespace onewindow {

class CertificateTrustStore;
class HallClient;
class SyncEngine;

class TrustListRefresh : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using Done = std::function<void(Status)>;
    // A list older than this is fetched again after the next good sync cycle.
    static constexpr qint64 kRefreshAfterSeconds = 6 * 3600;

    // hall may be null (not enrolled): refresh() then says the hall is needed.
    TrustListRefresh(HallClient *hall, CertificateTrustStore &trust, Clock clock = {},
        QObject *parent = nullptr);

    bool available() const { return m_hall != nullptr; }
    bool busy() const { return m_busy; }

    // GET /trust and store it with the time it was fetched; on failure the list in use stays.
    // A refresh already running is not doubled: done is called when it ends.
    void refresh(Done done = {});
    // Sync cycles push and pull events only, never /trust: without this, the trust list stayed
    // "never fetched" after any number of good syncs. After every good cycle, a list never
    // fetched or older than kRefreshAfterSeconds is fetched.
    void follow(SyncEngine &engine);

signals:
    void busyChanged();
    // After every refresh; error is empty when the list was stored.
    void finished(bool ok, const QString &error);

private:
    void finish(const Status &status);

    HallClient *m_hall;
    CertificateTrustStore &m_trust;
    Clock m_clock;
    bool m_busy = false;
    QList<Done> m_waiting;
};

} // namespace onewindow
