#include "caseworkflow.h"

#include "casematerials.h"
#include "legalclock.h"

#include <QJsonArray>

namespace onewindow {

namespace {

bool in(CaseStatus s, std::initializer_list<CaseStatus> set)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}

// Which states an action starts from.
bool startsFrom(CaseAction action, CaseStatus s)
{
    using S = CaseStatus;
    switch (action) {
    case CaseAction::PreCheck:
        return s == S::Submitted;
    case CaseAction::Accept:
    case CaseAction::Reject:
        return in(s, { S::Submitted, S::PreChecked });
    case CaseAction::RequestCorrection:
        return in(s, { S::Submitted, S::PreChecked, S::InReview });
    case CaseAction::ReceiveCorrection:
        return s == S::CorrectionRequested;
    case CaseAction::Route:
        return in(s, { S::Accepted, S::Corrected });
    case CaseAction::ApprovePart:
    case CaseAction::RefusePart:
    case CaseAction::StartSpecialProcedure:
        return s == S::InReview;
    case CaseAction::EndSpecialProcedure:
        return s == S::SpecialProcedure;
    case CaseAction::Extend:
        return in(s,
            { S::Accepted, S::InReview, S::Corrected, S::CorrectionRequested,
                S::SpecialProcedure });
    case CaseAction::Collect:
        return in(s, { S::Approved, S::Refused });
    case CaseAction::Withdraw:
        return !CaseStatuses::isFinal(s) && s != S::Approved;
    }
    return false;
}

Permission permissionFor(CaseAction action)
{
    switch (action) {
    case CaseAction::ApprovePart:
    case CaseAction::RefusePart:
    case CaseAction::StartSpecialProcedure:
    case CaseAction::EndSpecialProcedure:
        return Permission::ReviewCase;
    case CaseAction::Extend:
        return Permission::ViewSupervision;
    default:
        return Permission::AcceptCase;
    }
}

constexpr CaseAction kAllActions[] = { CaseAction::PreCheck, CaseAction::Accept, CaseAction::Reject,
    CaseAction::RequestCorrection, CaseAction::ReceiveCorrection, CaseAction::Route,
    CaseAction::ApprovePart, CaseAction::RefusePart, CaseAction::StartSpecialProcedure,
    CaseAction::EndSpecialProcedure, CaseAction::Extend, CaseAction::Collect,
    CaseAction::Withdraw };

} // namespace

QString CaseWorkflow::actionCode(CaseAction action)
{
    switch (action) {
    case CaseAction::PreCheck:
        return QStringLiteral("pre_check");
    case CaseAction::Accept:
        return QStringLiteral("accept");
    case CaseAction::Reject:
        return QStringLiteral("reject");
    case CaseAction::RequestCorrection:
        return QStringLiteral("request_correction");
    case CaseAction::ReceiveCorrection:
        return QStringLiteral("receive_correction");
    case CaseAction::Route:
        return QStringLiteral("route");
    case CaseAction::ApprovePart:
        return QStringLiteral("approve_part");
    case CaseAction::RefusePart:
        return QStringLiteral("refuse_part");
    case CaseAction::StartSpecialProcedure:
        return QStringLiteral("start_special_procedure");
    case CaseAction::EndSpecialProcedure:
        return QStringLiteral("end_special_procedure");
    case CaseAction::Extend:
        return QStringLiteral("extend");
    case CaseAction::Collect:
        return QStringLiteral("collect");
    case CaseAction::Withdraw:
        return QStringLiteral("withdraw");
    }
    return {};
}

bool CaseWorkflow::checksMaterials(CaseAction action)
{
    return action == CaseAction::PreCheck || action == CaseAction::Accept
        || action == CaseAction::ReceiveCorrection || action == CaseAction::Route;
}

bool CaseWorkflow::mayOpen(const CaseDossier &dossier, const CaseActor &actor)
{
    QString department = dossier.filed.department;
    for (const DepartmentProgress &p : dossier.departments)
        if (p.department == actor.department)
            department = p.department;
    return StaffRoles::allows(actor.role, actor.department, Permission::ViewApplicant, department);
}

Status CaseWorkflow::ready(const CaseSituation &situation, CaseAction action)
{
    // Refusing a part needs no paper; approving one is a decision resting on it.
    if (action == CaseAction::ApprovePart)
        return CaseMaterials::readyForDecision(situation.materials, situation.checkedMaterials);
    return {};
}

Status CaseWorkflow::permitted(
    const CaseSituation &situation, CaseAction action, const CaseActor &actor)
{
    const bool departmental = permissionFor(action) == Permission::ReviewCase;
    // A reviewing department may ask for a correction of its part; an extension is the
    // supervisor's (an administrator decides no case).
    const bool reviewerCorrection = action == CaseAction::RequestCorrection
        && actor.role == StaffRole::Reviewer && situation.status == CaseStatus::InReview
        && situation.openTasks.contains(actor.department);
    const bool allowed = action == CaseAction::Extend ? actor.role == StaffRole::Supervisor
        : reviewerCorrection
        ? true
        : StaffRoles::allows(actor.role, actor.department, permissionFor(action),
            departmental ? actor.department : QString());
    if (!allowed)
        return Error {
            QStringLiteral("cases.not_permitted"),
            tr("Your role (%1) may not take this action.").arg(StaffRoles::displayName(actor.role))
        };
    const CaseStatus s = situation.status;
    if (!startsFrom(action, s))
        return Error { QStringLiteral("cases.wrong_state"),
            tr("This action is not possible while the case is %1.")
                .arg(CaseStatuses::displayName(s)) };
    if (situation.deemedAccepted && in(s, { CaseStatus::Submitted, CaseStatus::PreChecked })
        && (action == CaseAction::Reject || action == CaseAction::RequestCorrection))
        return Error { QStringLiteral("cases.deemed_accepted"),
            tr("No correction notice was issued within %1 working days of submission, so the "
               "law counts the application as accepted. Accept it and continue.")
                .arg(LegalClock::kCorrectionNoticeDays) };
    if (departmental && action != CaseAction::StartSpecialProcedure
        && action != CaseAction::EndSpecialProcedure
        && !situation.openTasks.contains(actor.department)) {
        if (situation.approvedTasks.contains(actor.department)
            || situation.refusedTasks.contains(actor.department))
            return Error { QStringLiteral("cases.already_decided"),
                tr("Your department's part of this case has been decided already; the first "
                   "stored decision stands.") };
        return Error { QStringLiteral("cases.not_routed"),
            tr("This case was not routed to your department.") };
    }
    if ((action == CaseAction::StartSpecialProcedure || action == CaseAction::EndSpecialProcedure)
        && !situation.openTasks.contains(actor.department))
        return Error { QStringLiteral("cases.not_routed"),
            tr("This case was not routed to your department.") };
    return {};
}

QList<CaseAction> CaseWorkflow::availableActions(
    const CaseSituation &situation, const CaseActor &actor)
{
    QList<CaseAction> out;
    for (CaseAction a : kAllActions)
        if (permitted(situation, a, actor))
            out.append(a);
    return out;
}

std::optional<CaseAction> CaseWorkflow::actionFromCode(const QString &code)
{
    for (CaseAction a : kAllActions)
        if (actionCode(a) == code)
            return a;
    return std::nullopt;
}

Result<CaseTransition> CaseWorkflow::decide(
    const CaseSituation &situation, const CaseRequest &request, const CaseActor &actor)
{
    if (request.seenVersion != situation.version)
        return Error { QStringLiteral("cases.changed"),
            tr("The case changed while you were looking at it (another decision or a "
               "correction arrived). Look at it again before you decide.") };
    if (Status s = permitted(situation, request.action, actor); !s)
        return s.error();
    if (Status s = ready(situation, request.action); !s)
        return s.error();

    const QString reason = request.reason.trimmed();
    auto needReason = [&](const QString &why) -> Status {
        if (reason.isEmpty())
            return Error { QStringLiteral("cases.reason_required"), why };
        return {};
    };
    CaseTransition t;
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    if (!request.checkedMaterials.isEmpty()) {
        if (!checksMaterials(request.action))
            return Error { QStringLiteral("cases.check_not_here"),
                tr("Paper materials are checked when the window takes in, accepts or routes a "
                   "case, or receives its corrections.") };
        auto checked = CaseMaterials::checkable(situation.materials, request.checkedMaterials);
        if (!checked)
            return checked.error();
        body.insert(
            QStringLiteral("materialsChecked"), QJsonArray::fromStringList(checked.value()));
    }
    switch (request.action) {
    case CaseAction::PreCheck:
        t.to = CaseStatus::PreChecked;
        t.eventType = QStringLiteral("pre_checked");
        break;
    case CaseAction::Accept:
        t.to = CaseStatus::Accepted;
        t.eventType = QStringLiteral("accepted");
        break;
    case CaseAction::Reject:
        if (Status s = needReason(tr("A decision not to accept must say why (不予受理 needs its "
                                     "reasons and the applicant's remedies)."));
            !s)
            return s.error();
        t.to = CaseStatus::Rejected;
        t.eventType = QStringLiteral("rejected");
        break;
    case CaseAction::RequestCorrection: {
        QStringList missing;
        for (const QString &m : request.missing)
            if (!m.trimmed().isEmpty() && !missing.contains(m.trimmed()))
                missing.append(m.trimmed());
        if (missing.isEmpty())
            return Error { QStringLiteral("cases.missing_required"),
                tr("A correction notice lists everything that is missing, all at once "
                   "(一次性告知): name at least one material.") };
        body.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
        t.to = CaseStatus::CorrectionRequested;
        t.eventType = QStringLiteral("correction_requested");
        t.pausesClock = true;
        break;
    }
    case CaseAction::ReceiveCorrection:
        t.to = CaseStatus::Corrected;
        t.eventType = QStringLiteral("corrected");
        t.resumesClock = true;
        break;
    case CaseAction::Route: {
        QStringList departments;
        for (const QString &d : request.departments)
            if (!d.isEmpty() && !departments.contains(d))
                departments.append(d);
        if (departments.isEmpty())
            return Error { QStringLiteral("cases.no_departments"),
                tr("Choose at least one department to review the case.") };
        body.insert(QStringLiteral("departments"), QJsonArray::fromStringList(departments));
        t.to = CaseStatus::InReview;
        t.eventType = QStringLiteral("routed");
        break;
    }
    case CaseAction::ApprovePart:
    case CaseAction::RefusePart: {
        const bool refuse = request.action == CaseAction::RefusePart;
        if (refuse)
            if (Status s = needReason(tr("A refusal must give the department's reasons.")); !s)
                return s.error();
        body.insert(QStringLiteral("department"), actor.department);
        t.eventType
            = refuse ? QStringLiteral("department_refused") : QStringLiteral("department_approved");
        t.to = CaseStatus::InReview;
        // The last open part decides the case: one refusal refuses it (并联审批).
        if (situation.openTasks.size() == 1) {
            const bool anyRefused = refuse || !situation.refusedTasks.isEmpty();
            t.completedAs = anyRefused ? CaseStatus::Refused : CaseStatus::Approved;
            t.to = *t.completedAs;
        }
        break;
    }
    case CaseAction::StartSpecialProcedure:
        if (Status s = needReason(tr("Say which special procedure (hearing, testing, expert "
                                     "review) stops the clock, and why."));
            !s)
            return s.error();
        body.insert(QStringLiteral("department"), actor.department);
        t.to = CaseStatus::SpecialProcedure;
        t.eventType = QStringLiteral("special_procedure_started");
        t.pausesClock = true;
        break;
    case CaseAction::EndSpecialProcedure:
        body.insert(QStringLiteral("department"), actor.department);
        t.to = CaseStatus::InReview;
        t.eventType = QStringLiteral("special_procedure_ended");
        t.resumesClock = true;
        break;
    case CaseAction::Extend:
        if (Status s = LegalClock::checkExtension(request.extensionDays, situation.extendedDays,
                situation.jointHandling, reason, actor.role == StaffRole::Supervisor);
            !s)
            return s.error();
        body.insert(QStringLiteral("days"), request.extensionDays);
        body.insert(QStringLiteral("approvedBy"), actor.username);
        t.to = situation.status;
        t.eventType = QStringLiteral("extended");
        break;
    case CaseAction::Collect:
        t.to = CaseStatus::Collected;
        t.eventType = QStringLiteral("collected");
        break;
    case CaseAction::Withdraw:
        if (Status s = needReason(tr("Note the applicant's reason for withdrawing.")); !s)
            return s.error();
        t.to = CaseStatus::Withdrawn;
        t.eventType = QStringLiteral("withdrawn");
        break;
    }
    t.body = body;
    return t;
}

} // namespace onewindow
