#include "casedossierdesk.h"

#include "caseactionoffers.h"
#include "casedeadlineview.h"
#include "casedecisions.h"
#include "caseeventtext.h"
#include "casematerials.h"
#include "casenoticedocument.h"
#include "casestore.h"
#include "catalogstore.h"
#include "displaytime.h"
#include "documentprinter.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

#include <QLocale>
#include <QSet>

using namespace onewindow;

namespace {

// The buttons' words; what each action asks and allows is CaseActionOffers'.
const std::pair<CaseAction, const char *> kLabels[] = {
    { CaseAction::PreCheck, QT_TRANSLATE_NOOP("CaseDossierDesk", "Materials checked") },
    { CaseAction::Accept, QT_TRANSLATE_NOOP("CaseDossierDesk", "Accept") },
    { CaseAction::Reject, QT_TRANSLATE_NOOP("CaseDossierDesk", "Do not accept") },
    { CaseAction::RequestCorrection, QT_TRANSLATE_NOOP("CaseDossierDesk", "Ask for corrections") },
    { CaseAction::ReceiveCorrection, QT_TRANSLATE_NOOP("CaseDossierDesk", "Corrections received") },
    { CaseAction::Route, QT_TRANSLATE_NOOP("CaseDossierDesk", "Send to departments") },
    { CaseAction::ApprovePart, QT_TRANSLATE_NOOP("CaseDossierDesk", "Approve our part") },
    { CaseAction::RefusePart, QT_TRANSLATE_NOOP("CaseDossierDesk", "Refuse our part") },
    { CaseAction::StartSpecialProcedure,
        QT_TRANSLATE_NOOP("CaseDossierDesk", "Start special procedure") },
    { CaseAction::EndSpecialProcedure,
        QT_TRANSLATE_NOOP("CaseDossierDesk", "End special procedure") },
    { CaseAction::Extend, QT_TRANSLATE_NOOP("CaseDossierDesk", "Approve an extension") },
    { CaseAction::Collect, QT_TRANSLATE_NOOP("CaseDossierDesk", "Record collection") },
    { CaseAction::Withdraw,
        QT_TRANSLATE_NOOP("CaseDossierDesk", "Withdraw (applicant's request)") },
};

const char *labelOf(CaseAction a)
{
    for (const auto &[action, label] : kLabels)
        if (action == a)
            return label;
    return "";
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
    clearLists();
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
    if (!CaseWorkflow::mayOpen(d, *who)) {
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
    clearLists();
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
    QList<CaseActionOffer> offers;
    if (situation) {
        m_situation = situation.value();
        if (const auto who = actor())
            offers = CaseActionOffers::offers(m_situation, *who);
    }
    QList<CaseActionRow> actionRows;
    for (const CaseActionOffer &o : offers)
        actionRows.append({ o, tr(labelOf(o.action)) });
    m_actions.setRows(actionRows);

    CaseDeadline deadline;
    auto facts = m_cases.progress().facts(caseId);
    if (facts && facts.value())
        deadline = CaseDeadlineView::read(days, *facts.value(), m_situation.deemedAccepted, today);

    const CaseDossier &d = *m_dossier;
    const Status paper
        = CaseMaterials::readyForDecision(m_situation.materials, m_situation.checkedMaterials);
    m_summary = { d.filed.caseId, d.receiptNumber, d.filed.itemName,
        departmentName(d.filed.department), CaseStatuses::code(d.filed.status),
        CaseStatuses::displayName(d.filed.status), DisplayTime::dateTime(d.submittedAt),
        deadline.clockText, deadline.urgencyCode, deadline.datesText,
        paper ? QString() : paper.error().message, m_situation.deemedAccepted, d.outcomeReason };
    fillLists();
    emit caseChanged();
    return true;
}

void CaseDossierDesk::clearLists()
{
    m_summary = {};
    m_applicant.setRows({});
    m_answers.setRows({});
    m_materials.setRows({});
    m_paperChoices.setRows({});
    m_departments.setRows({});
    m_history.setRows({});
    m_actions.setRows({});
    m_routeChoices.setRows({});
}

void CaseDossierDesk::fillLists()
{
    m_applicant.setRows(applicantRows());
    m_answers.setRows(answerRows());
    m_materials.setRows(materialRows());
    QList<CaseChoice> paper;
    for (const MaterialProvision &m : m_dossier->materials)
        if (m.way == MaterialProvision::Way::Paper)
            paper.append({ m.materialCode, m.materialName,
                m_situation.checkedMaterials.contains(m.materialCode) });
    m_paperChoices.setRows(paper);
    QList<CaseDepartmentRow> departments;
    for (const DepartmentProgress &p : m_dossier->departments)
        departments.append({ departmentName(p.department), p.status,
            p.status == u"approved"      ? tr("approved")
                : p.status == u"refused" ? tr("refused")
                                         : tr("under review") });
    m_departments.setRows(departments);
    const QLocale locale;
    QList<CaseHistoryRow> history;
    for (const CaseHistoryEntry &e : m_dossier->history)
        history.append({ DisplayTime::dateTime(e.at, locale),
            CaseEventText::describe(e, departmentName(e.department)), CaseEventText::actor(e.actor),
            e.note });
    m_history.setRows(history);
    m_routeChoices.setRows(routeRows());
}

QList<CaseField> CaseDossierDesk::applicantRows() const
{
    const CaseDossier &d = *m_dossier;
    QList<CaseField> out { { tr("Applicant"), d.applicant.name },
        { tr("ID number"), d.applicant.idNumber } };
    if (d.principal) {
        out.append({ tr("Applied for"), d.principal->name });
        out.append({ tr("Their ID number"), d.principal->idNumber });
    }
    out.append({ tr("Filed at"), d.filingTerminal });
    return out;
}

QList<CaseField> CaseDossierDesk::answerRows() const
{
    // In the order and with the labels of the item's form; keys the catalog no longer has last.
    QList<CaseField> out;
    QSet<QString> shown;
    const auto item = m_catalog.item(m_dossier->filed.itemCode);
    if (item && item.value())
        for (const CatalogFormField &f : item.value()->form)
            if (m_dossier->answers.contains(f.key)) {
                const QJsonValue v = m_dossier->answers.value(f.key);
                out.append({ f.label,
                    f.type == u"bool" ? (v.toVariant().toBool() ? tr("yes") : tr("no"))
                                      : v.toVariant().toString() });
                shown.insert(f.key);
            }
    for (auto it = m_dossier->answers.constBegin(); it != m_dossier->answers.constEnd(); ++it)
        if (!shown.contains(it.key()))
            out.append({ it.key(), it.value().toVariant().toString() });
    return out;
}

QList<CaseMaterialRow> CaseDossierDesk::materialRows() const
{
    QList<CaseMaterialRow> out;
    for (const MaterialProvision &m : m_dossier->materials) {
        const MaterialState state = CaseMaterials::stateOf(m, m_situation.checkedMaterials);
        // The kiosk attaches only a certificate it verified as genuine, by reference.
        const QString detail = state == MaterialState::Certificate
            ? tr("e-certificate %1, verified genuine when filed").arg(m.certificateNumber)
            : state == MaterialState::Checked ? tr("paper, received and checked at the window")
            : state == MaterialState::Missing
            ? tr("paper, not yet checked at the window: needed before a decision")
            : tr("paper, if it applies");
        out.append({ m.materialCode, m.materialName, m.required,
            state == MaterialState::Certificate ? QStringLiteral("certificate")
                                                : QStringLiteral("paper"),
            CaseMaterials::stateCode(state), detail });
    }
    return out;
}

QList<CaseChoice> CaseDossierDesk::routeRows() const
{
    QList<CaseChoice> out;
    for (auto it = m_departmentNames.cbegin(); it != m_departmentNames.cend(); ++it)
        out.append({ it.key(), it.value(), it.key() == m_dossier->filed.department });
    std::stable_sort(out.begin(), out.end(), [](const CaseChoice &a, const CaseChoice &b) {
        return a.initiallyChecked > b.initiallyChecked;
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
    const auto action = CaseWorkflow::actionFromCode(actionCode);
    if (!m_dossier || !who || !action) {
        setMessage(tr("Open a case first."), true);
        return false;
    }
    const CaseRequest request { *action, m_situation.version, reason, missing, departments, days,
        checkedMaterials };
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
                   .arg(tr(labelOf(*action)), CaseStatuses::displayName(taken.value().to)),
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
        missing = CaseNoticeDocument::requestedMissing(*m_dossier);
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
