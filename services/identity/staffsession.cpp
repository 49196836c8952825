#include "staffsession.h"

namespace onewindow {

StaffSession::StaffSession(
    QString userName, StaffRole role, QString department, QDateTime startedAt, qint64 idleSeconds)
    : m_userName(std::move(userName))
    , m_role(role)
    , m_department(std::move(department))
    , m_lastActivity(std::move(startedAt))
    , m_idleSeconds(idleSeconds)
{ }

bool StaffSession::isActive(const QDateTime &now) const
{
    return !m_ended && m_lastActivity.secsTo(now) <= m_idleSeconds;
}

Status StaffSession::touch(const QDateTime &now)
{
    if (!isActive(now)) {
        m_ended = true;
        return Error { QStringLiteral("identity.session_ended"),
            tr("Your session ended after %n minute(s) without activity. Sign in "
               "again.",
                nullptr, int(m_idleSeconds / 60)) };
    }
    m_lastActivity = now;
    return {};
}

Status StaffSession::require(Permission permission, const QDateTime &now, const QString &department)
{
    if (Status active = touch(now); !active)
        return active;
    if (!StaffRoles::allows(m_role, m_department, permission, department))
        return Error { QStringLiteral("identity.not_permitted"),
            tr("Your role (%1) may not do this. Ask a colleague with the right role.")
                .arg(StaffRoles::displayName(m_role)) };
    return {};
}

} // namespace onewindow
