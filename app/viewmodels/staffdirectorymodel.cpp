#include "staffdirectorymodel.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "staffdesk.h"

#include <QLocale>

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
        { LastSignInRole, "lastSignIn" }, { CreatedRole, "created" }, { IsSelfRole, "isSelf" } };
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
        return a.disabled ? tr("locked by an administrator")
            : lockedOut
            ? tr("locked after wrong passwords until %1")
                  .arg(QLocale().toString(a.lockedUntil.toLocalTime().time(), QLocale::ShortFormat))
            : tr("active");
    case LastSignInRole: {
        const QDateTime last = m_lastSignIn.value(a.userName);
        return last.isValid()
            ? QLocale().toString(last.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("never");
    }
    case CreatedRole:
        return QLocale().toString(a.createdAt.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"));
    case IsSelfRole:
        return a.userName == m_staff.userName();
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
    const QString &department, const QString &password, const QString &repeated)
{
    const auto role = chosenRole(roleCode);
    if (!role || !samePasswords(password, repeated))
        return false;
    auto actor = m_staff.authorize(Permission::ManageStaff);
    if (!actor)
        return finish(actor.error(), {});
    const QString name = userName.trimmed();
    return finish(m_accounts.add(actor.value(), name, *role,
                      *role == StaffRole::Reviewer ? department : QString(), password),
        tr("Account %1 was added as %2.").arg(name, StaffRoles::displayName(*role)));
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

void StaffDirectoryModel::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}
