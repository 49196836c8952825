// The case workflow as an explicit state machine (申办 → 预受理 → 受理/不予受理 → 审批 → 补正 →
// 特别程序 → 办结 → 领取): every action is checked against the actor's role and the case's
// state here, and turned into the event the hall protocol knows. The one place these rules live.
#pragma once

#include "casemodel.h"
#include "casestatus.h"
#include "result.h"
#include "staffrole.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace onewindow {

enum class CaseAction {
    PreCheck, // 预受理
    Accept, // 受理
    Reject, // 不予受理
    RequestCorrection, // 补正告知 (一次性告知: everything missing at once)
    ReceiveCorrection, // 补正受理
    Route, // to the departments (并联审批)
    ApprovePart, // a department approves its part
    RefusePart, // a department refuses its part
    StartSpecialProcedure, // 特别程序: hearing, testing, expert review
    EndSpecialProcedure,
    Extend, // 延期, approved by a supervisor
    Collect, // 领取登记
    Withdraw, // 撤回 at the citizen's request
};

struct CaseActor
{
    QString username;
    StaffRole role = StaffRole::FrontDesk;
    QString department;
};

// What the workflow must know of a case to decide.
struct CaseSituation
{
    CaseStatus status = CaseStatus::Submitted;
    int version = 0; // the case's event count: a decision on an older view is refused
    QStringList openTasks; // departments whose review is still open
    QStringList approvedTasks;
    QStringList refusedTasks;
    bool deemedAccepted = false; // no correction notice within 5 working days (LegalClock)
    int extendedDays = 0;
    bool jointHandling = false; // 联合办理: 45 + 15 days
    QList<MaterialProvision> materials; // as filed: on paper or by e-certificate
    QStringList checkedMaterials; // codes of the paper the window checked (原件核验)
};

struct CaseRequest
{
    CaseAction action = CaseAction::Accept;
    int seenVersion = 0; // the version the actor decided on
    QString reason;
    QStringList missing; // RequestCorrection: every missing material
    QStringList departments; // Route
    int extensionDays = 0; // Extend
    // The paper materials (codes) the window received and checked with this action: PreCheck,
    // Accept, ReceiveCorrection and Route carry them (checksMaterials).
    QStringList checkedMaterials;
};

// What a permitted action does: the new status and the event to record and sync.
struct CaseTransition
{
    CaseStatus to = CaseStatus::Submitted;
    QString eventType; // accepted, department_refused, … (hall-protocol.md, extended)
    QJsonObject body; // materialsChecked: the codes checked at the window with this action
    // The last open department decided: the case is completed with this outcome too.
    std::optional<CaseStatus> completedAs;
    bool pausesClock = false;
    bool resumesClock = false;
};

class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
public:
    static Result<CaseTransition> decide(
        const CaseSituation &situation, const CaseRequest &request, const CaseActor &actor);
    // The actions the actor may take now, for the back office's buttons.
    static QList<CaseAction> availableActions(
        const CaseSituation &situation, const CaseActor &actor);
    static QString actionCode(CaseAction action);
    // The action a page names by its code, or nullopt for a code no action has.
    static std::optional<CaseAction> actionFromCode(const QString &code);
    // Whether the action may record paper materials as checked at the window.
    static bool checksMaterials(CaseAction action);
    // What the case itself must have for an action the role may take: an approval needs every
    // required material checked or replaced by an e-certificate (cases.paper_unchecked, naming
    // them). The back office shows the reason next to the action.
    static Status ready(const CaseSituation &situation, CaseAction action);
    // Whether the actor may open the case with its applicant's data (Permission::ViewApplicant):
    // a reviewer the cases their department has a part in, not only those it received.
    static bool mayOpen(const CaseDossier &dossier, const CaseActor &actor);

private:
    static Status permitted(
        const CaseSituation &situation, CaseAction action, const CaseActor &actor);
};

} // namespace onewindow
