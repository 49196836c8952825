#include "casedossierdesk.h"

#include "casedecisions.h"
#include "caseeventtext.h"
#include "casematerials.h"
#include "casenoticedocument.h"
#include "casestore.h"
#include "casetimelimits.h"
#include "catalogstore.h"
#include "displaytime.h"
#include "documentprinter.h"
#include "legalclock.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

#include <QLocale>
#include <QSet>

using namespace onewindow;

namespace {

struct ActionInfo
{
    const char *label;
    bool needsReason;
    bool grave; // ends or refuses the case: the page asks once more
};

ActionInfo infoOf(CaseAction a)
{
    switch (a) {
    case CaseAction::PreCheck:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Materials checked"), false, false };
    case CaseAction::Accept:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Accept"), false, false };
    case CaseAction::Reject:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Do not accept"), true, true };
    case CaseAction::RequestCorrection:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Ask for corrections"), false, false };
    case CaseAction::ReceiveCorrection:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Corrections received"), false, false };
    case CaseAction::Route:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Send to departments"), false, false };
    case CaseAction::ApprovePart:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Approve our part"), false, false };
    case CaseAction::RefusePart:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Refuse our part"), true, true };
    case CaseAction::StartSpecialProcedure:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Start special procedure"), true, false };
    case CaseAction::EndSpecialProcedure:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "End special procedure"), false, false };
    case CaseAction::Extend:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Approve an extension"), true, false };
    case CaseAction::Collect:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Record collection"), false, false };
    case CaseAction::Withdraw:
        return { QT_TRANSLATE_NOOP("CaseDossierDesk", "Withdraw (applicant's request)"), true,
            true };
    }
    return { "", false, false };
}

std::optional<CaseAction> actionFrom(const QString &code)
{
    for (CaseAction a : { CaseAction::PreCheck, CaseAction::Accept, CaseAction::Reject,
             CaseAction::RequestCorrection, CaseAction::ReceiveCorrection, CaseAction::Route,
             CaseAction::ApprovePart, CaseAction::RefusePart, CaseAction::StartSpecialProcedure,
             CaseAction::EndSpecialProcedure, CaseAction::Extend, CaseAction::Collect,
             CaseAction::Withdraw })
        if (CaseWorkflow::actionCode(a) == code)
            return a;
    return std::nullopt;
}

QVariantMap labelled(const QString &label, const QString &value)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } };
}

} // namespace

CaseDossierDesk::CaseDossierDesk(CaseStore &cases, CaseDecisions &decisions,
    const CatalogStore &catalog, StaffDesk &staff, Clock clock, QObject *parent)
    : QObject(parent)
    , m_cases(cases)
    , m_decisions(decisions)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    // The applicant's data leaves the screen with the staff member who opened it.
    connect(&m_staff, &StaffDesk::sessionChanged, this, &CaseDossierDesk::close);
}

CaseDossierDesk::~CaseDossierDesk() = default;

void CaseDossierDesk::setNoticePrinter(DocumentPrinter *printer, QString townHall)
{
    m_printer = printer;
    m_townHall = std::move(townHall);
}

WorkingDayCalendar CaseDossierDesk::calendar() const
{
    return WorkingDayCalendar::fromCatalog(m_catalog);
}

QString CaseDossierDesk::departmentName(const QString &code) const
{
    return m_departmentNames.value(code, code);
}

std::optional<CaseActor> CaseDossierDesk::actor() const
{
    const auto &session = m_staff.session();
    if (!session)
        return std::nullopt;
    return CaseActor { session->userName(), session->role(), session->department() };
}

void CaseDossierDesk::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}

bool CaseDossierDesk::open(const QString &caseId)
{
    const auto who = actor();
    m_dossier.reset();
    auto dossier = m_cases.dossier(caseId);
    if (!who || !dossier || !dossier.value()) {
        setMessage(!who    ? tr("Sign in first.")
                : !dossier ? dossier.error().message
                           : tr("This case is not stored at this terminal."),
            true);
        emit caseChanged();
        return false;
    }
    const CaseDossier &d = *dossier.value();
    // A reviewer sees the cases their department has a part in; the check is the services'.
    QString department = d.filed.department;
    for (const DepartmentProgress &p : d.departments)
        if (p.department == who->department)
            department = p.department;
    if (!StaffRoles::allows(who->role, who->department, Permission::ViewApplicant, department)) {
        setMessage(tr("Your role may not open this case."), true);
        emit caseChanged();
        return false;
    }
    m_dossier = d;
    setMessage({}, false);
    return reload();
}

void CaseDossierDesk::close()
{
    if (!m_dossier && m_message.isEmpty())
        return;
    m_dossier.reset();
    m_actions.clear();
    setMessage({}, false);
    emit caseChanged();
}

bool CaseDossierDesk::reload()
{
    if (m_departmentNames.isEmpty())
        if (auto departments = m_catalog.departments())
            for (const CatalogDepartment &d : departments.value())
                m_departmentNames.insert(d.code, d.name);
    const QString caseId = m_dossier->filed.caseId;
    auto dossier = m_cases.dossier(caseId);
    if (dossier && dossier.value())
        m_dossier = *dossier.value();
    const WorkingDayCalendar days = calendar();
    const QDate today = DisplayTime::dayOf(m_clock());
    auto situation = m_decisions.situation(caseId, days, today);
    m_actions.clear();
    if (situation) {
        m_situation = situation.value();
        if (const auto who = actor())
            m_actions = CaseWorkflow::availableActions(m_situation, *who);
    }

    m_clockText.clear();
    m_datesText.clear();
    m_urgency = QStringLiteral("unknown");
    auto facts = m_cases.progress().facts(caseId);
    if (facts && facts.value()) {
        const auto &f = *facts.value();
        TimeLimitFacts limits { f.status, f.submittedAt.toTimeZone(DisplayTime::zone()).date(),
            f.promisedDays, f.legalDays, f.extensionDays, {} };
        for (const auto &[from, to] : f.pauses)
            limits.pauses.append({ from, to });
        const TimeLimitReading reading = CaseTimeLimits::read(days, limits, today);
        m_urgency = CaseTimeLimits::urgencyCode(reading.urgency);
        if (reading.urgency == Urgency::Decided) {
            m_clockText = tr("Decided: the time limit no longer runs");
        } else if (!reading.known) {
            m_clockText = reading.problem;
        } else {
            m_clockText = CaseTimeLimits::daysLeftText(reading);
            if (reading.committed.paused)
                m_clockText += tr("; paused now");
            m_datesText = CaseTimeLimits::datesText(reading);
        }
        if (m_situation.deemedAccepted)
            m_clockText += tr(". No correction notice was issued within 5 working days: the "
                              "application counts as accepted.");
    }
    emit caseChanged();
    return true;
}

QVariantMap CaseDossierDesk::summary() const
{
    if (!m_dossier)
        return {};
    const CaseDossier &d = *m_dossier;
    const Status paper
        = CaseMaterials::readyForDecision(m_situation.materials, m_situation.checkedMaterials);
    return { { QStringLiteral("caseId"), d.filed.caseId },
        { QStringLiteral("receiptNumber"), d.receiptNumber },
        { QStringLiteral("itemName"), d.filed.itemName },
        { QStringLiteral("departmentName"), departmentName(d.filed.department) },
        { QStringLiteral("statusCode"), CaseStatuses::code(d.filed.status) },
        { QStringLiteral("statusText"), CaseStatuses::displayName(d.filed.status) },
        { QStringLiteral("submitted"), DisplayTime::dateTime(d.submittedAt) },
        { QStringLiteral("clockText"), m_clockText }, { QStringLiteral("urgency"), m_urgency },
        { QStringLiteral("datesText"), m_datesText },
        { QStringLiteral("paperMissing"), paper ? QString() : paper.error().message },
        { QStringLiteral("deemedAccepted"), m_situation.deemedAccepted },
        { QStringLiteral("outcomeReason"), d.outcomeReason } };
}

QVariantList CaseDossierDesk::applicant() const
{
    if (!m_dossier)
        return {};
    const CaseDossier &d = *m_dossier;
    QVariantList out { labelled(tr("Applicant"), d.applicant.name),
        labelled(tr("ID number"), d.applicant.idNumber) };
    if (d.principal) {
        out.append(labelled(tr("Applied for"), d.principal->name));
        out.append(labelled(tr("Their ID number"), d.principal->idNumber));
    }
    out.append(labelled(tr("Filed at"), d.filingTerminal));
    return out;
}

QVariantList CaseDossierDesk::answers() const
{
    if (!m_dossier)
        return {};
    // In the order and with the labels of the item's form; keys the catalog no longer has last.
    QVariantList out;
    QSet<QString> shown;
    const auto item = m_catalog.item(m_dossier->filed.itemCode);
    if (item && item.value())
        for (const CatalogFormField &f : item.value()->form)
            if (m_dossier->answers.contains(f.key)) {
                const QJsonValue v = m_dossier->answers.value(f.key);
                out.append(labelled(f.label,
                    f.type == u"bool" ? (v.toVariant().toBool() ? tr("yes") : tr("no"))
                                      : v.toVariant().toString()));
                shown.insert(f.key);
            }
    for (auto it = m_dossier->answers.constBegin(); it != m_dossier->answers.constEnd(); ++it)
        if (!shown.contains(it.key()))
            out.append(labelled(it.key(), it.value().toVariant().toString()));
    return out;
}

QVariantList CaseDossierDesk::materials() const
{
    if (!m_dossier)
        return {};
    QVariantList out;
    for (const MaterialProvision &m : m_dossier->materials) {
        const bool certificate = m.way == MaterialProvision::Way::Certificate;
        const bool checked = m_situation.checkedMaterials.contains(m.materialCode);
        // certificate, checked, missing (required paper not checked yet) or optional.
        const QString state = certificate ? QStringLiteral("certificate")
            : checked                     ? QStringLiteral("checked")
            : m.required                  ? QStringLiteral("missing")
                                          : QStringLiteral("optional");
        // The kiosk attaches only a certificate it verified as genuine, by reference.
        out.append(QVariantMap { { QStringLiteral("name"), m.materialName },
            { QStringLiteral("code"), m.materialCode }, { QStringLiteral("required"), m.required },
            { QStringLiteral("way"),
                certificate ? QStringLiteral("certificate") : QStringLiteral("paper") },
            { QStringLiteral("state"), state },
            { QStringLiteral("detail"),
                certificate
                    ? tr("e-certificate %1, verified genuine when filed").arg(m.certificateNumber)
                    : checked ? tr("paper, received and checked at the window")
                    : m.required
                    ? tr("paper, not yet checked at the window: needed before a decision")
                    : tr("paper, if it applies") } });
    }
    return out;
}

QVariantList CaseDossierDesk::paperChoices() const
{
    QVariantList out;
    if (m_dossier)
        for (const MaterialProvision &m : m_dossier->materials)
            if (m.way == MaterialProvision::Way::Paper)
                out.append(QVariantMap { { QStringLiteral("code"), m.materialCode },
                    { QStringLiteral("name"), m.materialName },
                    { QStringLiteral("checked"),
                        m_situation.checkedMaterials.contains(m.materialCode) } });
    return out;
}

QVariantList CaseDossierDesk::departments() const
{
    if (!m_dossier)
        return {};
    QVariantList out;
    for (const DepartmentProgress &p : m_dossier->departments)
        out.append(QVariantMap { { QStringLiteral("name"), departmentName(p.department) },
            { QStringLiteral("status"), p.status },
            { QStringLiteral("statusText"),
                p.status == u"approved"      ? tr("approved")
                    : p.status == u"refused" ? tr("refused")
                                             : tr("under review") } });
    return out;
}

QVariantList CaseDossierDesk::history() const
{
    if (!m_dossier)
        return {};
    const QLocale locale;
    QVariantList out;
    for (const CaseHistoryEntry &e : m_dossier->history)
        out.append(QVariantMap { { QStringLiteral("when"), DisplayTime::dateTime(e.at, locale) },
            { QStringLiteral("text"), CaseEventText::describe(e, departmentName(e.department)) },
            { QStringLiteral("who"), CaseEventText::actor(e.actor) },
            { QStringLiteral("note"), e.note } });
    return out;
}

QVariantList CaseDossierDesk::actions() const
{
    QVariantList out;
    for (CaseAction a : m_actions) {
        const ActionInfo info = infoOf(a);
        // The role may take it, but the case is not ready for it yet: the button says why.
        const Status ready = CaseWorkflow::ready(m_situation, a);
        out.append(QVariantMap { { QStringLiteral("code"), CaseWorkflow::actionCode(a) },
            { QStringLiteral("blockedReason"), ready ? QString() : ready.error().message },
            { QStringLiteral("checksMaterials"), CaseWorkflow::checksMaterials(a) },
            { QStringLiteral("label"), tr(info.label) },
            { QStringLiteral("needsReason"), info.needsReason },
            { QStringLiteral("needsMissing"), a == CaseAction::RequestCorrection },
            { QStringLiteral("needsDepartments"), a == CaseAction::Route },
            { QStringLiteral("needsDays"), a == CaseAction::Extend },
            { QStringLiteral("maxDays"),
                m_situation.jointHandling ? LegalClock::kMaxJointExtensionDays
                                          : LegalClock::kMaxExtensionDays },
            { QStringLiteral("grave"), info.grave } });
    }
    return out;
}

QVariantList CaseDossierDesk::routeChoices() const
{
    if (!m_dossier)
        return {};
    QVariantList out;
    for (auto it = m_departmentNames.cbegin(); it != m_departmentNames.cend(); ++it)
        out.append(QVariantMap { { QStringLiteral("code"), it.key() },
            { QStringLiteral("name"), it.value() },
            { QStringLiteral("checked"), it.key() == m_dossier->filed.department } });
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("checked")).toBool()
            > b.toMap().value(QStringLiteral("checked")).toBool();
    });
    return out;
}

QStringList CaseDossierDesk::missingChoices() const
{
    QStringList out;
    if (m_dossier)
        for (const MaterialProvision &m : m_dossier->materials)
            if (m.way == MaterialProvision::Way::Paper)
                out.append(m.materialName);
    return out;
}

bool CaseDossierDesk::act(const QString &actionCode, const QString &reason,
    const QStringList &missing, const QStringList &departments, int days,
    const QStringList &checkedMaterials)
{
    const auto who = actor();
    const auto action = actionFrom(actionCode);
    if (!m_dossier || !who || !action) {
        setMessage(tr("Open a case first."), true);
        return false;
    }
    CaseRequest request;
    request.action = *action;
    request.seenVersion = m_situation.version;
    request.reason = reason;
    request.missing = missing;
    request.departments = departments;
    request.extensionDays = days;
    request.checkedMaterials = checkedMaterials;
    auto taken
        = m_decisions.decide(m_dossier->filed.caseId, request, *who, calendar(), m_clock().toUTC());
    if (!taken) {
        // A stale view is shown again as it is now, with the reason.
        if (taken.error().code == u"cases.changed")
            reload();
        setMessage(taken.error().message, true);
        return false;
    }
    if (*action == CaseAction::RequestCorrection) {
        m_correctionCase = m_dossier->filed.caseId;
        m_correctionMissing = taken.value().body.value(u"missing").toVariant().toStringList();
        m_correctionReason = reason.trimmed();
    }
    reload();
    setMessage(tr("Done: %1. The case is now %2.")
                   .arg(tr(infoOf(*action).label), CaseStatuses::displayName(taken.value().to)),
        false);
    emit decided();
    return true;
}

bool CaseDossierDesk::canPrintCorrectionNotice() const
{
    return m_printer && m_dossier && m_dossier->filed.status == CaseStatus::CorrectionRequested;
}

bool CaseDossierDesk::canPrintDecisionNotice() const
{
    if (!m_printer || !m_dossier)
        return false;
    const CaseStatus s = m_dossier->filed.status;
    return s == CaseStatus::Approved || s == CaseStatus::Refused || s == CaseStatus::Rejected;
}

bool CaseDossierDesk::print(const PrintableDocument &document)
{
    auto printed = m_printer->print(document);
    if (!printed) {
        setMessage(printed.error().message, true);
        return false;
    }
    setMessage(printed.value().kind == PrintOutcome::Kind::Printed
            ? tr("Printed on %1.").arg(printed.value().printerName)
            : tr("Saved as %1.").arg(printed.value().pdfPath),
        false);
    return true;
}

bool CaseDossierDesk::printCorrectionNotice()
{
    if (!canPrintCorrectionNotice())
        return false;
    // The notice lists exactly what the request listed: as asked here, or (printed again
    // later, or asked by a reviewer elsewhere) as the case's history keeps it.
    QStringList missing = m_correctionMissing;
    QString reason = m_correctionReason;
    if (m_correctionCase != m_dossier->filed.caseId) {
        reason.clear();
        for (const CaseHistoryEntry &e : m_dossier->history)
            if (e.type == u"correction_requested")
                missing = e.note.split(QStringLiteral("；"), Qt::SkipEmptyParts);
    }
    const NoticeContext context { m_townHall, m_departmentNames, m_staff.userName() };
    return print(CaseNoticeDocument::correctionNotice(
        *m_dossier, missing, reason, context, DisplayTime::dayOf(m_clock())));
}

bool CaseDossierDesk::printDecisionNotice()
{
    if (!canPrintDecisionNotice())
        return false;
    const NoticeContext context { m_townHall, m_departmentNames, m_staff.userName() };
    return print(
        CaseNoticeDocument::decisionNotice(*m_dossier, context, DisplayTime::dayOf(m_clock())));
}
