#include "staffdesk.h"

#include <QCoreApplication>
#include <QEvent>

using namespace onewindow;

StaffDesk::StaffDesk(
    StaffAccounts &accounts, Workspace workspace, Clock clock, qint64 idleSeconds, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_workspace(workspace)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_idleSeconds(idleSeconds)
{
    m_idleTimer.setInterval(15 * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &StaffDesk::checkIdle);
    m_lockoutTimer.setInterval(1000);
    connect(&m_lockoutTimer, &QTimer::timeout, this, &StaffDesk::updateLockout);
}

StaffDesk::~StaffDesk()
{
    if (m_session)
        (void)m_accounts.signOut(*m_session, QStringLiteral("terminal closed"));
}

QString StaffDesk::userName() const { return m_session ? m_session->userName() : QString(); }

QString StaffDesk::roleName() const
{
    return m_session ? StaffRoles::displayName(m_session->role()) : QString();
}

bool StaffDesk::supervisor() const
{
    return m_session && !administration()
        && StaffRoles::allows(
            m_session->role(), m_session->department(), onewindow::Permission::ViewSupervision);
}

QString StaffDesk::department() const { return m_session ? m_session->department() : QString(); }

Result<QString> StaffDesk::authorize(Permission permission)
{
    if (!m_session)
        return Error { QStringLiteral("identity.signed_out"), tr("Sign in first.") };
    if (Status allowed = m_session->require(permission, m_clock()); !allowed)
        return allowed.error();
    return m_session->userName();
}

bool StaffDesk::allows(Permission permission) const
{
    return m_session && m_session->isActive(m_clock())
        && StaffRoles::allows(m_session->role(), m_session->department(), permission);
}

bool StaffDesk::administration() const { return m_workspace == Workspace::Administration; }

void StaffDesk::signIn(const QString &userName, const QString &password)
{
    if (m_busy || m_session)
        return;
    setBusy(true);
    setMessage({});
    // Let the page draw its busy state before the password check holds the thread.
    QTimer::singleShot(50, this, [this, userName, password] {
        signInNow(userName, password);
        setBusy(false);
    });
}

void StaffDesk::signInNow(const QString &userName, const QString &password)
{
    auto session = m_accounts.signIn(m_workspace, userName.trimmed(), password, m_idleSeconds);
    if (!session) {
        setMessage(session.error().message);
        if (session.error().code == QLatin1String("identity.locked_out")) {
            m_lockedUser = userName.trimmed();
            updateLockout();
            m_lockoutTimer.start();
        }
        return;
    }
    m_session = std::move(session.value());
    m_lockedUser.clear();
    m_lockoutTimer.stop();
    updateLockout();
    QCoreApplication::instance()->installEventFilter(this);
    m_idleTimer.start();
    if (m_hallOpen)
        m_hallOpen(m_session->userName(), password);
    emit sessionChanged();
}

void StaffDesk::signOut() { endSession(QStringLiteral("signed out"), {}); }

void StaffDesk::userNameEdited(const QString &userName)
{
    const QString name = userName.trimmed();
    if (m_session || name == m_lockedUser)
        return;
    if (!m_lockedUser.isEmpty())
        setMessage({}); // the message was about the other name
    m_lockedUser.clear();
    m_lockoutTimer.stop();
    if (!name.isEmpty() && m_accounts.lockedSecondsLeft(name) > 0) {
        m_lockedUser = name;
        m_lockoutTimer.start();
    }
    updateLockout();
}

void StaffDesk::checkIdle()
{
    if (!m_session)
        return;
    const QDateTime now = m_clock();
    if (m_session->isActive(now))
        return;
    // touch() on an expired session gives the message a person reads.
    const Status expired = m_session->touch(now);
    endSession(QStringLiteral("idle"), expired ? QString() : expired.error().message);
}

void StaffDesk::endSession(const QString &reason, const QString &message)
{
    if (!m_session)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    m_idleTimer.stop();
    const Status recorded = m_accounts.signOut(*m_session, reason);
    if (m_hallClose)
        m_hallClose(m_session->userName());
    m_session.reset();
    // The session ends either way; a failed audit entry is reported, not hidden.
    setMessage(recorded ? message : recorded.error().message);
    emit sessionChanged();
}

bool StaffDesk::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
        if (m_session && m_session->isActive(m_clock()))
            (void)m_session->touch(m_clock());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StaffDesk::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void StaffDesk::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void StaffDesk::updateLockout()
{
    const int left = m_lockedUser.isEmpty() ? 0 : int(m_accounts.lockedSecondsLeft(m_lockedUser));
    if (left == 0) {
        m_lockoutTimer.stop();
        if (!m_lockedUser.isEmpty()) {
            m_lockedUser.clear();
            setMessage({});
        }
    }
    if (left != m_lockedSecondsLeft) {
        m_lockedSecondsLeft = left;
        emit lockedSecondsLeftChanged();
    }
}
