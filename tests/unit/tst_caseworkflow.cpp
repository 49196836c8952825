// Every transition of the case workflow, checked against role and state: what each role may do,
// the reasons the law asks for, 一次性告知, parallel review where one refusal refuses the case
// and the first stored decision wins, the five-day rule, extensions, and stale views refused.
#include "caseworkflow.h"

#include <QJsonArray>
#include <QTest>

using namespace onewindow;

namespace {

const CaseActor kDesk { QStringLiteral("zhck01"), StaffRole::FrontDesk, {} };
const CaseActor kRsj { QStringLiteral("rsj01"), StaffRole::Reviewer, QStringLiteral("GD-RSJ") };
const CaseActor kMzj { QStringLiteral("mzj01"), StaffRole::Reviewer, QStringLiteral("GD-MZJ") };
const CaseActor kSupervisor { QStringLiteral("supervisor01"), StaffRole::Supervisor, {} };
const CaseActor kAdmin { QStringLiteral("admin01"), StaffRole::Admin, {} };

CaseSituation at(CaseStatus status, int version = 1)
{
    CaseSituation s;
    s.status = status;
    s.version = version;
    return s;
}

CaseRequest ask(CaseAction action, int version = 1, const QString &reason = {})
{
    CaseRequest r;
    r.action = action;
    r.seenVersion = version;
    r.reason = reason;
    return r;
}

MaterialProvision material(const QString &code, const QString &name,
    MaterialProvision::Way way = MaterialProvision::Way::Paper, bool required = true)
{
    MaterialProvision m;
    m.itemCode = QStringLiteral("SB-001");
    m.materialCode = code;
    m.materialName = name;
    m.way = way;
    m.required = required;
    return m;
}

QString refusal(const CaseSituation &s, const CaseRequest &r, const CaseActor &a)
{
    auto t = CaseWorkflow::decide(s, r, a);
    return t.ok() ? QString() : t.error().code;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void frontDeskIntake()
    {
        auto t = CaseWorkflow::decide(at(CaseStatus::Submitted), ask(CaseAction::PreCheck), kDesk);
        QCOMPARE(t->to, CaseStatus::PreChecked);
        QCOMPARE(t->eventType, QStringLiteral("pre_checked"));
        t = CaseWorkflow::decide(at(CaseStatus::PreChecked), ask(CaseAction::Accept), kDesk);
        QCOMPARE(t->to, CaseStatus::Accepted);
        QCOMPARE(t->eventType, QStringLiteral("accepted"));
        // 不予受理 needs its reason.
        QCOMPARE(refusal(at(CaseStatus::Submitted), ask(CaseAction::Reject), kDesk),
            QStringLiteral("cases.reason_required"));
        t = CaseWorkflow::decide(at(CaseStatus::Submitted),
            ask(CaseAction::Reject, 1, QStringLiteral("不属于本机关职权范围")), kDesk);
        QCOMPARE(t->to, CaseStatus::Rejected);
        QCOMPARE(t->body.value(u"reason").toString(), QStringLiteral("不属于本机关职权范围"));
        // Only the front desk takes in cases; nobody accepts twice.
        QCOMPARE(refusal(at(CaseStatus::Submitted), ask(CaseAction::Accept), kRsj),
            QStringLiteral("cases.not_permitted"));
        QCOMPARE(refusal(at(CaseStatus::Submitted), ask(CaseAction::Accept), kSupervisor),
            QStringLiteral("cases.not_permitted"));
        QCOMPARE(refusal(at(CaseStatus::Submitted), ask(CaseAction::Accept), kAdmin),
            QStringLiteral("cases.not_permitted"));
        QCOMPARE(refusal(at(CaseStatus::Accepted), ask(CaseAction::Accept), kDesk),
            QStringLiteral("cases.wrong_state"));
    }

    void correctionListsEverythingAtOnceAndStopsTheClock()
    {
        CaseRequest r = ask(CaseAction::RequestCorrection);
        QCOMPARE(
            refusal(at(CaseStatus::Submitted), r, kDesk), QStringLiteral("cases.missing_required"));
        r.missing = { QStringLiteral("户口簿"), QStringLiteral(" "), QStringLiteral("户口簿"),
            QStringLiteral("近期免冠照片") };
        auto t = CaseWorkflow::decide(at(CaseStatus::Submitted), r, kDesk);
        QCOMPARE(t->to, CaseStatus::CorrectionRequested);
        QCOMPARE(t->body.value(u"missing").toArray().size(), 2);
        QVERIFY(t->pausesClock);
        t = CaseWorkflow::decide(
            at(CaseStatus::CorrectionRequested), ask(CaseAction::ReceiveCorrection), kDesk);
        QCOMPARE(t->to, CaseStatus::Corrected);
        QVERIFY(t->resumesClock);
        // After five working days without a notice the application counts as accepted.
        CaseSituation late = at(CaseStatus::Submitted);
        late.deemedAccepted = true;
        QCOMPARE(refusal(late, r, kDesk), QStringLiteral("cases.deemed_accepted"));
        QCOMPARE(refusal(late, ask(CaseAction::Reject, 1, QStringLiteral("材料不全")), kDesk),
            QStringLiteral("cases.deemed_accepted"));
        QVERIFY(CaseWorkflow::decide(late, ask(CaseAction::Accept), kDesk).ok());
        // A reviewing department may ask for a correction of its part.
        CaseSituation review = at(CaseStatus::InReview);
        review.openTasks = { QStringLiteral("GD-RSJ") };
        QVERIFY(CaseWorkflow::decide(review, r, kRsj).ok());
        QCOMPARE(refusal(review, r, kMzj), QStringLiteral("cases.not_permitted"));
    }

    void parallelReviewOneRefusalRefusesTheCase()
    {
        CaseRequest route = ask(CaseAction::Route);
        QCOMPARE(refusal(at(CaseStatus::Accepted), route, kDesk),
            QStringLiteral("cases.no_departments"));
        route.departments = { QStringLiteral("GD-RSJ"), QStringLiteral("GD-MZJ") };
        auto t = CaseWorkflow::decide(at(CaseStatus::Accepted), route, kDesk);
        QCOMPARE(t->to, CaseStatus::InReview);
        QCOMPARE(t->body.value(u"departments").toArray().size(), 2);

        CaseSituation review = at(CaseStatus::InReview, 3);
        review.openTasks = { QStringLiteral("GD-RSJ"), QStringLiteral("GD-MZJ") };
        t = CaseWorkflow::decide(review, ask(CaseAction::ApprovePart, 3), kRsj);
        QCOMPARE(t->eventType, QStringLiteral("department_approved"));
        QCOMPARE(t->to, CaseStatus::InReview);
        QVERIFY(!t->completedAs);
        QCOMPARE(refusal(review, ask(CaseAction::RefusePart, 3), kMzj),
            QStringLiteral("cases.reason_required"));

        // 人社 has approved; 民政, the last open part, refuses: the case is refused.
        review.version = 4;
        review.openTasks = { QStringLiteral("GD-MZJ") };
        review.approvedTasks = { QStringLiteral("GD-RSJ") };
        t = CaseWorkflow::decide(
            review, ask(CaseAction::RefusePart, 4, QStringLiteral("收入超标")), kMzj);
        QCOMPARE(t->completedAs, CaseStatus::Refused);
        QCOMPARE(t->body.value(u"department").toString(), QStringLiteral("GD-MZJ"));
        // All approve: approved.
        t = CaseWorkflow::decide(review, ask(CaseAction::ApprovePart, 4), kMzj);
        QCOMPARE(t->completedAs, CaseStatus::Approved);

        // A second reviewer of a decided part is told; other departments are not asked.
        QCOMPARE(refusal(review, ask(CaseAction::ApprovePart, 4), kRsj),
            QStringLiteral("cases.already_decided"));
        const CaseActor other { QStringLiteral("gaj01"), StaffRole::Reviewer,
            QStringLiteral("GD-GAJ") };
        QCOMPARE(refusal(review, ask(CaseAction::ApprovePart, 4), other),
            QStringLiteral("cases.not_routed"));
        QCOMPARE(refusal(review, ask(CaseAction::ApprovePart, 4), kDesk),
            QStringLiteral("cases.not_permitted"));
    }

    void aStaleViewIsRefused()
    {
        CaseSituation review = at(CaseStatus::InReview, 5);
        review.openTasks = { QStringLiteral("GD-RSJ") };
        // The reviewer looked at version 4; a correction arrived since.
        QCOMPARE(refusal(review, ask(CaseAction::ApprovePart, 4), kRsj),
            QStringLiteral("cases.changed"));
    }

    void specialProcedureStopsAndRestartsTheClock()
    {
        CaseSituation review = at(CaseStatus::InReview);
        review.openTasks = { QStringLiteral("GD-RSJ") };
        QCOMPARE(refusal(review, ask(CaseAction::StartSpecialProcedure), kRsj),
            QStringLiteral("cases.reason_required"));
        auto t = CaseWorkflow::decide(
            review, ask(CaseAction::StartSpecialProcedure, 1, QStringLiteral("专家评审")), kRsj);
        QCOMPARE(t->to, CaseStatus::SpecialProcedure);
        QVERIFY(t->pausesClock);
        review.status = CaseStatus::SpecialProcedure;
        t = CaseWorkflow::decide(review, ask(CaseAction::EndSpecialProcedure), kRsj);
        QCOMPARE(t->to, CaseStatus::InReview);
        QVERIFY(t->resumesClock);
        QCOMPARE(refusal(review, ask(CaseAction::EndSpecialProcedure), kMzj),
            QStringLiteral("cases.not_routed"));
    }

    void extensionsNeedASupervisorAndStayWithinTheLaw()
    {
        CaseRequest r = ask(CaseAction::Extend, 1, QStringLiteral("需现场核查"));
        r.extensionDays = 10;
        QCOMPARE(refusal(at(CaseStatus::InReview), r, kRsj), QStringLiteral("cases.not_permitted"));
        QCOMPARE(
            refusal(at(CaseStatus::InReview), r, kAdmin), QStringLiteral("cases.not_permitted"));
        auto t = CaseWorkflow::decide(at(CaseStatus::InReview), r, kSupervisor);
        QCOMPARE(t->to, CaseStatus::InReview);
        QCOMPARE(t->body.value(u"days").toInt(), 10);
        CaseSituation extended = at(CaseStatus::InReview);
        extended.extendedDays = 5;
        QCOMPARE(refusal(extended, r, kSupervisor), QStringLiteral("clock.extension_too_long"));
        extended.jointHandling = true;
        QVERIFY(CaseWorkflow::decide(extended, r, kSupervisor).ok());
        QCOMPARE(
            refusal(at(CaseStatus::Approved), r, kSupervisor), QStringLiteral("cases.wrong_state"));
    }

    void nothingDecidedIsOverwritten()
    {
        for (CaseStatus final :
            { CaseStatus::Rejected, CaseStatus::Collected, CaseStatus::Withdrawn })
            for (CaseAction a : { CaseAction::Accept, CaseAction::Reject, CaseAction::Withdraw,
                     CaseAction::Route, CaseAction::Collect })
                QVERIFY(
                    !CaseWorkflow::decide(at(final), ask(a, 1, QStringLiteral("x")), kDesk).ok());
        // Decided cases are collected (领取登记), refusals too.
        QCOMPARE(
            CaseWorkflow::decide(at(CaseStatus::Approved), ask(CaseAction::Collect), kDesk)->to,
            CaseStatus::Collected);
        QVERIFY(
            CaseWorkflow::decide(at(CaseStatus::Refused), ask(CaseAction::Collect), kDesk).ok());
        QCOMPARE(refusal(at(CaseStatus::Approved),
                     ask(CaseAction::Withdraw, 1, QStringLiteral("x")), kDesk),
            QStringLiteral("cases.wrong_state"));
        QCOMPARE(refusal(at(CaseStatus::InReview), ask(CaseAction::Withdraw), kDesk),
            QStringLiteral("cases.reason_required"));
    }

    void availableActionsFollowRoleAndState()
    {
        QCOMPARE(CaseWorkflow::availableActions(at(CaseStatus::Submitted), kDesk),
            (QList<CaseAction> { CaseAction::PreCheck, CaseAction::Accept, CaseAction::Reject,
                CaseAction::RequestCorrection, CaseAction::Withdraw }));
        CaseSituation review = at(CaseStatus::InReview);
        review.openTasks = { QStringLiteral("GD-RSJ") };
        QCOMPARE(CaseWorkflow::availableActions(review, kRsj),
            (QList<CaseAction> { CaseAction::RequestCorrection, CaseAction::ApprovePart,
                CaseAction::RefusePart, CaseAction::StartSpecialProcedure }));
        QVERIFY(CaseWorkflow::availableActions(review, kMzj).isEmpty());
        QCOMPARE(CaseWorkflow::availableActions(review, kSupervisor),
            QList<CaseAction> { CaseAction::Extend });
        QCOMPARE(CaseWorkflow::actionCode(CaseAction::RefusePart), QStringLiteral("refuse_part"));
    }

    // Issue 24 item 7: a department approves only on paper the window checked (or on an
    // e-certificate); the refusal names what is missing, and a refusal of the part needs none.
    void approvalNeedsThePaper()
    {
        CaseSituation s = at(CaseStatus::InReview);
        s.openTasks = { QStringLiteral("GD-RSJ") };
        s.materials = { material(QStringLiteral("M1"), QStringLiteral("居民身份证"),
                            MaterialProvision::Way::Certificate),
            material(QStringLiteral("M2"), QStringLiteral("近期一寸免冠彩色照片")),
            material(QStringLiteral("M3"), QStringLiteral("委托书"), MaterialProvision::Way::Paper,
                false) };
        auto refused = CaseWorkflow::decide(s, ask(CaseAction::ApprovePart), kRsj);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("cases.paper_unchecked"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("近期一寸免冠彩色照片")),
            qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("居民身份证")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("委托书"))); // not required
        // The button stays, with the reason next to it.
        QVERIFY(CaseWorkflow::availableActions(s, kRsj).contains(CaseAction::ApprovePart));
        QCOMPARE(CaseWorkflow::ready(s, CaseAction::ApprovePart).error().code,
            QStringLiteral("cases.paper_unchecked"));
        QVERIFY(CaseWorkflow::ready(s, CaseAction::RefusePart).ok());
        QVERIFY(CaseWorkflow::decide(
            s, ask(CaseAction::RefusePart, 1, QStringLiteral("不符合条件")), kRsj)
                    .ok());

        s.checkedMaterials = { QStringLiteral("M2") };
        QVERIFY(CaseWorkflow::ready(s, CaseAction::ApprovePart).ok());
        QVERIFY(CaseWorkflow::decide(s, ask(CaseAction::ApprovePart), kRsj).ok());
    }

    void aCodeNamesItsAction()
    {
        for (CaseAction a : { CaseAction::PreCheck, CaseAction::Accept, CaseAction::Reject,
                 CaseAction::RequestCorrection, CaseAction::ReceiveCorrection, CaseAction::Route,
                 CaseAction::ApprovePart, CaseAction::RefusePart, CaseAction::StartSpecialProcedure,
                 CaseAction::EndSpecialProcedure, CaseAction::Extend, CaseAction::Collect,
                 CaseAction::Withdraw })
            QVERIFY(CaseWorkflow::actionFromCode(CaseWorkflow::actionCode(a)) == a);
        QVERIFY(!CaseWorkflow::actionFromCode(QStringLiteral("approve")));
        QVERIFY(!CaseWorkflow::actionFromCode(QString()));
    }

    // A reviewer opens the cases their department has a part in, not only those it received.
    void whoMayOpenACase()
    {
        CaseDossier d;
        d.filed.department = QStringLiteral("GD-MZJ");
        QVERIFY(CaseWorkflow::mayOpen(d, kDesk));
        QVERIFY(CaseWorkflow::mayOpen(d, kSupervisor));
        QVERIFY(CaseWorkflow::mayOpen(d, kMzj));
        QVERIFY(!CaseWorkflow::mayOpen(d, kRsj));
        QVERIFY(!CaseWorkflow::mayOpen(d, kAdmin));
        DepartmentProgress part;
        part.department = QStringLiteral("GD-RSJ");
        d.departments = { part };
        QVERIFY(CaseWorkflow::mayOpen(d, kRsj));
        QVERIFY(CaseWorkflow::mayOpen(d, kMzj));
    }

    void theWindowRecordsThePaperItChecked()
    {
        CaseSituation s = at(CaseStatus::Submitted);
        s.materials = { material(QStringLiteral("M1"), QStringLiteral("居民身份证"),
                            MaterialProvision::Way::Certificate),
            material(QStringLiteral("M2"), QStringLiteral("户口簿")) };
        CaseRequest accept = ask(CaseAction::Accept);
        accept.checkedMaterials = { QStringLiteral("M2"), QStringLiteral("M2") };
        auto t = CaseWorkflow::decide(s, accept, kDesk);
        QVERIFY(t.ok());
        QCOMPARE(t->body.value(u"materialsChecked").toArray(), QJsonArray { QStringLiteral("M2") });
        // Only paper of this case can be checked; a certificate needs no check.
        accept.checkedMaterials = { QStringLiteral("M1") };
        QCOMPARE(refusal(s, accept, kDesk), QStringLiteral("cases.unknown_material"));
        accept.checkedMaterials = { QStringLiteral("M9") };
        QCOMPARE(refusal(s, accept, kDesk), QStringLiteral("cases.unknown_material"));
        // A reviewer's decision is no place to record the window's check.
        CaseSituation review = at(CaseStatus::InReview);
        review.openTasks = { QStringLiteral("GD-RSJ") };
        review.materials = s.materials;
        CaseRequest approve = ask(CaseAction::ApprovePart);
        approve.checkedMaterials = { QStringLiteral("M2") };
        QCOMPARE(refusal(review, approve, kRsj), QStringLiteral("cases.paper_unchecked"));
        review.checkedMaterials = { QStringLiteral("M2") };
        QCOMPARE(refusal(review, approve, kRsj), QStringLiteral("cases.check_not_here"));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
