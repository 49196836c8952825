#include "staffrole.h"

namespace onewindow {

QString StaffRoles::code(StaffRole role)
{
    switch (role) {
    case StaffRole::FrontDesk:
        return QStringLiteral("front_desk");
    case StaffRole::Reviewer:
        return QStringLiteral("reviewer");
    case StaffRole::Supervisor:
        return QStringLiteral("supervisor");
    case StaffRole::Admin:
        break;
    }
    return QStringLiteral("admin");
}

std::optional<StaffRole> StaffRoles::fromCode(const QString &code)
{
    for (StaffRole role :
        { StaffRole::FrontDesk, StaffRole::Reviewer, StaffRole::Supervisor, StaffRole::Admin })
        if (StaffRoles::code(role) == code)
            return role;
    return std::nullopt;
}

QString StaffRoles::displayName(StaffRole role)
{
    switch (role) {
    case StaffRole::FrontDesk:
        return tr("front desk");
    case StaffRole::Reviewer:
        return tr("department reviewer");
    case StaffRole::Supervisor:
        return tr("supervisor");
    case StaffRole::Admin:
        break;
    }
    return tr("administrator");
}

bool StaffRoles::allows(
    StaffRole role, const QString &roleDepartment, Permission permission, const QString &department)
{
    switch (permission) {
    case Permission::AcceptCase:
        return role == StaffRole::FrontDesk;
    case Permission::ReviewCase:
        return role == StaffRole::Reviewer && !roleDepartment.isEmpty()
            && roleDepartment == department;
    case Permission::ViewSupervision:
        return role == StaffRole::Supervisor || role == StaffRole::Admin;
    case Permission::ViewApplicant:
        // Need to know: the desk that accepts, the supervisor, and the department reviewing it.
        // Administrators run the terminals and never see a citizen's data.
        return role == StaffRole::FrontDesk || role == StaffRole::Supervisor
            || (role == StaffRole::Reviewer && !roleDepartment.isEmpty()
                && roleDepartment == department);
    case Permission::ManageStaff:
    case Permission::LoadCatalog:
    case Permission::ChangeTrust:
    case Permission::ChangeSettings:
        // Administration is kept apart from case work: an admin decides no case.
        return role == StaffRole::Admin;
    }
    return false;
}

bool StaffRoles::opens(StaffRole role, Workspace workspace)
{
    return (role == StaffRole::Admin) == (workspace == Workspace::Administration);
}

} // namespace onewindow
