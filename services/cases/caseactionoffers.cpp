#include "caseactionoffers.h"

#include "legalclock.h"

namespace onewindow {

CaseActionOffer CaseActionOffers::offer(const CaseSituation &situation, CaseAction action)
{
    CaseActionOffer o;
    o.action = action;
    o.code = CaseWorkflow::actionCode(action);
    const Status ready = CaseWorkflow::ready(situation, action);
    o.blockedReason = ready ? QString() : ready.error().message;
    o.checksMaterials = CaseWorkflow::checksMaterials(action);
    // A refusal, a rejection and a withdrawal end the case: the law asks for the reason and the
    // page asks once more. A special procedure and an extension stop or move the clock: the
    // reason is recorded for the citizen.
    o.needsReason = action == CaseAction::Reject || action == CaseAction::RefusePart
        || action == CaseAction::StartSpecialProcedure || action == CaseAction::Extend
        || action == CaseAction::Withdraw;
    o.grave = action == CaseAction::Reject || action == CaseAction::RefusePart
        || action == CaseAction::Withdraw;
    o.needsMissing = action == CaseAction::RequestCorrection;
    o.needsDepartments = action == CaseAction::Route;
    o.needsDays = action == CaseAction::Extend;
    o.maxDays = situation.jointHandling ? LegalClock::kMaxJointExtensionDays
                                        : LegalClock::kMaxExtensionDays;
    return o;
}

QList<CaseActionOffer> CaseActionOffers::offers(
    const CaseSituation &situation, const CaseActor &actor)
{
    QList<CaseActionOffer> out;
    for (CaseAction a : CaseWorkflow::availableActions(situation, actor))
        out.append(offer(situation, a));
    return out;
}

} // namespace onewindow
