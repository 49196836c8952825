// One person's turn at the kiosk: from the first thing on the screen that the next person must not
// see (an identified citizen, a case's progress, a language or mode they chose, a page left open)
// to the moment the terminal is back to its home page and defaults. While a visit is open the
// idle countdown runs; when it ends, the session ends and every holder forgets what it shows.
#pragma once

#include "citizensession.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace onewindow {

class KioskVisit : public QObject
{
    Q_OBJECT
public:
    explicit KioskVisit(CitizenSession &session, QObject *parent = nullptr);

    // A holder (a page's model, by a name of its own) shows something personal or unfinished
    // (holding true), or no longer does. Holding opens the visit.
    void hold(const QString &holder, bool holding);
    bool isHeldBy(const QString &holder) const { return m_holders.contains(holder); }
    // An identified citizen, or anything held.
    bool isOpen() const { return m_session.isActive() || !m_holders.isEmpty(); }
    // Ends the visit (and the citizen's session with the same reason); ended() goes out even
    // when nobody was identified, so that every holder forgets. Nothing when nothing was open.
    void end(CitizenSession::EndReason reason);

signals:
    void openChanged();
    // Everything of this visit goes now: pages home, language and mode back to the defaults.
    void ended(onewindow::CitizenSession::EndReason reason);

private:
    void onSessionEnded(CitizenSession::EndReason reason);

    CitizenSession &m_session;
    QSet<QString> m_holders;
    bool m_wasOpen = false;
    bool m_ending = false;
};

} // namespace onewindow
