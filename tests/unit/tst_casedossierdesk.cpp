// The back office's open case (CaseDossierDesk) over a real terminal database: who may open it,
// the summary with its clock, the typed lists QML reads (each under QAbstractItemModelTester),
// an action taken and the case read again, and nothing left on screen after signing out.
#include "auditlog.h"
#include "casedecisions.h"
#include "casedossierdesk.h"
#include "casefiling.h"
#include "casestore.h"
#include "catalogtestsupport.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "pinyintranscriber.h"
#include "residentid.h"
#include "staffaccounts.h"
#include "staffdesk.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Harbour-lights 27"_s;
const QString kRelief = u"1144000000618895134442111989028"_s; // 最低生活保障申请, 民政
const QDateTime kFiledAt(QDate(2026, 12, 1), QTime(10, 0));
const QDateTime kDeskTime(QDate(2026, 12, 3), QTime(9, 0));
} // namespace

class TestCaseDossierDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DataKeys> m_keys;
    std::unique_ptr<FieldCipher> m_cipher;
    std::unique_ptr<SyncStore> m_sync;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<PinyinTranscriber> m_pinyin;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staff;
    std::unique_ptr<CaseDecisions> m_decisions;
    std::unique_ptr<CaseDossierDesk> m_desk;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_case;

    QList<QAbstractItemModel *> lists() const
    {
        return { m_desk->applicant(), m_desk->answers(), m_desk->materials(),
            m_desk->paperChoices(), m_desk->departments(), m_desk->history(), m_desk->actions(),
            m_desk->routeChoices() };
    }
    const CaseActionRow *action(const QString &code) const
    {
        for (const CaseActionRow &row : m_desk->actions()->rows())
            if (row.offer.code == code)
                return &row;
        return nullptr;
    }

private slots:
    void init()
    {
        m_testers.clear();
        m_desk.reset();
        m_decisions.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_catalog.reset();
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"data%1"_s.arg(++m_round));
        QVERIFY(QDir().mkpath(data));
        auto db = Database::open(data + u"/onewindow.sqlite"_s);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        auto keys = DataKeys::open(*m_db, data + u"/data.key"_s);
        QVERIFY(keys.ok());
        m_keys = std::make_unique<DataKeys>(std::move(keys.value()));
        m_cipher = std::make_unique<FieldCipher>(*m_keys);
        m_sync = std::make_unique<SyncStore>(*m_db, m_cipher.get());
        m_store = std::make_unique<CaseStore>(*m_db, *m_cipher, *m_sync);
        m_pinyin = std::make_unique<PinyinTranscriber>();
        m_catalog = std::make_unique<CatalogStore>(*m_db, *m_pinyin);
        QVERIFY(catalogtest::applyDemoCatalog(*m_db, *m_catalog).ok());
        m_audit = std::make_unique<AuditLog>(*m_db, m_keys->auditKey());
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit);
        QVERIFY(m_accounts->add(u"t"_s, u"zhck01"_s, StaffRole::FrontDesk, {}, kPassword).ok());
        QVERIFY(
            m_accounts->add(u"t"_s, u"rsj01"_s, StaffRole::Reviewer, u"GD-RSJ"_s, kPassword).ok());
        m_staff = std::make_unique<StaffDesk>(*m_accounts, Workspace::BackOffice);

        CaseApplication a;
        const QString first17 = u"44010619580301123"_s;
        a.applicant = { first17 + ResidentId::checkCharacter(first17), u"张三丰"_s,
            IdentityProof::ResidentIdCard };
        a.catalogVersion = u"demo"_s;
        a.items.append(*m_catalog->item(kRelief).value());
        const std::pair<QString, QString> answers[]
            = { { u"applicant.name"_s, u"张三丰"_s }, { u"applicant.phone"_s, u"13800138000"_s },
                  { u"applicant.address"_s, u"广州市天河区体育西路1号"_s },
                  { u"household.monthlyIncome"_s, u"800"_s }, { u"household.members"_s, u"3"_s },
                  { u"applicant.bankAccount"_s, u"6222020200112233445"_s },
                  { u"application.consent"_s, u"true"_s } };
        for (const auto &[key, value] : answers)
            a.answers.insert(key, value);
        a.answers.insert(u"applicant.idNumber"_s, a.applicant.idNumber);
        const WorkingDayCalendar calendar
            = WorkingDayCalendar::fromCatalogCalendar(m_catalog->calendar().value());
        auto filed
            = CaseFiling(*m_store, u"GZ-TH-KIOSK-0007"_s).file(a, calendar, kFiledAt.toUTC());
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        m_case = filed->cases.at(0).caseId;

        m_decisions = std::make_unique<CaseDecisions>(m_store->progress(), *m_sync);
        m_desk = std::make_unique<CaseDossierDesk>(
            *m_store, *m_decisions, *m_catalog, *m_staff, [] { return kDeskTime; });
        for (QAbstractItemModel *list : lists())
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                list, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    void cleanup()
    {
        m_testers.clear();
        m_desk.reset();
        m_decisions.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_catalog.reset();
        m_store.reset();
        m_sync.reset();
        m_cipher.reset();
        m_keys.reset();
        m_db.reset();
    }

    void onlyStaffWhoMaySeeTheApplicantOpenIt()
    {
        QVERIFY(!m_desk->open(m_case)); // signed out
        QVERIFY(m_desk->messageIsError());
        QVERIFY(!m_desk->opened());
        // 人社 has no part in the relief case yet.
        m_staff->signInNow(u"rsj01"_s, kPassword);
        QVERIFY(!m_desk->open(m_case));
        QCOMPARE(m_desk->message(), u"Your role may not open this case."_s);
        for (QAbstractItemModel *list : lists())
            QCOMPARE(list->rowCount(), 0);
        QCOMPARE(m_desk->summary(), CaseSummary());
    }

    void theOpenCaseIsShownInTypedLists()
    {
        m_staff->signInNow(u"zhck01"_s, kPassword);
        QSignalSpy changed(m_desk.get(), &CaseDossierDesk::caseChanged);
        QVERIFY2(m_desk->open(m_case), qPrintable(m_desk->message()));
        QVERIFY(changed.size() >= 1);
        const CaseSummary s = m_desk->summary();
        QCOMPARE(s.caseId, m_case);
        QCOMPARE(s.itemName, u"最低生活保障申请"_s);
        QCOMPARE(s.statusCode, u"submitted"_s);
        QVERIFY(!s.receiptNumber.isEmpty());
        QVERIFY(s.urgency != u"unknown"_s);
        QVERIFY2(s.clockText.contains(u"working day"_s), qPrintable(s.clockText));
        QVERIFY(!s.datesText.isEmpty());
        QVERIFY(!s.paperMissing.isEmpty()); // nothing checked at the window yet

        const QList<CaseField> applicant = m_desk->applicant()->rows();
        QCOMPARE(applicant.first().label, u"Applicant"_s);
        QCOMPARE(applicant.first().value, u"张三丰"_s);
        QCOMPARE(applicant.last().label, u"Filed at"_s);
        QCOMPARE(applicant.last().value, u"GZ-TH-KIOSK-0007"_s);
        QVERIFY(m_desk->answers()->rowCount() >= 3);

        QVERIFY(m_desk->materials()->rowCount() > 0);
        for (const CaseMaterialRow &m : m_desk->materials()->rows())
            QVERIFY2(
                (m.way == u"paper"_s) == (m.stateCode != u"certificate"_s), qPrintable(m.code));
        QCOMPARE(m_desk->paperChoices()->rowCount(), m_desk->missingChoices().size());
        for (const CaseChoice &c : m_desk->paperChoices()->rows())
            QVERIFY(!c.initiallyChecked);
        // The case's own department first and ticked.
        const QList<CaseChoice> route = m_desk->routeChoices()->rows();
        QVERIFY(route.size() > 1);
        QCOMPARE(route.first().code, u"GD-MZJ"_s);
        QVERIFY(route.first().initiallyChecked);
        QVERIFY(!route.at(1).initiallyChecked);

        const CaseActionRow *accept = action(u"accept"_s);
        QVERIFY(accept);
        QCOMPARE(accept->label, u"Accept"_s);
        QVERIFY(accept->offer.checksMaterials);
        const CaseActionRow *reject = action(u"reject"_s);
        QVERIFY(reject && reject->offer.grave && reject->offer.needsReason);
        QCOMPARE(m_desk->history()->rowCount(), 0);
        QCOMPARE(m_desk->departments()->rowCount(), 0);
    }

    void anActionIsTakenAndTheCaseReadAgain()
    {
        m_staff->signInNow(u"zhck01"_s, kPassword);
        QVERIFY(m_desk->open(m_case));
        QVERIFY(!m_desk->act(u"approve"_s, {})); // no such action
        QVERIFY(m_desk->messageIsError());
        QSignalSpy decided(m_desk.get(), &CaseDossierDesk::decided);
        const QString paper = m_desk->paperChoices()->rows().first().code;
        QVERIFY2(m_desk->act(u"accept"_s, {}, {}, {}, 0, { paper }), qPrintable(m_desk->message()));
        QCOMPARE(decided.size(), 1);
        QVERIFY(!m_desk->messageIsError());
        QVERIFY2(m_desk->message().startsWith(u"Done: Accept."_s), qPrintable(m_desk->message()));
        QCOMPARE(m_desk->summary().statusCode, u"accepted"_s);
        QVERIFY(m_desk->history()->rowCount() >= 1);
        const CaseHistoryRow step = m_desk->history()->rows().last();
        QVERIFY(!step.when.isEmpty() && !step.text.isEmpty());
        QVERIFY2(!step.who.contains(u':'), qPrintable(step.who));
        QVERIFY(m_desk->paperChoices()->rows().first().initiallyChecked);
        QVERIFY(!action(u"accept"_s));
        QVERIFY(action(u"route"_s));
    }

    void signingOutLeavesNothingOnScreen()
    {
        m_staff->signInNow(u"zhck01"_s, kPassword);
        QVERIFY(m_desk->open(m_case));
        QVERIFY(m_desk->applicant()->rowCount() > 0);
        m_staff->signOut();
        QVERIFY(!m_desk->opened());
        for (QAbstractItemModel *list : lists())
            QCOMPARE(list->rowCount(), 0);
        QCOMPARE(m_desk->summary().caseId, QString());
    }
};

QTEST_MAIN(TestCaseDossierDesk)
#include "tst_casedossierdesk.moc"
