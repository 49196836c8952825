// Staff accounts: adding, passwords, administrator locks, and sign-in with lock-out after
// repeated failures. Every change and every sign-in attempt is in the audit log, or refused.
#pragma once

#include "result.h"
#include "staffrole.h"
#include "staffsession.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace onewindow {

class AuditLog;
class Database;

struct StaffAccount
{
    QString userName;
    StaffRole role = StaffRole::FrontDesk;
    QString department;
    bool disabled = false;
    int failedSignIns = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
};

class StaffAccounts
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    using Clock = std::function<QDateTime()>;

    StaffAccounts(Database &database, AuditLog &audit, Clock clock = {});

    // 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter.
    static Status checkUserName(const QString &userName);
    static Status checkDepartment(StaffRole role, const QString &department);

    // Whether a department code is one of the active catalog's (the composition root gives the
    // catalog's answer; without one, only the code's form is checked). A reviewer of a
    // department that does not exist would never be given a case.
    using DepartmentLookup = std::function<Result<bool>(const QString &code)>;
    void setDepartmentLookup(DepartmentLookup lookup) { m_departmentKnown = std::move(lookup); }

    // actor: who does it ("cli:root", or a signed-in admin's user name), for the audit log.
    Status add(const QString &actor, const QString &userName, StaffRole role,
        const QString &department, const QString &password);
    Status changePassword(const QString &actor, const QString &userName, const QString &password);
    // A new role and department for an account. An administrator cannot take their own
    // administrator role (a terminal must keep someone who can manage it).
    Status assign(
        const QString &actor, const QString &userName, StaffRole role, const QString &department);
    // Locking stops every sign-in; unlocking also clears a lock-out after failed sign-ins. An
    // administrator cannot lock their own account.
    // Neither assign() nor setLocked() takes away the last active administrator
    // (identity.last_admin): a terminal nobody can manage is only mended by reinstalling it.
    Status setLocked(const QString &actor, const QString &userName, bool locked);
    // What setLocked() would answer, without changing anything (the command line's --dry-run,
    // the admin view's confirmation).
    Status checkLock(const QString &actor, const QString &userName, bool locked) const;

    Result<QList<StaffAccount>> list() const;
    Result<std::optional<StaffAccount>> find(const QString &userName) const;

    Result<StaffSession> signIn(const QString &userName, const QString &password,
        qint64 idleSeconds = StaffSession::kDefaultIdleSeconds);
    // Signs in for one workspace: a correct password of a role that does not work there is
    // refused (and audited) without opening a session.
    Result<StaffSession> signIn(Workspace workspace, const QString &userName,
        const QString &password, qint64 idleSeconds = StaffSession::kDefaultIdleSeconds);
    // Ends the session; reason is "signed out" or "idle", for the audit log.
    Status signOut(StaffSession &session, const QString &reason);
    // Seconds until a locked-out account may try again (0 when it may now).
    qint64 lockedSecondsLeft(const QString &userName) const;

private:
    Status recordFailure(const QString &subject, const QString &reason,
        const std::optional<StaffAccount> &account, bool *nowLocked);
    Error lockedOutError(qint64 seconds) const;
    Result<StaffAccount> existing(const QString &userName) const;
    Status checkDepartmentExists(const QString &department) const;
    // Refuses when account is the only active administrator and would stop being one.
    Status keepsAnAdministrator(const StaffAccount &account) const;
    // Failed sign-ins of names that have no account, counted like an account's, so that the
    // answers (and the lock-out) do not tell which names exist. Per process, by name.
    struct UnknownNameFailures
    {
        int failures = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, UnknownNameFailures> m_unknownNames;

    Database &m_database;
    AuditLog &m_audit;
    Clock m_clock;
    DepartmentLookup m_departmentKnown;
};

} // namespace onewindow
