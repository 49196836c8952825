// The actions the back office offers on an open case, each with what its dialog must ask (a
// reason the law requires, everything missing at once, the departments, the extension days and
// their limit) and why the case is not ready for it yet. Which actions a role may take is
// CaseWorkflow's; this is what each one asks of the person taking it.
#pragma once

#include "caseworkflow.h"

#include <QList>
#include <QString>

namespace onewindow {

struct CaseActionOffer
{
    CaseAction action = CaseAction::Accept;
    QString code; // CaseWorkflow::actionCode
    QString blockedReason; // the role may take it, the case is not ready: why (else empty)
    bool checksMaterials = false; // the window may record paper as checked with it
    bool needsReason = false; // the law asks for a reason (a refusal, an extension, …)
    bool needsMissing = false; // a correction notice lists everything missing at once
    bool needsDepartments = false; // routed to the departments that review their part
    bool needsDays = false; // an extension's working days
    int maxDays = 0; // the longest extension the law allows for this case
    bool grave = false; // ends or refuses the case: the page asks once more
};

class CaseActionOffers
{
public:
    // In CaseWorkflow::availableActions' order.
    static QList<CaseActionOffer> offers(const CaseSituation &situation, const CaseActor &actor);
    static CaseActionOffer offer(const CaseSituation &situation, CaseAction action);
};

} // namespace onewindow
