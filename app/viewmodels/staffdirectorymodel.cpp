#include "staffdirectorymodel.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "displaytime.h"
#include "staffdesk.h"

using namespace onewindow;

StaffDirectoryModel::StaffDirectoryModel(StaffAccounts &accounts, const AuditLog &audit,
    const CatalogStore &catalog, StaffDesk &staff, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_accounts(accounts)
    , m_audit(audit)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    // The list is the administrator's: it goes when they sign out.
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_lastSignIn.clear();
        endResetModel();
        setMessage({}, false);
        setFormMessage({}, false);
        emit countChanged();
    });
}

int StaffDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> StaffDirectoryModel::roleNames() const
{
    return { { UserNameRole, "userName" }, { RoleCodeRole, "roleCode" },
        { RoleNameRole, "roleName" }, { DepartmentRole, "department" },
        { DepartmentNameRole, "departmentName" }, { LockedRole, "locked" },
        { LockedOutRole, "lockedOut" }, { StateTextRole, "stateText" },
        { LastSignInRole, "lastSignIn" }, { CreatedRole, "created" }, { IsSelfRole, "isSelf" },
        { RealNameRole, "realName" }, { DeactivatedRole, "deactivated" } };
}

QVariant StaffDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffAccount &a = m_rows.at(index.row());
    const bool lockedOut = a.lockedUntil.isValid() && a.lockedUntil > m_clock();
    switch (role) {
    case UserNameRole:
        return a.userName;
    case RoleCodeRole:
        return StaffRoles::code(a.role);
    case RoleNameRole:
        return StaffRoles::displayName(a.role);
    case DepartmentRole:
        return a.department;
    case DepartmentNameRole:
        return m_departmentNames.value(a.department, a.department);
    case LockedRole:
        return a.disabled;
    case LockedOutRole:
        return lockedOut;
    case StateTextRole:
        // A lock-out lasts minutes: the time of day (the town hall's) is enough.
        return a.deactivated() ? tr("deactivated")
            : a.disabled       ? tr("locked by an administrator")
            : lockedOut        ? tr("locked after wrong passwords until %1")
                              .arg(a.lockedUntil.toTimeZone(DisplayTime::zone())
                                       .toString(QStringLiteral("HH:mm")))
                        : tr("active");
    case LastSignInRole: {
        const QDateTime last = m_lastSignIn.value(a.userName);
        return last.isValid() ? DisplayTime::dateTime(last) : tr("never");
    }
    case CreatedRole:
        return DisplayTime::date(a.createdAt.toTimeZone(DisplayTime::zone()).date());
    case IsSelfRole:
        return a.userName == m_staff.userName();
    case RealNameRole:
        return a.realName;
    case DeactivatedRole:
        return a.deactivated();
    }
    return {};
}

QVariantList StaffDirectoryModel::roleChoices() const
{
    QVariantList list;
    for (StaffRole role :
        { StaffRole::FrontDesk, StaffRole::Reviewer, StaffRole::Supervisor, StaffRole::Admin })
        list << QVariantMap { { QStringLiteral("code"), StaffRoles::code(role) },
            { QStringLiteral("name"), StaffRoles::displayName(role) } };
    return list;
}

void StaffDirectoryModel::refresh()
{
    if (auto allowed = m_staff.authorize(Permission::ManageStaff); !allowed) {
        setMessage(allowed.error().message, true);
        return;
    }
    auto accounts = m_accounts.list();
    if (!accounts) {
        setMessage(accounts.error().message, true);
        return;
    }
    auto last = m_audit.lastRecorded(AuditLog::kSignIn);
    m_departmentNames.clear();
    m_departmentChoices.clear();
    if (auto departments = m_catalog.departments()) {
        for (const CatalogDepartment &d : departments.value()) {
            m_departmentNames.insert(d.code, d.name);
            m_departmentChoices << QVariantMap { { QStringLiteral("code"), d.code },
                { QStringLiteral("name"), d.name } };
        }
    }
    beginResetModel();
    m_rows = accounts.value();
    m_lastSignIn = last ? last.value() : QHash<QString, QDateTime>();
    endResetModel();
    emit countChanged();
}

bool StaffDirectoryModel::addAccount(const QString &userName, const QString &roleCode,
    const QString &department, const QString &password, const QString &repeated,
    const QString &realName)
{
    // The form's answers stand by the form, whichever account is selected.
    const auto answer = [this](const Status &status, const QString &done) {
        if (!status) {
            setFormMessage(status.error().message, true);
            return false;
        }
        refresh();
        setFormMessage(done, false);
        return true;
    };
    const auto role = StaffRoles::fromCode(roleCode);
    if (!role)
        return answer(Error { QStringLiteral("staff.no_role"), tr("Choose a role.") }, {});
    if (password != repeated)
        return answer(Error { QStringLiteral("staff.passwords_differ"),
                          tr("The two passwords differ; nothing was changed.") },
            {});
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return answer(actor.error(), {});
    const QString name = userName.trimmed();
    return answer(m_accounts.add(actor.value(), name, *role,
                      *role == StaffRole::Reviewer ? department : QString(), password, realName),
        tr("Account %1 was added as %2.").arg(name, StaffRoles::displayName(*role)));
}

bool StaffDirectoryModel::setRealName(const QString &userName, const QString &realName)
{
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    return finish(m_accounts.setRealName(actor.value(), userName, realName),
        realName.trimmed().isEmpty() ? tr("The real name of %1 was cleared.").arg(userName)
                                     : tr("The real name of %1 was saved.").arg(userName));
}

bool StaffDirectoryModel::mayDeactivate(const QString &userName, bool deactivate)
{
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    if (Status allowed = m_accounts.checkDeactivation(actor.value(), userName, deactivate);
        !allowed) {
        setMessage(allowed.error().message, true);
        return false;
    }
    return true;
}

bool StaffDirectoryModel::setDeactivated(const QString &userName, bool deactivate)
{
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    return finish(m_accounts.setDeactivated(actor.value(), userName, deactivate),
        deactivate ? tr("%1 is deactivated: the account is kept but cannot sign in.").arg(userName)
                   : tr("%1 is active again.").arg(userName));
}

bool StaffDirectoryModel::assign(
    const QString &userName, const QString &roleCode, const QString &department)
{
    const auto role = chosenRole(roleCode);
    if (!role)
        return false;
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    return finish(m_accounts.assign(actor.value(), userName, *role,
                      *role == StaffRole::Reviewer ? department : QString()),
        tr("%1 is now %2.").arg(userName, StaffRoles::displayName(*role)));
}

bool StaffDirectoryModel::resetPassword(
    const QString &userName, const QString &password, const QString &repeated)
{
    if (!samePasswords(password, repeated))
        return false;
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    return finish(m_accounts.changePassword(actor.value(), userName, password),
        tr("The password of %1 was reset. Hand it over in person.").arg(userName));
}

bool StaffDirectoryModel::setLocked(const QString &userName, bool locked)
{
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    return finish(m_accounts.setLocked(actor.value(), userName, locked),
        locked ? tr("%1 is locked and cannot sign in.").arg(userName)
               : tr("%1 is unlocked.").arg(userName));
}

std::optional<StaffRole> StaffDirectoryModel::chosenRole(const QString &roleCode)
{
    const auto role = StaffRoles::fromCode(roleCode);
    if (!role)
        setMessage(tr("Choose a role."), true);
    return role;
}

bool StaffDirectoryModel::samePasswords(const QString &password, const QString &repeated)
{
    if (password != repeated)
        setMessage(tr("The two passwords differ; nothing was changed."), true);
    return password == repeated;
}

bool StaffDirectoryModel::finish(const Status &status, const QString &done)
{
    if (!status) {
        setMessage(status.error().message, true);
        return false;
    }
    refresh();
    setMessage(done, false);
    return true;
}

void StaffDirectoryModel::setFormMessage(const QString &message, bool error)
{
    m_formMessage = message;
    m_formMessageIsError = error;
    emit formMessageChanged();
}

void StaffDirectoryModel::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}
