// The staff member signed in at a back-office or administration terminal, for the sign-in page.
#pragma once

#include "staffaccounts.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQmlIntegration>

class StaffDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY sessionChanged)
    Q_PROPERTY(QString department READ department NOTIFY sessionChanged)
    Q_PROPERTY(bool administration READ administration CONSTANT)
    Q_PROPERTY(bool supervisor READ supervisor NOTIFY sessionChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int lockedSecondsLeft READ lockedSecondsLeft NOTIFY lockedSecondsLeftChanged)
public:
    using Clock = std::function<QDateTime()>;

    StaffDesk(onewindow::StaffAccounts &accounts, onewindow::Workspace workspace, Clock clock = {},
        qint64 idleSeconds = onewindow::StaffSession::kDefaultIdleSeconds,
        QObject *parent = nullptr);
    ~StaffDesk() override;

    bool signedIn() const { return m_session.has_value(); }
    // Who is signed in, for the back office's decisions (role, department).
    const std::optional<onewindow::StaffSession> &session() const { return m_session; }
    // Who may do this now: the signed-in user's name, or why not (signed out, idle too long, or
    // a role that does not allow it). Counts as activity.
    onewindow::Result<QString> authorize(onewindow::Permission permission);
    // Whether the signed-in user's role allows it, without counting as activity (for what
    // refreshes by itself, which must not keep an unattended session open).
    bool allows(onewindow::Permission permission) const;
    QString userName() const;
    QString roleName() const;
    QString department() const;
    bool administration() const;
    // The supervision dashboard is offered to whom the role allows it (and not in administration).
    bool supervisor() const;
    int idleMinutes() const { return int((m_idleSeconds + 59) / 60); }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    int lockedSecondsLeft() const { return m_lockedSecondsLeft; }

    // Checking a password takes a noticeable moment (scrypt): the page shows busy first.
    Q_INVOKABLE void signIn(const QString &userName, const QString &password);
    Q_INVOKABLE void signOut();
    // The sign-in page's user name changed: a lock-out countdown belongs to its name, so it is
    // shown for that name only (and found again when that name is typed back).
    Q_INVOKABLE void userNameEdited(const QString &userName);
    // Ends the session when it has been idle too long; a timer calls it, tests call it directly.
    void checkIdle();
    // Signs in synchronously (tests; the page goes through signIn()).
    void signInNow(const QString &userName, const QString &password);

    // Called after each local sign-in with the password just checked (passed straight on, not
    // kept), and at each sign-out: a back-office terminal opens and closes the staff member's
    // hall session with them. A local sign-in never waits for the hall.
    using HallSessionOpen = std::function<void(const QString &userName, const QString &password)>;
    using HallSessionClose = std::function<void(const QString &userName)>;
    void setHallSessionHooks(HallSessionOpen open, HallSessionClose close)
    {
        m_hallOpen = std::move(open);
        m_hallClose = std::move(close);
    }

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    void lockedSecondsLeftChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setMessage(const QString &message);
    void setBusy(bool busy);
    void updateLockout();
    void endSession(const QString &reason, const QString &message);

    onewindow::StaffAccounts &m_accounts;
    onewindow::Workspace m_workspace;
    Clock m_clock;
    qint64 m_idleSeconds;
    std::optional<onewindow::StaffSession> m_session;
    bool m_busy = false;
    QString m_message;
    QString m_lockedUser;
    int m_lockedSecondsLeft = 0;
    QTimer m_idleTimer;
    QTimer m_lockoutTimer;
    HallSessionOpen m_hallOpen;
    HallSessionClose m_hallClose;
};
