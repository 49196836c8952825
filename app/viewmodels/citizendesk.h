// The citizen at the kiosk, for the identification page and the session banner: identifies by
// ID card or typed number, counts down inactivity, and ends the session with everything in it.
#pragma once

#include "citizensession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>

namespace onewindow {
class CardReader;
}

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
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds NOTIFY timeoutChanged)
    // Seconds until the session ends; the page shows a countdown when warning is true.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY countdownChanged)
    Q_PROPERTY(bool cardReaderReady READ cardReaderReady NOTIFY cardReaderChanged)
public:
    static constexpr int kDefaultTimeoutSeconds = 90;
    static constexpr int kElderlyTimeoutSeconds = 300;
    static constexpr int kWarningSeconds = 15;

    CitizenDesk(onewindow::CitizenSession &session, int timeoutSeconds = kDefaultTimeoutSeconds,
        QObject *parent = nullptr);
    ~CitizenDesk() override;

    // The ID card reader; removing the card ends the session it started.
    void setCardReader(onewindow::CardReader *reader);
    // The social security card reader (社保卡 identifies too); the same rule on removal.
    void setSocialSecurityCardReader(onewindow::CardReader *reader);

    bool active() const { return m_session.isActive(); }
    QString banner() const;
    bool onBehalf() const { return m_session.principal().has_value(); }
    QString principalBanner() const;
    bool identifiedByCard() const;
    QString problem() const { return m_problem; }
    QString farewell() const { return m_farewell; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    int secondsLeft() const;
    bool warning() const { return active() && secondsLeft() <= kWarningSeconds; }
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
    // The session is over: pages go home and forget everything.
    void sessionEnded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setProblem(const QString &problem);
    void onEnded(onewindow::CitizenSession::EndReason reason);

    onewindow::CitizenSession &m_session;
    void watchReader(onewindow::CardReader *reader);

    QPointer<onewindow::CardReader> m_reader;
    QPointer<onewindow::CardReader> m_socialSecurityReader;
    QElapsedTimer m_lastActivity;
    qint64 m_idleOffsetMs = 0;
    QTimer m_tick;
    int m_baseTimeoutSeconds;
    int m_timeoutSeconds;
    QString m_problem;
    QString m_farewell;
    bool m_cardReaderReady = false;
};
