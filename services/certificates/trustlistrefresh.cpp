#include "trustlistrefresh.h"

#include "certificatetruststore.h"
#include "hallclient.h"
#include "syncengine.h"
#include "trustdocument.h"

#include <QPointer>
#include <utility>

namespace onewindow {

TrustListRefresh::TrustListRefresh(
    HallClient *hall, CertificateTrustStore &trust, Clock clock, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_trust(trust)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

void TrustListRefresh::refresh(Done done)
{
    if (done)
        m_waiting.append(std::move(done));
    if (m_busy)
        return;
    if (!m_hall)
        return finish(Error { QStringLiteral("trust.hall_needed"),
            tr("This terminal is not connected to a hall (no hall address or certificate), so "
               "there is no trust list to fetch.") });
    m_busy = true;
    emit busyChanged();
    HallRequest request;
    request.path = QStringLiteral("/trust");
    // The answer can come after this object is gone (the terminal closing mid-request).
    m_hall->send(
        request, [this, guard = QPointer<TrustListRefresh>(this)](Result<HallResponse> response) {
            if (!guard)
                return;
            if (!response)
                return finish(HallClient::isTransient(response.error())
                        ? Error { QStringLiteral("trust.hall_unreachable"),
                            tr("The hall cannot be reached now (%1); the trust list in use "
                               "stays.")
                                .arg(response.error().message) }
                        : response.error());
            if (response->status != 200)
                return finish(Error { QStringLiteral("trust.hall_refused"),
                    tr("The hall did not send its trust list (HTTP %1); the trust list in use "
                       "stays.")
                        .arg(response->status) });
            auto document = TrustDocument::fromJson(response->body);
            if (!document)
                return finish(document.error());
            finish(m_trust.apply(document.value(), m_clock()));
        });
}

void TrustListRefresh::follow(SyncEngine &engine)
{
    connect(&engine, &SyncEngine::cycleFinished, this, [this](bool ok) {
        if (!ok || m_busy)
            return;
        auto snapshot = m_trust.snapshot();
        if (!snapshot)
            return;
        if (!snapshot->fetchedAt.isValid()
            || snapshot->fetchedAt.secsTo(m_clock()) > kRefreshAfterSeconds)
            refresh();
    });
}

void TrustListRefresh::finish(const Status &status)
{
    const bool wasBusy = m_busy;
    m_busy = false;
    if (wasBusy)
        emit busyChanged();
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done &done : waiting)
        done(status);
    emit finished(status.ok(), status ? QString() : status.error().message);
}

} // namespace onewindow
