// The actions the back office offers on an open case (CaseActionOffers): in the workflow's
// order for the role, each with what its dialog asks (a reason, the missing materials, the
// departments, extension days within the law) and why the case is not ready for it yet.
#include "caseactionoffers.h"
#include "legalclock.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {

const CaseActor kDesk { u"zhck01"_s, StaffRole::FrontDesk, {} };
const CaseActor kRsj { u"rsj01"_s, StaffRole::Reviewer, u"GD-RSJ"_s };
const CaseActor kSupervisor { u"dc01"_s, StaffRole::Supervisor, {} };

CaseSituation inReview()
{
    CaseSituation s;
    s.status = CaseStatus::InReview;
    s.version = 3;
    s.openTasks = { u"GD-RSJ"_s };
    MaterialProvision paper;
    paper.materialCode = u"M2"_s;
    paper.materialName = u"家庭收入证明"_s;
    s.materials = { paper };
    return s;
}

} // namespace

class TestCaseActionOffers : public QObject
{
    Q_OBJECT
private slots:
    void theOffersFollowTheWorkflowsOrder()
    {
        CaseSituation submitted;
        const QList<CaseActionOffer> offers = CaseActionOffers::offers(submitted, kDesk);
        QStringList codes;
        for (const CaseActionOffer &o : offers)
            codes << o.code;
        QStringList expected;
        for (CaseAction a : CaseWorkflow::availableActions(submitted, kDesk))
            expected << CaseWorkflow::actionCode(a);
        QCOMPARE(codes, expected);
        QVERIFY(!codes.isEmpty());
        QVERIFY(CaseActionOffers::offers(
            inReview(), CaseActor { u"mzj01"_s, StaffRole::Reviewer, u"GD-MZJ"_s })
                    .isEmpty());
    }

    void eachOfferSaysWhatItsDialogAsks()
    {
        const CaseSituation s = inReview();
        const auto offer = [&s](CaseAction a) { return CaseActionOffers::offer(s, a); };
        QVERIFY(offer(CaseAction::RequestCorrection).needsMissing);
        QVERIFY(!offer(CaseAction::RequestCorrection).needsReason);
        QVERIFY(offer(CaseAction::Route).needsDepartments);
        QVERIFY(offer(CaseAction::Extend).needsDays);
        QVERIFY(offer(CaseAction::Extend).needsReason);
        QVERIFY(!offer(CaseAction::Extend).grave);
        QVERIFY(offer(CaseAction::StartSpecialProcedure).needsReason);
        for (CaseAction grave :
            { CaseAction::Reject, CaseAction::RefusePart, CaseAction::Withdraw }) {
            QVERIFY(offer(grave).grave);
            QVERIFY(offer(grave).needsReason);
        }
        for (CaseAction plain :
            { CaseAction::PreCheck, CaseAction::Accept, CaseAction::ReceiveCorrection,
                CaseAction::ApprovePart, CaseAction::EndSpecialProcedure, CaseAction::Collect }) {
            QVERIFY(!offer(plain).grave);
            QVERIFY(!offer(plain).needsReason);
            QVERIFY(!offer(plain).needsMissing && !offer(plain).needsDepartments
                && !offer(plain).needsDays);
        }
        QCOMPARE(offer(CaseAction::Accept).checksMaterials,
            CaseWorkflow::checksMaterials(CaseAction::Accept));
        QVERIFY(!offer(CaseAction::ApprovePart).checksMaterials);
    }

    void anExtensionStaysWithinTheLaw()
    {
        CaseSituation s = inReview();
        QCOMPARE(
            CaseActionOffers::offer(s, CaseAction::Extend).maxDays, LegalClock::kMaxExtensionDays);
        s.jointHandling = true;
        QCOMPARE(CaseActionOffers::offer(s, CaseAction::Extend).maxDays,
            LegalClock::kMaxJointExtensionDays);
        QCOMPARE(CaseActionOffers::offers(s, kSupervisor).size(), 1);
    }

    // The reviewer keeps the approval, with the reason it cannot be taken yet next to it.
    void anOfferTheCaseIsNotReadyForSaysWhy()
    {
        CaseSituation s = inReview();
        const QList<CaseActionOffer> offers = CaseActionOffers::offers(s, kRsj);
        const auto approve = std::find_if(offers.cbegin(), offers.cend(),
            [](const CaseActionOffer &o) { return o.action == CaseAction::ApprovePart; });
        QVERIFY(approve != offers.cend());
        QVERIFY2(
            approve->blockedReason.contains(u"家庭收入证明"_s), qPrintable(approve->blockedReason));
        QVERIFY(CaseActionOffers::offer(s, CaseAction::RefusePart).blockedReason.isEmpty());
        s.checkedMaterials = { u"M2"_s };
        QVERIFY(CaseActionOffers::offer(s, CaseAction::ApprovePart).blockedReason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseActionOffers)
#include "tst_caseactionoffers.moc"
