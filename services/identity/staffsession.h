// A signed-in staff member: who, in which role, until when; ends after inactivity.
#pragma once

#include "result.h"
#include "staffrole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace onewindow {

class StaffSession
{
    Q_DECLARE_TR_FUNCTIONS(StaffSession)
public:
    static constexpr qint64 kDefaultIdleSeconds = 10 * 60;

    StaffSession(QString userName, StaffRole role, QString department, QDateTime startedAt,
        qint64 idleSeconds = kDefaultIdleSeconds);

    QString userName() const { return m_userName; }
    StaffRole role() const { return m_role; }
    QString department() const { return m_department; }

    bool isActive(const QDateTime &now) const;
    // Marks activity; fails (and ends the session) when it was idle too long or ended.
    Status touch(const QDateTime &now);
    // The check every service call makes: active session, and the role allows it.
    Status require(Permission permission, const QDateTime &now, const QString &department = {});
    void end() { m_ended = true; }

private:
    QString m_userName;
    StaffRole m_role;
    QString m_department;
    QDateTime m_lastActivity;
    qint64 m_idleSeconds;
    bool m_ended = false;
};

} // namespace onewindow
