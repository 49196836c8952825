#include "staffaccounts.h"

#include "auditlog.h"
#include "database.h"
#include "fieldcipher.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"

#include <algorithm>
#include <QRegularExpression>
#include <QSqlQuery>

namespace onewindow {

namespace {

QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }

QDateTime fromStamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

// real_name (7) is sealed: accountFrom() leaves it to openRealName().
const QString kColumns = QStringLiteral("user_name, role, department, disabled, failed_sign_ins, "
                                        "locked_until, created_at, real_name, deactivated_at");

StaffAccount accountFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(),
        StaffRoles::fromCode(q.value(1).toString()).value_or(StaffRole::FrontDesk),
        q.value(2).toString(), q.value(3).toInt() != 0, q.value(4).toInt(), fromStamp(q.value(5)),
        fromStamp(q.value(6)), QString(), fromStamp(q.value(8)) };
}

FieldAddress realNameAddress(const QString &userName)
{
    return { QStringLiteral("staff_accounts"), QStringLiteral("real_name"), userName };
}

} // namespace

StaffAccounts::StaffAccounts(Database &database, AuditLog &audit, Clock clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

Status StaffAccounts::checkUserName(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!pattern.match(userName).hasMatch())
        return Error { QStringLiteral("identity.bad_user_name"),
            tr("A user name has 2 to 32 characters: small letters a-z, digits, '.', "
               "'_' or '-', starting with a letter.") };
    return {};
}

Status StaffAccounts::checkDepartment(StaffRole role, const QString &department)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (role == StaffRole::Reviewer && department.isEmpty())
        return Error { QStringLiteral("identity.department_missing"),
            tr("A reviewer acts for one department: choose it (--department on the command "
               "line).") };
    if (role != StaffRole::Reviewer && !department.isEmpty())
        return Error { QStringLiteral("identity.department_unexpected"),
            tr("Only reviewers belong to a department; leave the department empty.") };
    if (!department.isEmpty() && !pattern.match(department).hasMatch())
        return Error { QStringLiteral("identity.bad_department"),
            tr("A department code has 1 to 32 letters, digits, '_' or '-'.") };
    return {};
}

Status StaffAccounts::checkRealName(const QString &realName)
{
    const bool control = std::any_of(realName.cbegin(), realName.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control; });
    if (realName.size() > kMaxRealNameLength || control)
        return Error { QStringLiteral("identity.bad_real_name"),
            tr("A real name has at most %1 characters, on one line.").arg(kMaxRealNameLength) };
    return {};
}

Status StaffAccounts::checkDepartmentExists(const QString &department) const
{
    if (department.isEmpty() || !m_departments)
        return {};
    auto known = m_departments();
    if (!known)
        return known.error();
    if (known->contains(department))
        return {};
    if (known->isEmpty())
        return Error { QStringLiteral("identity.unknown_department"),
            tr("There is no department \"%1\": no catalog is active, so there are no "
               "departments yet. Load the catalog first.")
                .arg(department.left(32)) };
    return Error { QStringLiteral("identity.unknown_department"),
        tr("The active catalog has no department \"%1\". Its departments are: %2.")
            .arg(department.left(32), known->join(QStringLiteral(", "))) };
}

Result<QByteArray> StaffAccounts::sealRealName(
    const QString &userName, const QString &realName) const
{
    if (realName.isEmpty())
        return QByteArray();
    if (!m_cipher)
        return Error { QStringLiteral("identity.no_data_key"),
            tr("A real name is personal data and is stored encrypted with the terminal's data "
               "key, which is not open here; nothing was changed.") };
    return m_cipher->encrypt(realName.toUtf8(), realNameAddress(userName));
}

Status StaffAccounts::openRealName(StaffAccount &account, const QVariant &sealed) const
{
    if (sealed.isNull() || sealed.toByteArray().isEmpty())
        return {};
    // Without the data key the name stays unknown; everything else about the account is usable.
    if (!m_cipher)
        return {};
    auto name = m_cipher->decrypt(sealed.toByteArray(), realNameAddress(account.userName));
    if (!name)
        return name.error();
    account.realName = QString::fromUtf8(name.value());
    return {};
}

Result<std::optional<StaffAccount>> StaffAccounts::find(const QString &userName) const
{
    return findAccount(userName, true);
}

Result<std::optional<StaffAccount>> StaffAccounts::findAccount(
    const QString &userName, bool openName) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM staff_accounts WHERE user_name = ?").arg(kColumns));
    q.addBindValue(userName);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find staff account"));
    if (!q.next())
        return std::optional<StaffAccount>();
    StaffAccount account = accountFrom(q);
    if (openName)
        if (Status opened = openRealName(account, q.value(7)); !opened)
            return opened.error();
    return std::optional<StaffAccount>(account);
}

Result<StaffAccount> StaffAccounts::existing(const QString &userName) const
{
    if (Status name = checkUserName(userName); !name)
        return name.error();
    auto found = findAccount(userName, false);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { QStringLiteral("identity.no_such_user"),
            tr("There is no staff account \"%1\". See them with \"onewindowctl staff "
               "list\".")
                .arg(userName) };
    return *found.value();
}

Result<QList<StaffAccount>> StaffAccounts::list() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM staff_accounts ORDER BY user_name").arg(kColumns)))
        return Database::queryError(q, QStringLiteral("list staff accounts"));
    QList<StaffAccount> accounts;
    while (q.next()) {
        StaffAccount account = accountFrom(q);
        if (Status opened = openRealName(account, q.value(7)); !opened)
            return opened.error();
        accounts.append(account);
    }
    return accounts;
}

Status StaffAccounts::add(const QString &actor, const QString &userName, StaffRole role,
    const QString &department, const QString &password, const QString &realName)
{
    if (Status name = checkUserName(userName); !name)
        return name;
    const QString trimmedName = realName.trimmed();
    if (Status real = checkRealName(trimmedName); !real)
        return real;
    if (Status dept = checkDepartment(role, department); !dept)
        return dept;
    if (Status known = checkDepartmentExists(department); !known)
        return known;
    if (Status policy = PasswordPolicy::check(password, userName); !policy)
        return policy;
    auto found = findAccount(userName, false);
    if (!found)
        return found.error();
    if (found.value())
        return Error { QStringLiteral("identity.user_exists"),
            tr("A staff account \"%1\" exists already; choose another user name.").arg(userName) };
    auto sealedName = sealRealName(userName, trimmedName);
    if (!sealedName)
        return sealedName.error();
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    // That a name was recorded, never the name: the audit log is not sealed.
    QString detail
        = QStringLiteral("add role=%1 department=%2").arg(StaffRoles::code(role), department);
    if (!trimmedName.isEmpty())
        detail += QStringLiteral(" real_name");
    return m_audit.record(actor, AuditLog::kStaffChange, userName, detail, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT INTO staff_accounts (user_name, role, department, "
                                 "password_hash, created_at, password_changed_at, real_name) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QString now = stamp(m_clock());
        for (const QString &v : { userName, StaffRoles::code(role),
                 department.isNull() ? QStringLiteral("") : department, hash.value(), now, now })
            q.addBindValue(v);
        q.addBindValue(sealedName->isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                             : QVariant(sealedName.value()));
        return q.exec() ? Status() : Database::queryError(q, QStringLiteral("add staff account"));
    });
}

Status StaffAccounts::changePassword(
    const QString &actor, const QString &userName, const QString &password)
{
    auto account = existing(userName);
    if (!account)
        return account.error();
    if (Status policy = PasswordPolicy::check(password, userName); !policy)
        return policy;
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    return m_audit.record(
        actor, AuditLog::kStaffChange, userName, QStringLiteral("password"), [&]() -> Status {
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("UPDATE staff_accounts SET password_hash = ?, "
                                     "password_changed_at = ? WHERE user_name = ?"));
            q.addBindValue(hash.value());
            q.addBindValue(stamp(m_clock()));
            q.addBindValue(userName);
            return q.exec() ? Status() : Database::queryError(q, QStringLiteral("passwd"));
        });
}

Status StaffAccounts::setRealName(
    const QString &actor, const QString &userName, const QString &realName)
{
    auto account = existing(userName);
    if (!account)
        return account.error();
    const QString trimmedName = realName.trimmed();
    if (Status real = checkRealName(trimmedName); !real)
        return real;
    auto sealedName = sealRealName(userName, trimmedName);
    if (!sealedName)
        return sealedName.error();
    return m_audit.record(actor, AuditLog::kStaffChange, userName,
        trimmedName.isEmpty() ? QStringLiteral("real_name cleared") : QStringLiteral("real_name"),
        [&]() -> Status {
            QSqlQuery q(m_database.connection());
            q.prepare(
                QStringLiteral("UPDATE staff_accounts SET real_name = ? WHERE user_name = ?"));
            q.addBindValue(sealedName->isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(sealedName.value()));
            q.addBindValue(userName);
            return q.exec() ? Status() : Database::queryError(q, QStringLiteral("real name"));
        });
}

Status StaffAccounts::assign(
    const QString &actor, const QString &userName, StaffRole role, const QString &department)
{
    auto account = existing(userName);
    if (!account)
        return account.error();
    if (Status dept = checkDepartment(role, department); !dept)
        return dept;
    if (Status known = checkDepartmentExists(department); !known)
        return known;
    if (actor == userName && account->role == StaffRole::Admin && role != StaffRole::Admin)
        return Error { QStringLiteral("identity.own_role"),
            tr("You cannot take away your own administrator role; ask another administrator.") };
    if (role != StaffRole::Admin)
        if (Status kept = keepsAnAdministrator(account.value()); !kept)
            return kept;
    const QString detail
        = QStringLiteral("assign role=%1 department=%2").arg(StaffRoles::code(role), department);
    return m_audit.record(actor, AuditLog::kStaffChange, userName, detail, [&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "UPDATE staff_accounts SET role = ?, department = ? WHERE user_name = ?"));
        q.addBindValue(StaffRoles::code(role));
        q.addBindValue(department.isNull() ? QStringLiteral("") : department);
        q.addBindValue(userName);
        return q.exec() ? Status() : Database::queryError(q, QStringLiteral("assign role"));
    });
}

Status StaffAccounts::keepsAnAdministrator(const StaffAccount &account) const
{
    const auto active = [](const StaffAccount &a) {
        return a.role == StaffRole::Admin && !a.disabled && !a.deactivated();
    };
    if (!active(account))
        return {};
    auto accounts = list();
    if (!accounts)
        return accounts.error();
    for (const StaffAccount &other : accounts.value())
        if (other.userName != account.userName && active(other))
            return {};
    return Error { QStringLiteral("identity.last_admin"),
        tr("%1 is the last active administrator of this terminal; without one nobody could "
           "manage it. Add, unlock or reactivate another administrator first.")
            .arg(account.userName) };
}

Status StaffAccounts::checkLock(const QString &actor, const QString &userName, bool locked) const
{
    auto account = existing(userName);
    if (!account)
        return account.error();
    if (locked && actor == userName)
        return Error { QStringLiteral("identity.own_lock"),
            tr("You cannot lock your own account; ask another administrator.") };
    if (locked)
        return keepsAnAdministrator(account.value());
    return {};
}

Status StaffAccounts::setLocked(const QString &actor, const QString &userName, bool locked)
{
    if (Status allowed = checkLock(actor, userName, locked); !allowed)
        return allowed;
    return m_audit.record(actor, AuditLog::kStaffChange, userName,
        locked ? QStringLiteral("lock") : QStringLiteral("unlock"), [&]() -> Status {
            QSqlQuery q(m_database.connection());
            q.prepare(locked ? QStringLiteral("UPDATE staff_accounts SET disabled = 1 "
                                              "WHERE user_name = ?")
                             : QStringLiteral("UPDATE staff_accounts SET disabled = 0, "
                                              "failed_sign_ins = 0, locked_until = NULL "
                                              "WHERE user_name = ?"));
            q.addBindValue(userName);
            return q.exec() ? Status() : Database::queryError(q, QStringLiteral("lock"));
        });
}

Status StaffAccounts::checkDeactivation(
    const QString &actor, const QString &userName, bool deactivated) const
{
    auto account = existing(userName);
    if (!account)
        return account.error();
    if (deactivated && account->deactivated())
        return Error { QStringLiteral("identity.already_deactivated"),
            tr("%1 is deactivated already.").arg(userName) };
    if (!deactivated && !account->deactivated())
        return Error { QStringLiteral("identity.not_deactivated"),
            tr("%1 is not deactivated; there is nothing to reactivate.").arg(userName) };
    if (deactivated && actor == userName)
        return Error { QStringLiteral("identity.own_deactivation"),
            tr("You cannot deactivate your own account; ask another administrator.") };
    if (deactivated)
        return keepsAnAdministrator(account.value());
    return {};
}

Status StaffAccounts::setDeactivated(
    const QString &actor, const QString &userName, bool deactivated)
{
    if (Status allowed = checkDeactivation(actor, userName, deactivated); !allowed)
        return allowed;
    return m_audit.record(actor, AuditLog::kStaffChange, userName,
        deactivated ? QStringLiteral("deactivate") : QStringLiteral("reactivate"), [&]() -> Status {
            QSqlQuery q(m_database.connection());
            q.prepare(
                QStringLiteral("UPDATE staff_accounts SET deactivated_at = ? WHERE user_name = ?"));
            q.addBindValue(
                deactivated ? QVariant(stamp(m_clock())) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(userName);
            return q.exec() ? Status() : Database::queryError(q, QStringLiteral("deactivate"));
        });
}

qint64 StaffAccounts::lockedSecondsLeft(const QString &userName) const
{
    auto found = findAccount(userName, false);
    if (found && !found.value()) {
        // A name without an account counts down like one (see signIn()).
        const QDateTime until = m_unknownNames.value(userName.left(64)).lockedUntil;
        return until.isValid() ? std::max<qint64>(0, m_clock().secsTo(until)) : 0;
    }
    if (!found || !found.value()->lockedUntil.isValid())
        return 0;
    return std::max<qint64>(0, m_clock().secsTo(found.value()->lockedUntil));
}

Error StaffAccounts::lockedOutError(qint64 seconds) const
{
    const int minutes = int((seconds + 59) / 60);
    return Error { QStringLiteral("identity.locked_out"),
        tr("This account is locked for %n more minute(s) after %1 wrong passwords. "
           "Wait, or ask an administrator to unlock it.",
            nullptr, minutes)
            .arg(kMaxFailures) };
}

Status StaffAccounts::recordFailure(const QString &subject, const QString &reason,
    const std::optional<StaffAccount> &account, bool *nowLocked)
{
    *nowLocked = false;
    return m_audit.record(
        QStringLiteral("terminal"), AuditLog::kSignInFailed, subject, reason, [&]() -> Status {
            if (!account)
                return {};
            QSqlQuery q(m_database.connection());
            const int failures = account->failedSignIns + 1;
            *nowLocked = failures >= kMaxFailures;
            // On lock-out the count starts again: after the wait there are 5 more tries.
            q.prepare(QStringLiteral("UPDATE staff_accounts SET failed_sign_ins = ?, "
                                     "locked_until = ? WHERE user_name = ?"));
            q.addBindValue(*nowLocked ? 0 : failures);
            q.addBindValue(*nowLocked ? QVariant(stamp(m_clock().addSecs(kLockMinutes * 60)))
                                      : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(account->userName);
            return q.exec() ? Status() : Database::queryError(q, QStringLiteral("sign-in"));
        });
}

Result<StaffSession> StaffAccounts::signIn(
    const QString &userName, const QString &password, qint64 idleSeconds)
{
    const Error wrong { QStringLiteral("identity.sign_in_failed"),
        tr("The user name or the password is wrong. Check both and try again.") };
    bool nowLocked = false;
    std::optional<StaffAccount> account;
    if (checkUserName(userName)) {
        auto found = findAccount(userName, false);
        if (!found)
            return found.error();
        account = found.value();
    }
    const QDateTime now = m_clock();
    if (!account) {
        // The same work, answer and lock-out as for a known name with a wrong password: names
        // cannot be probed, neither by the message nor by which names ever lock.
        PasswordHasher::verifyDummy(password.left(PasswordPolicy::kMaxLength));
        UnknownNameFailures &tries = m_unknownNames[userName.left(64)];
        const bool wasLocked = tries.lockedUntil.isValid() && now < tries.lockedUntil;
        if (!wasLocked && ++tries.failures >= kMaxFailures) {
            tries.failures = 0;
            tries.lockedUntil = now.addSecs(kLockMinutes * 60);
            nowLocked = true;
        }
        if (Status logged = recordFailure(QStringLiteral("(unknown user)"),
                wasLocked ? QStringLiteral("locked out") : QStringLiteral("unknown user"),
                std::nullopt, &nowLocked);
            !logged)
            return logged.error();
        if (wasLocked)
            return lockedOutError(now.secsTo(tries.lockedUntil));
        return tries.lockedUntil.isValid() && now < tries.lockedUntil
            ? lockedOutError(kLockMinutes * 60)
            : wrong;
    }
    if (account->lockedUntil.isValid() && now < account->lockedUntil) {
        if (Status logged
            = recordFailure(userName, QStringLiteral("locked out"), std::nullopt, &nowLocked);
            !logged)
            return logged.error();
        return lockedOutError(now.secsTo(account->lockedUntil));
    }

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM staff_accounts WHERE user_name = ?"));
    q.addBindValue(userName);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("sign-in"));
    const QString stored = q.value(0).toString();
    q.finish();
    // Longer than any allowed password: cannot match, and must not cost more to check.
    const bool good
        = password.size() <= PasswordPolicy::kMaxLength && PasswordHasher::verify(password, stored);
    // An account locked by an administrator says so only to whoever knows its password; to
    // anyone else it answers like every other name.
    // A deactivated account is refused like a locked one: only to whoever knows its password.
    if (good && account->deactivated()) {
        if (Status logged = recordFailure(
                userName, QStringLiteral("account deactivated"), std::nullopt, &nowLocked);
            !logged)
            return logged.error();
        return Error { QStringLiteral("identity.account_deactivated"),
            tr("This account is deactivated. Ask an administrator to reactivate it.") };
    }
    if (good && account->disabled) {
        if (Status logged = recordFailure(userName,
                QStringLiteral("account locked by an administrator"), std::nullopt, &nowLocked);
            !logged)
            return logged.error();
        return Error { QStringLiteral("identity.account_disabled"),
            tr("This account is locked by an administrator. Ask an administrator to "
               "unlock it.") };
    }
    if (!good) {
        if (Status logged
            = recordFailure(userName, QStringLiteral("wrong password"), account, &nowLocked);
            !logged)
            return logged.error();
        if (nowLocked)
            return lockedOutError(kLockMinutes * 60);
        return wrong;
    }
    Status recorded = m_audit.record(
        userName, AuditLog::kSignIn, userName, StaffRoles::code(account->role), [&]() -> Status {
            QSqlQuery reset(m_database.connection());
            reset.prepare(QStringLiteral("UPDATE staff_accounts SET failed_sign_ins = 0, "
                                         "locked_until = NULL WHERE user_name = ?"));
            reset.addBindValue(userName);
            return reset.exec() ? Status() : Database::queryError(reset, QStringLiteral("sign-in"));
        });
    if (!recorded)
        return recorded.error(); // fail closed: no audit entry, no session
    return StaffSession(userName, account->role, account->department, now, idleSeconds);
}

Result<StaffSession> StaffAccounts::signIn(
    Workspace workspace, const QString &userName, const QString &password, qint64 idleSeconds)
{
    auto session = signIn(userName, password, idleSeconds);
    if (!session || StaffRoles::opens(session->role(), workspace))
        return session;
    const QString where = workspace == Workspace::Administration ? QStringLiteral("administration")
                                                                 : QStringLiteral("back office");
    if (Status logged = signOut(session.value(), QStringLiteral("wrong workspace: ") + where);
        !logged)
        return logged.error();
    if (workspace == Workspace::Administration)
        return Error { QStringLiteral("identity.wrong_workspace"),
            tr("This account is for case work (%1); sign in at the back office. The "
               "administration view is for administrators only.")
                .arg(StaffRoles::displayName(session->role())) };
    return Error { QStringLiteral("identity.wrong_workspace"),
        tr("Administrators do not work on cases; sign in at the administration view.") };
}

Status StaffAccounts::signOut(StaffSession &session, const QString &reason)
{
    session.end();
    return m_audit.append(session.userName(), AuditLog::kSignOut, session.userName(), reason);
}

} // namespace onewindow
