#include "auditlog.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "staffaccounts.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = QStringLiteral("Tide-pool 42");
}

class TestStaffAccounts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    QDateTime m_now { QDate(2024, 6, 3), QTime(9, 0), Qt::UTC };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_staff;

    QStringList auditActions()
    {
        QStringList actions;
        const QList<AuditEntry> entries = m_audit->entries().value();
        for (const AuditEntry &e : entries)
            actions << e.action + QLatin1Char(':') + e.subject;
        return actions;
    }

private slots:
    void init()
    {
        m_staff.reset();
        m_audit.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_round)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'a'), [this] { return m_now; });
        m_staff = std::make_unique<StaffAccounts>(*m_db, *m_audit, [this] { return m_now; });
    }

    void addsAndSignsIn()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("zhang.san"),
                        StaffRole::Reviewer, QStringLiteral("police"), kPassword)
                    .ok());
        auto session = m_staff->signIn(QStringLiteral("zhang.san"), kPassword);
        QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message));
        QCOMPARE(session->role(), StaffRole::Reviewer);
        QCOMPARE(session->department(), QStringLiteral("police"));
        auto list = m_staff->list();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().userName, QStringLiteral("zhang.san"));
        QCOMPARE(auditActions(),
            QStringList({ QStringLiteral("staff.change:zhang.san"),
                QStringLiteral("staff.sign_in:zhang.san") }));
        QVERIFY(m_audit->verify()->ok);
        // The password is nowhere in the database, only its scrypt hash.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM staff_accounts")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$scrypt$ln=17,r=8,p=1$")));
    }

    void refusesBadInputWithAReason_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("sql in name") << "x'; DROP TABLE staff_accounts; --"
                                     << "front_desk"
                                     << ""
                                     << "Tide-pool 42"
                                     << "identity.bad_user_name";
        QTest::newRow("long name") << QString(10000, QLatin1Char('a')) << "front_desk"
                                   << ""
                                   << "Tide-pool 42"
                                   << "identity.bad_user_name";
        QTest::newRow("reviewer without dept") << "wang"
                                               << "reviewer"
                                               << ""
                                               << "Tide-pool 42"
                                               << "identity.department_missing";
        QTest::newRow("sql in dept") << "wang"
                                     << "reviewer"
                                     << "p'--"
                                     << "Tide-pool 42"
                                     << "identity.bad_department";
        QTest::newRow("weak password") << "wang"
                                       << "front_desk"
                                       << ""
                                       << "short"
                                       << "identity.password_short";
    }
    void refusesBadInputWithAReason()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(QString, department);
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status status = m_staff->add(
            QStringLiteral("cli:root"), user, *StaffRoles::fromCode(role), department, password);
        QCOMPARE(status.ok() ? QString() : status.error().code, code);
        QCOMPARE(m_staff->list()->size(), 0);
        QCOMPARE(m_audit->entries()->size(), 0);
    }

    void wrongPasswordsAndUnknownUsersGetTheSameAnswer()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        const auto wrong = m_staff->signIn(QStringLiteral("li"), QStringLiteral("Tide-pool 43"));
        const auto unknown = m_staff->signIn(QStringLiteral("nobody"), kPassword);
        const auto hostile
            = m_staff->signIn(QStringLiteral("' OR 1=1 --"), QString(100000, QLatin1Char('x')));
        QCOMPARE(wrong.error(), unknown.error());
        QCOMPARE(hostile.error(), unknown.error());
        QCOMPARE(auditActions().count(QStringLiteral("staff.sign_in_failed:(unknown user)")), 2);
        QVERIFY(auditActions().contains(QStringLiteral("staff.sign_in_failed:li")));
    }

    void locksOutAfterFiveFailuresForFifteenMinutes()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(m_staff->signIn(QStringLiteral("li"), QStringLiteral("nope-%1-xyz").arg(i))
                         .error()
                         .code,
                QStringLiteral("identity.sign_in_failed"));
        const auto fifth = m_staff->signIn(QStringLiteral("li"), QStringLiteral("nope-5-xyz"));
        QCOMPARE(fifth.error().code, QStringLiteral("identity.locked_out"));
        QVERIFY2(fifth.error().message.contains(QStringLiteral("15")),
            qPrintable(fifth.error().message));
        QCOMPARE(m_staff->lockedSecondsLeft(QStringLiteral("li")), 15 * 60);

        // Even the right password is refused while locked out.
        m_now = m_now.addSecs(14 * 60);
        const auto during = m_staff->signIn(QStringLiteral("li"), kPassword);
        QCOMPARE(during.error().code, QStringLiteral("identity.locked_out"));
        QVERIFY(during.error().message.contains(QStringLiteral("1 more minute")));
        QCOMPARE(m_staff->lockedSecondsLeft(QStringLiteral("li")), 60);

        m_now = m_now.addSecs(61);
        QVERIFY(m_staff->signIn(QStringLiteral("li"), kPassword).ok());
        QCOMPARE(m_staff->find(QStringLiteral("li"))->value().failedSignIns, 0);
        QVERIFY(m_audit->verify()->ok);
    }

    void administratorLockAndUnlock()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::Supervisor,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff->setLocked(QStringLiteral("cli:root"), QStringLiteral("li"), true).ok());
        QCOMPARE(m_staff->signIn(QStringLiteral("li"), kPassword).error().code,
            QStringLiteral("identity.account_disabled"));
        QVERIFY(m_staff->setLocked(QStringLiteral("cli:root"), QStringLiteral("li"), false).ok());
        QVERIFY(m_staff
                    ->changePassword(QStringLiteral("cli:root"), QStringLiteral("li"),
                        QStringLiteral("Second tide 77"))
                    .ok());
        QVERIFY(!m_staff->signIn(QStringLiteral("li"), kPassword).ok());
        QVERIFY(m_staff->signIn(QStringLiteral("li"), QStringLiteral("Second tide 77")).ok());
        QCOMPARE(m_staff->setLocked(QStringLiteral("cli:root"), QStringLiteral("ghost"), true)
                     .error()
                     .code,
            QStringLiteral("identity.no_such_user"));
    }

    void refusesEverythingWhenTheAuditLogCannotBeWritten()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const auto session = m_staff->signIn(QStringLiteral("li"), kPassword);
        QCOMPARE(session.error().code, QStringLiteral("security.audit_unwritable"));
        const Status added = m_staff->add(QStringLiteral("cli:root"), QStringLiteral("wang"),
            StaffRole::FrontDesk, {}, kPassword);
        QCOMPARE(added.error().code, QStringLiteral("security.audit_unwritable"));
        QCOMPARE(m_staff->list()->size(), 1);
        QCOMPARE(m_staff->signIn(QStringLiteral("li"), QStringLiteral("wrong-one-1")).error().code,
            QStringLiteral("security.audit_unwritable"));
        QCOMPARE(m_staff->find(QStringLiteral("li"))->value().failedSignIns, 0);
    }

    void signsInOnlyToTheWorkspaceOfTheRole()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("root.admin"),
                        StaffRole::Admin, {}, kPassword)
                    .ok());
        QVERIFY(m_staff->signIn(Workspace::BackOffice, QStringLiteral("li"), kPassword).ok());
        const auto clerkAsAdmin
            = m_staff->signIn(Workspace::Administration, QStringLiteral("li"), kPassword);
        QCOMPARE(clerkAsAdmin.error().code, QStringLiteral("identity.wrong_workspace"));
        QVERIFY(clerkAsAdmin.error().message.contains(QStringLiteral("front desk")));
        QCOMPARE(m_staff->signIn(Workspace::BackOffice, QStringLiteral("root.admin"), kPassword)
                     .error()
                     .code,
            QStringLiteral("identity.wrong_workspace"));
        auto admin
            = m_staff->signIn(Workspace::Administration, QStringLiteral("root.admin"), kPassword);
        QVERIFY(admin.ok());
        // A correct password in the wrong place is not a failure that counts to a lock-out.
        QCOMPARE(m_staff->find(QStringLiteral("li"))->value().failedSignIns, 0);

        QVERIFY(m_staff->signOut(admin.value(), QStringLiteral("signed out")).ok());
        QVERIFY(!admin->isActive(m_now));
        QCOMPARE(auditActions().mid(2),
            QStringList({ QStringLiteral("staff.sign_in:li"), QStringLiteral("staff.sign_in:li"),
                QStringLiteral("staff.sign_out:li"), QStringLiteral("staff.sign_in:root.admin"),
                QStringLiteral("staff.sign_out:root.admin"),
                QStringLiteral("staff.sign_in:root.admin"),
                QStringLiteral("staff.sign_out:root.admin") }));
        QVERIFY(m_audit->verify()->ok);
    }

    void assignsRolesAndKeepsAnAdministratorInCharge()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("admin.li"), StaffRole::Admin,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff
                    ->add(QStringLiteral("admin.li"), QStringLiteral("wang"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff
                    ->assign(QStringLiteral("admin.li"), QStringLiteral("wang"),
                        StaffRole::Reviewer, QStringLiteral("rs"))
                    .ok());
        auto wang = m_staff->find(QStringLiteral("wang")).value();
        QCOMPARE(wang->role, StaffRole::Reviewer);
        QCOMPARE(wang->department, QStringLiteral("rs"));
        QCOMPARE(m_staff
                     ->assign(QStringLiteral("admin.li"), QStringLiteral("wang"),
                         StaffRole::Reviewer, {})
                     .error()
                     .code,
            QStringLiteral("identity.department_missing"));
        QCOMPARE(m_staff
                     ->assign(QStringLiteral("admin.li"), QStringLiteral("admin.li"),
                         StaffRole::Supervisor, {})
                     .error()
                     .code,
            QStringLiteral("identity.own_role"));
        QCOMPARE(m_staff->setLocked(QStringLiteral("admin.li"), QStringLiteral("admin.li"), true)
                     .error()
                     .code,
            QStringLiteral("identity.own_lock"));
        QCOMPARE(m_staff
                     ->assign(QStringLiteral("admin.li"), QStringLiteral("nobody"),
                         StaffRole::FrontDesk, {})
                     .error()
                     .code,
            QStringLiteral("identity.no_such_user"));
        // One entry per change that happened, none for the refusals.
        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.last().detail, QStringLiteral("assign role=reviewer department=rs"));
        QCOMPARE(m_staff->find(QStringLiteral("admin.li")).value()->role, StaffRole::Admin);
    }

    // Acceptance: "staff lock" from the command line locked the only administrator.
    void theLastActiveAdministratorStays()
    {
        const QString root = QStringLiteral("cli:root");
        QVERIFY(
            m_staff->add(root, QStringLiteral("admin.li"), StaffRole::Admin, {}, kPassword).ok());
        QCOMPARE(m_staff->setLocked(root, QStringLiteral("admin.li"), true).error().code,
            QStringLiteral("identity.last_admin"));
        QCOMPARE(m_staff->checkLock(root, QStringLiteral("admin.li"), true).error().code,
            QStringLiteral("identity.last_admin"));
        QCOMPARE(m_staff->assign(root, QStringLiteral("admin.li"), StaffRole::Supervisor, {})
                     .error()
                     .code,
            QStringLiteral("identity.last_admin"));
        QVERIFY(
            m_staff->add(root, QStringLiteral("admin.wu"), StaffRole::Admin, {}, kPassword).ok());
        QVERIFY(m_staff->checkLock(root, QStringLiteral("admin.li"), true).ok());
        QVERIFY(m_staff->setLocked(root, QStringLiteral("admin.li"), true).ok());
        // admin.wu is now the only active one: it stays, and locked admin.li does not count.
        QCOMPARE(m_staff->setLocked(root, QStringLiteral("admin.wu"), true).error().code,
            QStringLiteral("identity.last_admin"));
        QCOMPARE(m_staff->assign(root, QStringLiteral("admin.wu"), StaffRole::FrontDesk, {})
                     .error()
                     .code,
            QStringLiteral("identity.last_admin"));
        QVERIFY(m_staff->find(QStringLiteral("admin.wu")).value()->role == StaffRole::Admin);
        // A locked administrator may be demoted: it is not the one in charge.
        QVERIFY(m_staff->assign(root, QStringLiteral("admin.li"), StaffRole::FrontDesk, {}).ok());
    }

    // Acceptance: an unknown name never locked, a known one did, and a disabled account said so
    // to anyone: three ways to tell which names exist.
    void unknownNamesAreAnsweredAndLockedOutLikeKnownOnes()
    {
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("li"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff
                    ->add(QStringLiteral("cli:root"), QStringLiteral("wu"), StaffRole::FrontDesk,
                        {}, kPassword)
                    .ok());
        QVERIFY(m_staff->setLocked(QStringLiteral("cli:root"), QStringLiteral("wu"), true).ok());
        for (int i = 1; i <= 5; ++i) {
            const auto known = m_staff->signIn(QStringLiteral("li"), QStringLiteral("nope-xyz-1"));
            const auto unknown
                = m_staff->signIn(QStringLiteral("nobody"), QStringLiteral("nope-xyz-1"));
            const auto disabled
                = m_staff->signIn(QStringLiteral("wu"), QStringLiteral("nope-xyz-1"));
            QCOMPARE(unknown.error(), known.error());
            QCOMPARE(disabled.error(), known.error());
        }
        QCOMPARE(m_staff->signIn(QStringLiteral("nobody"), kPassword).error().code,
            QStringLiteral("identity.locked_out"));
        QCOMPARE(m_staff->lockedSecondsLeft(QStringLiteral("nobody")), 15 * 60);
        QCOMPARE(m_staff->lockedSecondsLeft(QStringLiteral("someone.else")), 0);
        m_now = m_now.addSecs(15 * 60 + 1);
        QCOMPARE(m_staff->lockedSecondsLeft(QStringLiteral("nobody")), 0);
        QCOMPARE(m_staff->signIn(QStringLiteral("nobody"), kPassword).error().code,
            QStringLiteral("identity.sign_in_failed"));
        // Only the holder of a disabled account's password learns that it is disabled.
        QCOMPARE(m_staff->signIn(QStringLiteral("wu"), kPassword).error().code,
            QStringLiteral("identity.account_disabled"));
    }

    // Issue 32 item 12: an account that leaves is deactivated, not deleted: it stays in the list
    // and the audit trail, cannot sign in, is no administrator, and can come back.
    void deactivatedAccountsStayButCannotSignIn()
    {
        const QString root = QStringLiteral("cli:root");
        QVERIFY(m_staff->add(root, QStringLiteral("li"), StaffRole::FrontDesk, {}, kPassword).ok());
        QVERIFY(m_staff->checkDeactivation(root, QStringLiteral("li"), true).ok());
        QVERIFY(!m_staff->find(QStringLiteral("li")).value()->deactivated()); // only a check
        QCOMPARE(m_staff->checkDeactivation(root, QStringLiteral("li"), false).error().code,
            QStringLiteral("identity.not_deactivated"));
        QVERIFY(m_staff->setDeactivated(root, QStringLiteral("li"), true).ok());
        const auto li = m_staff->find(QStringLiteral("li")).value();
        QVERIFY(li->deactivated());
        QCOMPARE(li->deactivatedAt, m_now);
        QCOMPARE(m_staff->list()->size(), 1);
        QCOMPARE(m_staff->setDeactivated(root, QStringLiteral("li"), true).error().code,
            QStringLiteral("identity.already_deactivated"));
        // Only the holder of the password learns why; anyone else hears the usual answer.
        QCOMPARE(m_staff->signIn(QStringLiteral("li"), kPassword).error().code,
            QStringLiteral("identity.account_deactivated"));
        QCOMPARE(m_staff->signIn(QStringLiteral("li"), QStringLiteral("nope-xyz-1")).error().code,
            QStringLiteral("identity.sign_in_failed"));
        QVERIFY(m_staff->setDeactivated(root, QStringLiteral("li"), false).ok());
        QVERIFY(!m_staff->find(QStringLiteral("li")).value()->deactivated());
        QVERIFY(m_staff->signIn(QStringLiteral("li"), kPassword).ok());
        const QList<AuditEntry> entries = m_audit->entries().value();
        QStringList details;
        for (const AuditEntry &e : entries)
            if (e.action == AuditLog::kStaffChange && e.subject == QStringLiteral("li"))
                details << e.detail;
        QCOMPARE(details,
            (QStringList { QStringLiteral("add role=front_desk department="),
                QStringLiteral("deactivate"), QStringLiteral("reactivate") }));
        QCOMPARE(entries.at(entries.size() - 2).actor, root);
    }

    void theLastActiveAdministratorIsNotDeactivated()
    {
        const QString root = QStringLiteral("cli:root");
        for (const QString &name : { QStringLiteral("admin.li"), QStringLiteral("admin.wu") })
            QVERIFY(m_staff->add(root, name, StaffRole::Admin, {}, kPassword).ok());
        QCOMPARE(
            m_staff->setDeactivated(QStringLiteral("admin.li"), QStringLiteral("admin.li"), true)
                .error()
                .code,
            QStringLiteral("identity.own_deactivation"));
        QVERIFY(m_staff->setDeactivated(root, QStringLiteral("admin.wu"), true).ok());
        // admin.wu no longer counts: admin.li is the last one, for every way of losing it.
        QCOMPARE(m_staff->checkDeactivation(root, QStringLiteral("admin.li"), true).error().code,
            QStringLiteral("identity.last_admin"));
        QCOMPARE(m_staff->setLocked(root, QStringLiteral("admin.li"), true).error().code,
            QStringLiteral("identity.last_admin"));
        QCOMPARE(m_staff->assign(root, QStringLiteral("admin.li"), StaffRole::Supervisor, {})
                     .error()
                     .code,
            QStringLiteral("identity.last_admin"));
        QVERIFY(m_staff->setDeactivated(root, QStringLiteral("admin.wu"), false).ok());
        QVERIFY(m_staff->setDeactivated(root, QStringLiteral("admin.li"), true).ok());
    }

    // Issue 32 item 12: a real name (姓名) is personal data, sealed with the data key like a
    // citizen's name; neither the database nor the audit log holds it in clear.
    void aRealNameIsKeptSealed()
    {
        const QString root = QStringLiteral("cli:root");
        const QString name = QStringLiteral("欧阳明华");
        QCOMPARE(m_staff->add(root, QStringLiteral("li"), StaffRole::FrontDesk, {}, kPassword, name)
                     .error()
                     .code,
            QStringLiteral("identity.no_data_key")); // nowhere to seal it: not stored in clear
        auto keys
            = DataKeys::open(*m_db, m_dir.filePath(QStringLiteral("data%1.key").arg(m_round)));
        QVERIFY(keys.ok());
        const FieldCipher cipher(keys.value());
        m_staff->setPersonalDataCipher(&cipher);
        QCOMPARE(m_staff
                     ->add(root, QStringLiteral("li"), StaffRole::FrontDesk, {}, kPassword,
                         QString(51, QLatin1Char('x')))
                     .error()
                     .code,
            QStringLiteral("identity.bad_real_name"));
        QVERIFY(m_staff
                    ->add(root, QStringLiteral("li"), StaffRole::FrontDesk, {}, kPassword,
                        QStringLiteral(" ") + name)
                    .ok());
        QVERIFY(m_staff->add(root, QStringLiteral("wu"), StaffRole::FrontDesk, {}, kPassword).ok());
        QCOMPARE(m_staff->find(QStringLiteral("li")).value()->realName, name);
        QCOMPARE(m_staff->list()->first().realName, name);
        QCOMPARE(m_staff->list()->last().realName, QString());
        QVERIFY(m_staff->setRealName(root, QStringLiteral("wu"), QStringLiteral("吴敏")).ok());
        QCOMPARE(m_staff->find(QStringLiteral("wu")).value()->realName, QStringLiteral("吴敏"));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT real_name FROM staff_accounts ORDER BY user_name")));
        while (q.next()) {
            const QByteArray stored = q.value(0).toByteArray();
            QVERIFY(!stored.isEmpty());
            QVERIFY(!stored.contains(name.toUtf8()));
            QVERIFY(!stored.contains(QStringLiteral("吴敏").toUtf8()));
        }
        // A sealed name copied to another account does not open there.
        QVERIFY(q.exec(QStringLiteral("UPDATE staff_accounts SET real_name = (SELECT real_name "
                                      "FROM staff_accounts WHERE user_name = 'li') "
                                      "WHERE user_name = 'wu'")));
        QVERIFY(!m_staff->find(QStringLiteral("wu")).ok());
        QVERIFY(m_staff->setRealName(root, QStringLiteral("wu"), {}).ok());
        QCOMPARE(m_staff->find(QStringLiteral("wu")).value()->realName, QString());
        const QList<AuditEntry> entries = m_audit->entries().value();
        for (const AuditEntry &e : entries)
            QVERIFY2(!e.detail.contains(name) && !e.detail.contains(QStringLiteral("吴敏")),
                qPrintable(e.detail));
        QCOMPARE(entries.at(0).detail, QStringLiteral("add role=front_desk department= real_name"));
        QCOMPARE(entries.last().detail, QStringLiteral("real_name cleared"));
    }

    // Issue 24 item 8: a department that the active catalog does not have is refused, naming it
    // and the catalog's departments.
    void anUnknownDepartmentIsRefusedWithTheKnownOnes()
    {
        const QString root = QStringLiteral("cli:root");
        QStringList catalog;
        m_staff->setDepartmentLookup([&catalog]() -> Result<QStringList> { return catalog; });
        const Status none
            = m_staff->add(root, QStringLiteral("li"), StaffRole::Reviewer, u"GD-GAJ"_s, kPassword);
        QCOMPARE(none.error().code, QStringLiteral("identity.unknown_department"));
        QVERIFY2(none.error().message.contains(QStringLiteral("catalog")),
            qPrintable(none.error().message));
        catalog = QStringList { QStringLiteral("GD-RSJ"), QStringLiteral("GD-GAJ") };
        const Status police
            = m_staff->add(root, QStringLiteral("li"), StaffRole::Reviewer, u"police"_s, kPassword);
        QCOMPARE(police.error().code, QStringLiteral("identity.unknown_department"));
        for (const QString &named : { u"\"police\""_s, u"GD-RSJ"_s, u"GD-GAJ"_s })
            QVERIFY2(police.error().message.contains(named), qPrintable(police.error().message));
        QVERIFY(!m_staff->find(QStringLiteral("li")).value());
        QVERIFY(
            m_staff->add(root, QStringLiteral("li"), StaffRole::Reviewer, u"GD-GAJ"_s, kPassword)
                .ok());
        QCOMPARE(m_staff->assign(root, QStringLiteral("li"), StaffRole::Reviewer, u"GD-XX"_s)
                     .error()
                     .code,
            QStringLiteral("identity.unknown_department"));
    }
};

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "tst_staffaccounts.moc"
