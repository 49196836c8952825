// The citizen at the kiosk, for the identification page and the session banner: identifies by
// ID card or typed number, counts down inactivity while the visit is open (KioskVisit), and ends
// it with everything in it: the session, the pages, the language and mode chosen.
#pragma once

#include "citizensession.h"
#include "kioskvisit.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>

namespace onewindow {
class CardReader;
}
class LanguageSwitcher;
class UiPreferences;

class CitizenDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY sessionChanged)
    // "张** (4401**********1235)": who the terminal thinks it serves, masked.
    Q_PROPERTY(QString banner READ banner NOTIFY sessionChanged)
    Q_PROPERTY(bool onBehalf READ onBehalf NOTIFY sessionChanged)
    Q_PROPERTY(QString principalBanner READ principalBanner NOTIFY sessionChanged)
    Q_PROPERTY(bool identifiedByCard READ identifiedByCard NOTIFY sessionChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString farewell READ farewell NOTIFY farewellChanged)
    // The session ended with the citizen's card still in a reader: remind them to take it.
    Q_PROPERTY(bool takeCardReminder READ takeCardReminder NOTIFY farewellChanged)
    // Something personal or unfinished is on the screen: the idle countdown runs.
    Q_PROPERTY(bool visitOpen READ visitOpen NOTIFY countdownChanged)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds NOTIFY timeoutChanged)
    // Seconds until the session ends; the page shows a countdown when warning is true.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY countdownChanged)
    Q_PROPERTY(bool cardReaderReady READ cardReaderReady NOTIFY cardReaderChanged)
public:
    static constexpr int kDefaultTimeoutSeconds = 90;
    static constexpr int kElderlyTimeoutSeconds = 300;
    static constexpr int kWarningSeconds = 15;
    // How long the goodbye stays on the home page (a card left in a reader stays reminded of).
    static constexpr int kFarewellSeconds = 20;

    CitizenDesk(onewindow::CitizenSession &session, onewindow::KioskVisit &visit,
        int timeoutSeconds = kDefaultTimeoutSeconds, QObject *parent = nullptr);
    ~CitizenDesk() override;

    // The ID card reader; removing the card ends the session it started.
    void setCardReader(onewindow::CardReader *reader);
    // The social security card reader (社保卡 identifies too); the same rule on removal.
    void setSocialSecurityCardReader(onewindow::CardReader *reader);
    // The language and mode the citizen may choose: a choice other than the terminal's default
    // keeps the visit open, and the end of the visit puts both back.
    void setPreferences(UiPreferences *preferences, LanguageSwitcher *languages);

    bool active() const { return m_session.isActive(); }
    QString banner() const;
    bool onBehalf() const { return m_session.principal().has_value(); }
    QString principalBanner() const;
    bool identifiedByCard() const;
    QString problem() const { return m_problem; }
    QString farewell() const { return m_farewell; }
    bool takeCardReminder() const { return m_takeCardReminder; }
    bool visitOpen() const { return m_visit.isOpen(); }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    int secondsLeft() const;
    bool warning() const { return visitOpen() && secondsLeft() <= kWarningSeconds; }
    bool cardReaderReady() const { return m_cardReaderReady; }

    // Elderly mode: no time pressure, so a much longer timeout.
    Q_INVOKABLE void setElderly(bool elderly);
    // What is wrong with an ID number so far (empty while it can still become valid).
    Q_INVOKABLE QString idNumberHint(const QString &partial) const;
    Q_INVOKABLE bool identify(const QString &idNumber, const QString &name);
    Q_INVOKABLE bool identifyPrincipal(const QString &idNumber, const QString &name, bool consent);
    Q_INVOKABLE void forMyself();
    // Any touch or key press: the citizen is still there.
    Q_INVOKABLE void stayActive();
    // The "finish" button.
    Q_INVOKABLE void finish();
    // The page stack left (or came back to) the home page: a page left open is a visit in
    // progress, whatever it shows.
    Q_INVOKABLE void setPageOpen(bool open);
    Q_INVOKABLE void clearFarewell();
    // Ends the session when the citizen has been away too long; a timer calls it, tests call it.
    void checkIdle();
    // Tests move time on without waiting.
    void setIdleForTesting(int seconds);

signals:
    void sessionChanged();
    void problemChanged();
    void farewellChanged();
    void timeoutChanged();
    void countdownChanged();
    void cardReaderChanged();
    // The visit is over (or a new card replaced the citizen): pages go home and forget
    // everything.
    void sessionEnded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setProblem(const QString &problem);
    void onEnded(onewindow::CitizenSession::EndReason reason);
    void onVisitOpenChanged();
    void holdPreferences();
    bool cardInAReader() const { return m_idCardIn || m_socialSecurityCardIn; }

    onewindow::CitizenSession &m_session;
    onewindow::KioskVisit &m_visit;
    void watchReader(onewindow::CardReader *reader);

    QPointer<onewindow::CardReader> m_reader;
    QPointer<onewindow::CardReader> m_socialSecurityReader;
    QElapsedTimer m_lastActivity;
    qint64 m_idleOffsetMs = 0;
    QTimer m_tick;
    QTimer m_farewellTimer;
    int m_baseTimeoutSeconds;
    int m_timeoutSeconds;
    QString m_problem;
    QString m_farewell;
    bool m_takeCardReminder = false;
    bool m_idCardIn = false;
    bool m_socialSecurityCardIn = false;
    bool m_cardReaderReady = false;
    QPointer<UiPreferences> m_preferences;
    QPointer<LanguageSwitcher> m_languages;
};
