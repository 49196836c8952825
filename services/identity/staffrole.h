// Staff roles and what each may do; the one place a permission is decided.
#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace onewindow {

enum class StaffRole { FrontDesk, Reviewer, Supervisor, Admin };

enum class Permission {
    AcceptCase, // 受理 / 不予受理 / 补正 and routing (front desk)
    ReviewCase, // approve or refuse a department's part (reviewer of that department)
    ViewSupervision, // backlog, overdue cases and on-time rates
    ViewApplicant, // a case's applicant data opened: front desk, supervisor, the reviewing dept
    ManageStaff,
    LoadCatalog,
    ChangeTrust,
    ChangeSettings,
};

// The staff views of a terminal; a role signs in to the one its work is in.
enum class Workspace { BackOffice, Administration };

class StaffRoles
{
    Q_DECLARE_TR_FUNCTIONS(StaffRoles)
public:
    static QString code(StaffRole role); // "front_desk", "reviewer", "supervisor", "admin"
    static std::optional<StaffRole> fromCode(const QString &code);
    static QString displayName(StaffRole role); // translated

    // department is only consulted for ReviewCase: a reviewer acts for their own department.
    static bool allows(StaffRole role, const QString &roleDepartment, Permission permission,
        const QString &department = {});
    // Case work and administration are kept apart: front desk, reviewers and supervisors
    // work in the back office, administrators only in the administration view.
    static bool opens(StaffRole role, Workspace workspace);
};

} // namespace onewindow
