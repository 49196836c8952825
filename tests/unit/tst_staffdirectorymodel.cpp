// The administrator's staff list over a real terminal database: the add form's answers stand
// by the form, real names are shown and edited, accounts are deactivated and reactivated, and an
// unknown department is refused naming the catalog's (issue 32 items 7 and 12, issue 24 item 8).
#include "auditlog.h"
#include "catalogstore.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "pinyintranscriber.h"
#include "staffdesk.h"
#include "staffdirectorymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Harbour-lights 27"_s;
} // namespace

class TestStaffDirectoryModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<Database> m_db;
    std::optional<DataKeys> m_keys;
    std::unique_ptr<FieldCipher> m_cipher;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staff;
    std::unique_ptr<PinyinTranscriber> m_pinyin;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<StaffDirectoryModel> m_directory;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int rowOf(const QString &userName) const
    {
        for (int row = 0; row < m_directory->rowCount(); ++row)
            if (m_directory->index(row).data(StaffDirectoryModel::UserNameRole) == userName)
                return row;
        return -1;
    }
    QVariant dataOf(const QString &userName, int role) const
    {
        return m_directory->index(rowOf(userName)).data(role);
    }

private slots:
    void init()
    {
        m_tester.reset();
        m_directory.reset();
        m_catalog.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_cipher.reset();
        m_keys.reset();
        m_db.reset();
        const QString data = m_dir.filePath(u"data%1"_s.arg(++m_round));
        QVERIFY(QDir().mkpath(data));
        auto db = Database::open(data + u"/onewindow.sqlite"_s);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        auto keys = DataKeys::open(*m_db, data + u"/data.key"_s);
        QVERIFY(keys.ok());
        m_keys.emplace(std::move(keys.value()));
        m_cipher = std::make_unique<FieldCipher>(*m_keys);
        m_audit = std::make_unique<AuditLog>(*m_db, m_keys->auditKey());
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit);
        m_accounts->setPersonalDataCipher(m_cipher.get());
        m_accounts->setDepartmentLookup([]() -> Result<QStringList> {
            return QStringList { u"GD-RSJ"_s, u"GD-GAJ"_s };
        });
        QVERIFY(m_accounts->add(u"t"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword).ok());
        m_staff = std::make_unique<StaffDesk>(*m_accounts, Workspace::Administration);
        m_pinyin = std::make_unique<PinyinTranscriber>();
        m_catalog = std::make_unique<CatalogStore>(*m_db, *m_pinyin);
        m_directory
            = std::make_unique<StaffDirectoryModel>(*m_accounts, *m_audit, *m_catalog, *m_staff);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_directory.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_staff->signInNow(u"admin01"_s, kPassword);
        m_directory->refresh();
        QCOMPARE(m_directory->rowCount(), 1);
    }

    // Signed out nothing is listed; an administrator adds, locks, resets and assigns, each audited.
    void staffAccountsAreManagedByAnAdministrator()
    {
        m_staff->signOut();
        m_directory->refresh();
        QCOMPARE(m_directory->rowCount(), 0);
        QVERIFY(m_directory->messageIsError());
        m_staff->signInNow(u"admin01"_s, kPassword);
        m_directory->refresh();
        QCOMPARE(m_directory->rowCount(), 1);
        QVERIFY(m_directory->index(0).data(StaffDirectoryModel::IsSelfRole).toBool());
        QVERIFY(m_directory->index(0).data(StaffDirectoryModel::LastSignInRole).toString()
            != u"never"_s);
        QVERIFY(!m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, u"other"_s));
        QVERIFY(m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, kPassword));
        QCOMPARE(m_directory->rowCount(), 2);
        QVERIFY(!m_directory->setLocked(u"admin01"_s, true));
        QVERIFY(m_directory->setLocked(u"wang"_s, true));
        QVERIFY(m_directory->resetPassword(u"wang"_s, u"Tide-pool 42"_s, u"Tide-pool 42"_s));
        QVERIFY(m_directory->assign(u"wang"_s, u"reviewer"_s, u"GD-RSJ"_s));
        QCOMPARE(m_accounts->find(u"wang"_s).value()->department, u"GD-RSJ"_s);
        QStringList actions;
        const QList<AuditEntry> entries = m_audit->entries().value();
        for (const AuditEntry &e : entries)
            actions << e.action;
        QCOMPARE(actions.count(AuditLog::kStaffChange), 5);
        QVERIFY(m_audit->verify()->ok);
    }

    // Acceptance (34): a weak password's refusal showed under the selected account's panel.
    void theAddFormAnswersByItself()
    {
        QVERIFY(m_directory->setLocked(u"admin01"_s, false)); // an answer about an account
        QVERIFY(!m_directory->message().isEmpty());
        QVERIFY(!m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, u"short"_s, u"short"_s));
        QVERIFY(m_directory->formMessageIsError());
        QVERIFY2(m_directory->formMessage().contains(u"short"_s),
            qPrintable(m_directory->formMessage()));
        QVERIFY(!m_directory->messageIsError()); // the account panel's answer is untouched
        QVERIFY(!m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, u"other"_s));
        QVERIFY(m_directory->formMessageIsError());
        QVERIFY(m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, kPassword));
        QVERIFY(!m_directory->formMessageIsError());
        QVERIFY(m_directory->formMessage().contains(u"wang"_s));
        QCOMPARE(m_directory->rowCount(), 2);
    }

    void realNamesAreShownAndEdited()
    {
        QVERIFY(m_directory->addAccount(
            u"wang"_s, u"front_desk"_s, {}, kPassword, kPassword, u"王敏"_s));
        QCOMPARE(dataOf(u"wang"_s, StaffDirectoryModel::RealNameRole).toString(), u"王敏"_s);
        QCOMPARE(dataOf(u"admin01"_s, StaffDirectoryModel::RealNameRole).toString(), QString());
        QVERIFY(m_directory->setRealName(u"admin01"_s, u"张伟"_s));
        QCOMPARE(dataOf(u"admin01"_s, StaffDirectoryModel::RealNameRole).toString(), u"张伟"_s);
        QVERIFY(!m_directory->setRealName(u"admin01"_s, QString(51, u'x')));
        QVERIFY(m_directory->messageIsError());
        QCOMPARE(dataOf(u"admin01"_s, StaffDirectoryModel::RealNameRole).toString(), u"张伟"_s);
    }

    void accountsAreDeactivatedAndReactivated()
    {
        QVERIFY(m_directory->addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, kPassword));
        // Not one's own, and (the same here) not the last administrator: said before asking.
        QVERIFY(!m_directory->mayDeactivate(u"admin01"_s, true));
        QVERIFY(m_directory->messageIsError());
        QVERIFY(m_directory->mayDeactivate(u"wang"_s, true));
        QVERIFY(!dataOf(u"wang"_s, StaffDirectoryModel::DeactivatedRole).toBool());
        QVERIFY(m_directory->setDeactivated(u"wang"_s, true));
        QVERIFY(dataOf(u"wang"_s, StaffDirectoryModel::DeactivatedRole).toBool());
        QCOMPARE(
            dataOf(u"wang"_s, StaffDirectoryModel::StateTextRole).toString(), u"deactivated"_s);
        QCOMPARE(m_directory->rowCount(), 2); // kept
        QVERIFY(!m_directory->mayDeactivate(u"wang"_s, true));
        QVERIFY(m_directory->setDeactivated(u"wang"_s, false));
        QCOMPARE(dataOf(u"wang"_s, StaffDirectoryModel::StateTextRole).toString(), u"active"_s);
    }

    void anUnknownDepartmentIsRefusedByTheForm()
    {
        QVERIFY(
            !m_directory->addAccount(u"zhang"_s, u"reviewer"_s, u"police"_s, kPassword, kPassword));
        for (const QString &named : { u"police"_s, u"GD-RSJ"_s, u"GD-GAJ"_s })
            QVERIFY2(
                m_directory->formMessage().contains(named), qPrintable(m_directory->formMessage()));
        QVERIFY(
            m_directory->addAccount(u"zhang"_s, u"reviewer"_s, u"GD-GAJ"_s, kPassword, kPassword));
        QCOMPARE(dataOf(u"zhang"_s, StaffDirectoryModel::DepartmentRole).toString(), u"GD-GAJ"_s);
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectoryModel)
#include "tst_staffdirectorymodel.moc"
