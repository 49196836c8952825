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
#include <QStringList>
#include <QVariant>

namespace onewindow {

class AuditLog;
class Database;
class FieldCipher;

struct StaffAccount
{
    QString userName;
    StaffRole role = StaffRole::FrontDesk;
    QString department;
    bool disabled = false;
    int failedSignIns = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
    QString realName; // 姓名; empty when none was recorded
    QDateTime deactivatedAt; // invalid while the account is active
    bool deactivated() const { return deactivatedAt.isValid(); }
};

class StaffAccounts
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    using Clock = std::function<QDateTime()>;

    StaffAccounts(Database &database, AuditLog &audit, Clock clock = {});

    static constexpr int kMaxRealNameLength = 50;

    // 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter.
    static Status checkUserName(const QString &userName);
    static Status checkDepartment(StaffRole role, const QString &department);
    // Empty (none recorded), or up to kMaxRealNameLength characters without control characters.
    static Status checkRealName(const QString &realName);

    // The active catalog's department codes (the composition root asks the catalog; without a
    // lookup, only the code's form is checked). A reviewer of a department that does not exist
    // would never be given a case.
    using DepartmentLookup = std::function<Result<QStringList>()>;
    void setDepartmentLookup(DepartmentLookup lookup) { m_departments = std::move(lookup); }
    // A staff member's real name is personal data, sealed at rest with the data key as a
    // citizen's name is. Without a cipher no real name can be recorded or read.
    void setPersonalDataCipher(const FieldCipher *cipher) { m_cipher = cipher; }
    // Refuses a department code that the active catalog does not have, naming the catalog's.
    Status checkDepartmentExists(const QString &department) const;

    // actor: who does it ("cli:root", or a signed-in admin's user name), for the audit log.
    Status add(const QString &actor, const QString &userName, StaffRole role,
        const QString &department, const QString &password, const QString &realName = {});
    Status changePassword(const QString &actor, const QString &userName, const QString &password);
    // Records, changes or (empty) clears the real name. The audit entry says that it changed,
    // never the name itself: the audit log is not sealed.
    Status setRealName(const QString &actor, const QString &userName, const QString &realName);
    // A new role and department for an account. An administrator cannot take their own
    // administrator role (a terminal must keep someone who can manage it).
    Status assign(
        const QString &actor, const QString &userName, StaffRole role, const QString &department);
    // Locking stops every sign-in; unlocking also clears a lock-out after failed sign-ins. An
    // administrator cannot lock their own account.
    // Neither assign(), setLocked() nor setDeactivated() takes away the last active administrator
    // (identity.last_admin): a terminal nobody can manage is only mended by reinstalling it.
    Status setLocked(const QString &actor, const QString &userName, bool locked);
    // What setLocked() would answer, without changing anything (the command line's --dry-run,
    // the admin view's confirmation).
    Status checkLock(const QString &actor, const QString &userName, bool locked) const;
    // Deactivating keeps the account and its history (the audit log names it) but it cannot
    // sign in and is no longer counted as an administrator; reactivating restores it as it was
    // (a lock stays). Not one's own account, nor the last active administrator.
    Status setDeactivated(const QString &actor, const QString &userName, bool deactivated);
    // What setDeactivated() would answer, without changing anything.
    Status checkDeactivation(const QString &actor, const QString &userName, bool deactivated) const;

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
    // Without opening the real name (sign-in and the other changes do not need it, and a name
    // that cannot be opened can still be replaced).
    Result<std::optional<StaffAccount>> findAccount(const QString &userName, bool openName) const;
    Result<StaffAccount> existing(const QString &userName) const;

    Result<QByteArray> sealRealName(const QString &userName, const QString &realName) const;
    Status openRealName(StaffAccount &account, const QVariant &sealed) const;
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
    DepartmentLookup m_departments;
    const FieldCipher *m_cipher = nullptr;
};

} // namespace onewindow
