// Back-office decisions stored: each in one transaction with its history, review tasks, clock
// pauses and outbox events; a stale view, a second decision and a forbidden action change nothing.
#include "casedecisions.h"
#include "casefiling.h"
#include "caseinbox.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "residentid.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

InboxFilter inboxOf(StaffRole role, const QString &department = {})
{
    InboxFilter f;
    f.role = role;
    f.department = department;
    return f;
}

const CaseActor kDesk { QStringLiteral("zhck01"), StaffRole::FrontDesk, {} };
const CaseActor kRsj { QStringLiteral("rsj01"), StaffRole::Reviewer, QStringLiteral("GD-RSJ") };
const CaseActor kMzj { QStringLiteral("mzj01"), StaffRole::Reviewer, QStringLiteral("GD-MZJ") };
const CaseActor kSupervisor { QStringLiteral("supervisor01"), StaffRole::Supervisor, {} };

CatalogItem item(const QString &code, const QString &department)
{
    CatalogItem i;
    i.code = code;
    i.name = code;
    i.department = department;
    i.legalLimitDays = 20;
    i.promisedLimitDays = 10;
    i.snapshot = "{}";
    return i;
}

// Weekends only: enough for the rules under test (tst_legalclock has the real holidays).
WorkingDayCalendar weekdays() { return WorkingDayCalendar({ QDate(2026, 1, 1) }, {}); }

} // namespace

class TestCaseDecisions : public QObject, casetest::CaseStores
{
    Q_OBJECT
    std::unique_ptr<CaseDecisions> m_decisions;
    QStringList m_cases;
    // Monday 2 March 2026, 10:00 in Guangzhou.
    const QDateTime m_filedAt { QDate(2026, 3, 2), QTime(2, 0), Qt::UTC };

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    CaseRequest ask(int caseIndex, CaseAction action, const QString &reason = {})
    {
        CaseRequest r;
        r.action = action;
        r.reason = reason;
        r.seenVersion
            = m_decisions->situation(m_cases.at(caseIndex), weekdays(), QDate(2026, 3, 3))->version;
        return r;
    }

    Result<CaseTransition> decide(
        int caseIndex, const CaseRequest &r, const CaseActor &a, QDate on = QDate(2026, 3, 3))
    {
        return m_decisions->decide(
            m_cases.at(caseIndex), r, a, weekdays(), QDateTime(on, QTime(10, 0)));
    }

    CaseStatus statusOf(int caseIndex)
    {
        return *m_store->progress().status(m_cases.at(caseIndex)).value();
    }

private slots:
    void init()
    {
        const QString failed = openStores();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_decisions = std::make_unique<CaseDecisions>(m_store->progress(), *m_sync);
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("1");
        a.items = { item(QStringLiteral("MZ-010"), QStringLiteral("GD-MZJ")),
            item(QStringLiteral("SB-001"), QStringLiteral("GD-RSJ")) };
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        auto filed = filing.file(a, weekdays(), m_filedAt);
        QVERIFY(filed.ok());
        m_cases = { filed->cases.at(0).caseId, filed->cases.at(1).caseId };
    }
    void cleanup()
    {
        m_decisions.reset();
        closeStores();
    }

    void parallelReviewEndsInOneDecision()
    {
        QVERIFY(decide(0, ask(0, CaseAction::Accept), kDesk).ok());
        CaseRequest route = ask(0, CaseAction::Route);
        route.departments = { QStringLiteral("GD-RSJ"), QStringLiteral("GD-MZJ") };
        QVERIFY(decide(0, route, kDesk).ok());
        QCOMPARE(statusOf(0), CaseStatus::InReview);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM review_tasks WHERE status = 'open'")), 2);

        // 人社 approves; a stale view of 民政 (before that approval) is refused, nothing stored.
        const CaseRequest staleRefusal = ask(0, CaseAction::RefusePart, QStringLiteral("收入超标"));
        QVERIFY(decide(0, ask(0, CaseAction::ApprovePart), kRsj).ok());
        const int events = count(QStringLiteral("SELECT count(*) FROM events"));
        QCOMPARE(decide(0, staleRefusal, kMzj).error().code, QStringLiteral("cases.changed"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), events);

        // 民政 refuses on a fresh view: the case is refused with its reasons, and completed.
        auto t = decide(
            0, ask(0, CaseAction::RefusePart, QStringLiteral("家庭收入高于低保标准")), kMzj);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->completedAs, CaseStatus::Refused);
        QCOMPARE(statusOf(0), CaseStatus::Refused);
        const auto outbox = m_sync->pendingBatch(50);
        QStringList types;
        QList<int> seqs;
        for (const OutboxEvent &e : outbox.value())
            if (e.caseId == m_cases.at(0)) {
                types << e.type;
                seqs << e.seq;
            }
        QCOMPARE(types,
            (QStringList { QStringLiteral("submitted"), QStringLiteral("accepted"),
                QStringLiteral("routed"), QStringLiteral("department_approved"),
                QStringLiteral("department_refused"), QStringLiteral("completed") }));
        QCOMPARE(seqs, (QList<int> { 1, 2, 3, 4, 5, 6 }));
        QVERIFY(outbox->last().body.value(u"reason").toString().contains(
            QStringLiteral("家庭收入高于低保标准")));
        // A second decision on 民政's part is told the first one stands.
        QVERIFY(!decide(0, ask(0, CaseAction::ApprovePart), kMzj).ok());
        const auto history = m_store->progress().history(m_cases.at(0));
        QCOMPARE(history->size(), 5);
        QCOMPARE(*history->last().statusAfter, CaseStatus::Refused);
    }

    void correctionPausesTheClockUntilCorrected()
    {
        CaseRequest r = ask(1, CaseAction::RequestCorrection);
        r.missing = { QStringLiteral("近期免冠照片") };
        QVERIFY(decide(1, r, kDesk).ok());
        QCOMPARE(statusOf(1), CaseStatus::CorrectionRequested);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM clock_pauses WHERE ended_on IS NULL")), 1);
        QVERIFY(decide(1, ask(1, CaseAction::ReceiveCorrection), kDesk, QDate(2026, 3, 9)).ok());
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM clock_pauses WHERE ended_on = '2026-03-09'")),
            1);
        const auto facts = m_store->progress().facts(m_cases.at(1));
        QCOMPARE(facts.value()->pauses.size(), 1);
        QVERIFY(facts.value()->correctionEverRequested);
    }

    void afterFiveWorkingDaysTheApplicationCountsAsAccepted()
    {
        // Filed Monday 2 March: the notice could be issued until Monday 9 March.
        QVERIFY(
            !m_decisions->situation(m_cases.at(1), weekdays(), QDate(2026, 3, 9))->deemedAccepted);
        QVERIFY(
            m_decisions->situation(m_cases.at(1), weekdays(), QDate(2026, 3, 10))->deemedAccepted);
        CaseRequest r = ask(1, CaseAction::RequestCorrection);
        r.missing = { QStringLiteral("户口簿") };
        QCOMPARE(decide(1, r, kDesk, QDate(2026, 3, 10)).error().code,
            QStringLiteral("cases.deemed_accepted"));
        QVERIFY(decide(1, ask(1, CaseAction::Accept), kDesk, QDate(2026, 3, 10)).ok());
    }

    void extensionsAddUpToTheLegalMaximum()
    {
        QVERIFY(decide(1, ask(1, CaseAction::Accept), kDesk).ok());
        CaseRequest r = ask(1, CaseAction::Extend, QStringLiteral("需现场核查"));
        r.extensionDays = 6;
        QVERIFY(decide(1, r, kSupervisor).ok());
        QCOMPARE(m_store->progress().facts(m_cases.at(1)).value()->extensionDays, 6);
        r = ask(1, CaseAction::Extend, QStringLiteral("再次核查"));
        r.extensionDays = 6;
        QCOMPARE(
            decide(1, r, kSupervisor).error().code, QStringLiteral("clock.extension_too_long"));
        QCOMPARE(decide(1, r, kDesk).error().code, QStringLiteral("cases.not_permitted"));
        QCOMPARE(m_store->progress().facts(m_cases.at(1)).value()->extensionDays, 6);
    }

    void inboxesFollowTheRoles()
    {
        CaseInbox inbox(*m_db);
        const QDate today(2026, 3, 3);
        InboxFilter desk;
        QCOMPARE(inbox.list(desk, weekdays(), today)->size(), 2);
        QVERIFY(decide(0, ask(0, CaseAction::Accept), kDesk).ok());
        CaseRequest route = ask(0, CaseAction::Route);
        route.departments = { QStringLiteral("GD-MZJ") };
        QVERIFY(decide(0, route, kDesk).ok());

        // In review: off the front desk's list, on 民政's, not on 人社's.
        QCOMPARE(inbox.list(desk, weekdays(), today)->size(), 1);
        const InboxFilter mzj = inboxOf(StaffRole::Reviewer, QStringLiteral("GD-MZJ"));
        auto reviewer = inbox.list(mzj, weekdays(), today);
        QCOMPARE(reviewer->size(), 1);
        QCOMPARE(reviewer->first().caseId, m_cases.at(0));
        QCOMPARE(reviewer->first().status, CaseStatus::InReview);
        QVERIFY(
            inbox.list(inboxOf(StaffRole::Reviewer, QStringLiteral("GD-RSJ")), weekdays(), today)
                ->isEmpty());
        QVERIFY(inbox.list(inboxOf(StaffRole::Admin), weekdays(), today)->isEmpty());

        // The supervisor sees both; filters by item and status narrow it.
        InboxFilter supervisor = inboxOf(StaffRole::Supervisor);
        QCOMPARE(inbox.list(supervisor, weekdays(), today)->size(), 2);
        supervisor.itemCode = QStringLiteral("SB-001");
        QCOMPARE(inbox.list(supervisor, weekdays(), today)->size(), 1);
        supervisor.itemCode.clear();
        supervisor.status = QStringLiteral("in_review");
        QCOMPARE(inbox.list(supervisor, weekdays(), today)->size(), 1);
        supervisor.status.clear();

        // A correction pauses case 1; on 1 April case 0 is overdue (22 of 20 days) and first.
        CaseRequest r = ask(1, CaseAction::RequestCorrection);
        r.missing = { QStringLiteral("户口簿") };
        QVERIFY(decide(1, r, kDesk, QDate(2026, 3, 4)).ok());
        auto late = inbox.list(supervisor, weekdays(), QDate(2026, 4, 1));
        QCOMPARE(late->first().caseId, m_cases.at(0));
        QVERIFY(late->first().clock.overdue);
        QCOMPARE(late->first().clock.usedDays, 22);
        QVERIFY(late->last().clock.paused);
        QCOMPARE(late->last().clock.usedDays, 2);
        QCOMPARE(late->first().receiptNumber.left(8), QStringLiteral("GZTH0007"));
        // A year the calendar does not know: the clock is unknown, not guessed.
        QVERIFY(!inbox.list(supervisor, weekdays(), QDate(2027, 1, 5))->first().clockKnown);
    }

    // Issue 24 item 7: approval waits for the paper; the window records what it checked, with
    // the event that carries it to the other terminals.
    void approvalWaitsForThePaperTheWindowChecked()
    {
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("1");
        a.items = { casetest::intakeItem(
            QStringLiteral("SB-100"), QStringLiteral("社会保障卡补换"), QStringLiteral("GD-RSJ")) };
        a.answers.insert(QStringLiteral("applicant.phone"), QStringLiteral("13800138000"));
        auto filed = CaseFiling(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"))
                         .file(a, weekdays(), m_filedAt);
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        m_cases.append(filed->cases.at(0).caseId);
        const int c = int(m_cases.size()) - 1;
        QVERIFY(decide(c, ask(c, CaseAction::Accept), kDesk).ok());
        CaseRequest route = ask(c, CaseAction::Route);
        route.departments = { QStringLiteral("GD-RSJ") };
        QVERIFY(decide(c, route, kDesk).ok());

        const int events = count(QStringLiteral("SELECT count(*) FROM events"));
        auto approved = decide(c, ask(c, CaseAction::ApprovePart), kRsj);
        QVERIFY(!approved.ok());
        QCOMPARE(approved.error().code, QStringLiteral("cases.paper_unchecked"));
        QVERIFY(approved.error().message.contains(QStringLiteral("户口簿")));
        QVERIFY(approved.error().message.contains(QStringLiteral("居民身份证")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(statusOf(c), CaseStatus::InReview);

        // The reviewer asks for the paper; the window receives and checks it.
        CaseRequest correction = ask(c, CaseAction::RequestCorrection);
        correction.missing = { QStringLiteral("户口簿原件"), QStringLiteral("居民身份证原件") };
        QVERIFY(decide(c, correction, kRsj).ok());
        CaseRequest received = ask(c, CaseAction::ReceiveCorrection);
        received.checkedMaterials = { QStringLiteral("M1"), QStringLiteral("M2") };
        QVERIFY(decide(c, received, kDesk).ok());
        QCOMPARE(m_store->progress().facts(m_cases.at(c)).value()->checkedMaterials,
            (QStringList { QStringLiteral("M1"), QStringLiteral("M2") }));
        // The event for the hall carries the codes, for the reviewers at other terminals.
        bool carried = false;
        const auto pending = m_sync->pendingBatch(100);
        QVERIFY(pending.ok());
        for (const OutboxEvent &e : pending.value())
            if (e.type == u"corrected")
                carried = e.body.value(u"materialsChecked").toArray()
                    == QJsonArray { QStringLiteral("M1"), QStringLiteral("M2") };
        QVERIFY(carried);
        route = ask(c, CaseAction::Route);
        route.departments = { QStringLiteral("GD-RSJ") };
        QVERIFY(decide(c, route, kDesk).ok());
        approved = decide(c, ask(c, CaseAction::ApprovePart), kRsj);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(statusOf(c), CaseStatus::Approved);
    }

    // Issue 24 item 4: the inbox counts the committed date the citizen was told, not the legal
    // limit: a 3-day promise is more urgent than a 10-day one even with a longer legal limit.
    void theInboxCountsTheCommittedDate()
    {
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("1");
        CatalogItem quick = item(QStringLiteral("QK-003"), QStringLiteral("GD-RSJ"));
        quick.promisedLimitDays = 3;
        quick.legalLimitDays = 30;
        a.items = { quick };
        auto filed = CaseFiling(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"))
                         .file(a, weekdays(), m_filedAt);
        QVERIFY(filed.ok());
        // Thursday 5 March: three working days run; 3 of 3 committed, 3 of 10 for the others.
        auto rows = CaseInbox(*m_db).list(InboxFilter {}, weekdays(), QDate(2026, 3, 5));
        QCOMPARE(rows->size(), 3);
        const InboxRow &first = rows->first();
        QCOMPARE(first.caseId, filed->cases.at(0).caseId);
        QCOMPARE(first.limits.committed.remainingDays, 0);
        QCOMPARE(first.limits.legal.remainingDays, 27);
        QCOMPARE(first.limits.urgency, Urgency::Amber);
        QCOMPARE(first.limits.committed.dueDate, QDate(2026, 3, 5));
        QCOMPARE(first.limits.legal.dueDate, QDate(2026, 4, 13));
        QCOMPARE(rows->last().limits.urgency, Urgency::Normal);
    }

    void anUnknownCaseIsSaidSo()
    {
        CaseRequest r;
        r.action = CaseAction::Accept;
        QCOMPARE(
            m_decisions
                ->decide(QStringLiteral("nope"), r, kDesk, weekdays(), QDateTime::currentDateTime())
                .error()
                .code,
            QStringLiteral("cases.unknown_case"));
    }
};

QTEST_GUILESS_MAIN(TestCaseDecisions)
#include "tst_casedecisions.moc"
