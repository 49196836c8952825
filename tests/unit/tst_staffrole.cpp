#include "staffrole.h"

#include <QTest>

using namespace onewindow;

class TestStaffRole : public QObject
{
    Q_OBJECT
private slots:
    void codesRoundTrip()
    {
        for (StaffRole role : { StaffRole::FrontDesk, StaffRole::Reviewer, StaffRole::Supervisor,
                 StaffRole::Admin }) {
            QCOMPARE(StaffRoles::fromCode(StaffRoles::code(role)), role);
            QVERIFY(!StaffRoles::displayName(role).isEmpty());
        }
        QVERIFY(!StaffRoles::fromCode(QStringLiteral("root")));
        QVERIFY(!StaffRoles::fromCode(QStringLiteral("admin' OR '1'='1")));
    }

    void eachRoleMayDoItsOwnWorkOnly()
    {
        const QString none;
        QVERIFY(StaffRoles::allows(StaffRole::FrontDesk, none, Permission::AcceptCase));
        QVERIFY(!StaffRoles::allows(StaffRole::FrontDesk, none, Permission::ManageStaff));
        QVERIFY(StaffRoles::allows(StaffRole::Reviewer, QStringLiteral("police"),
            Permission::ReviewCase, QStringLiteral("police")));
        QVERIFY(!StaffRoles::allows(StaffRole::Reviewer, QStringLiteral("police"),
            Permission::ReviewCase, QStringLiteral("tax")));
        QVERIFY(!StaffRoles::allows(StaffRole::Reviewer, none, Permission::ReviewCase, none));
        QVERIFY(!StaffRoles::allows(
            StaffRole::Reviewer, QStringLiteral("police"), Permission::AcceptCase));
        QVERIFY(StaffRoles::allows(StaffRole::Supervisor, none, Permission::ViewSupervision));
        QVERIFY(!StaffRoles::allows(StaffRole::Supervisor, none, Permission::ChangeSettings));
        for (Permission p : { Permission::ManageStaff, Permission::LoadCatalog,
                 Permission::ChangeTrust, Permission::ChangeSettings })
            QVERIFY(StaffRoles::allows(StaffRole::Admin, none, p));
        QVERIFY(!StaffRoles::allows(StaffRole::Admin, none, Permission::AcceptCase));
    }

    void applicantDataIsSeenOnlyByWhoWorksOnTheCase()
    {
        const QString police = QStringLiteral("police");
        const QString none;
        QVERIFY(StaffRoles::allows(StaffRole::FrontDesk, none, Permission::ViewApplicant, police));
        QVERIFY(StaffRoles::allows(StaffRole::Supervisor, none, Permission::ViewApplicant, police));
        QVERIFY(StaffRoles::allows(StaffRole::Reviewer, police, Permission::ViewApplicant, police));
        QVERIFY(!StaffRoles::allows(
            StaffRole::Reviewer, QStringLiteral("tax"), Permission::ViewApplicant, police));
        QVERIFY(!StaffRoles::allows(StaffRole::Reviewer, none, Permission::ViewApplicant, none));
        QVERIFY(!StaffRoles::allows(StaffRole::Admin, none, Permission::ViewApplicant, police));
    }

    void eachRoleOpensOneWorkspace()
    {
        for (StaffRole role :
            { StaffRole::FrontDesk, StaffRole::Reviewer, StaffRole::Supervisor }) {
            QVERIFY(StaffRoles::opens(role, Workspace::BackOffice));
            QVERIFY(!StaffRoles::opens(role, Workspace::Administration));
        }
        QVERIFY(StaffRoles::opens(StaffRole::Admin, Workspace::Administration));
        QVERIFY(!StaffRoles::opens(StaffRole::Admin, Workspace::BackOffice));
    }
};

QTEST_GUILESS_MAIN(TestStaffRole)
#include "tst_staffrole.moc"
