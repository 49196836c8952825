#include "kioskvisit.h"

namespace onewindow {

KioskVisit::KioskVisit(CitizenSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &CitizenSession::started, this, [this] {
        if (!m_wasOpen) {
            m_wasOpen = true;
            emit openChanged();
        }
    });
    connect(&m_session, &CitizenSession::ended, this, &KioskVisit::onSessionEnded);
}

void KioskVisit::hold(const QString &holder, bool holding)
{
    if (holding)
        m_holders.insert(holder);
    else
        m_holders.remove(holder);
    if (isOpen() != m_wasOpen) {
        m_wasOpen = isOpen();
        emit openChanged();
    }
}

void KioskVisit::end(CitizenSession::EndReason reason)
{
    if (!isOpen() || m_ending)
        return;
    if (m_session.isActive()) {
        m_session.end(reason); // comes back through onSessionEnded
        return;
    }
    onSessionEnded(reason);
}

void KioskVisit::onSessionEnded(CitizenSession::EndReason reason)
{
    // A card put in while someone's session runs replaces the person, not the visit's defaults:
    // the session's own holders forget them (CitizenSession::ended) and the new session goes on.
    if (reason == CitizenSession::EndReason::Replaced)
        return;
    m_ending = true;
    m_holders.clear();
    emit ended(reason);
    m_ending = false;
    // Holders that took something again while forgetting keep the visit open.
    if (isOpen() != m_wasOpen) {
        m_wasOpen = isOpen();
        emit openChanged();
    }
}

} // namespace onewindow
