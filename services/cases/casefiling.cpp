#include "casefiling.h"

#include "casematerials.h"
#include "casestore.h"
#include "database.h"
#include "displaytime.h"
#include "receiptnumber.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QJsonArray>
#include <QUuid>

namespace onewindow {

namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject personBody(const IdentifiedPerson &p)
{
    return { { QStringLiteral("idNumber"), p.idNumber }, { QStringLiteral("name"), p.name } };
}

} // namespace

CaseFiling::CaseFiling(CaseStore &store, QString terminalId)
    : m_store(store)
    , m_terminalId(std::move(terminalId))
{ }

Status CaseFiling::checkParties(const CaseApplication &application) const
{
    if (application.items.isEmpty())
        return Error { QStringLiteral("cases.no_items"),
            tr("Please choose at least one service to apply for.") };
    if (application.items.size() > kMaxItems)
        return Error { QStringLiteral("cases.too_many_items"),
            tr("At most %1 services can be applied for at once; please apply for the others "
               "afterwards.")
                .arg(kMaxItems) };
    QStringList codes;
    for (const CatalogItem &item : application.items) {
        if (codes.contains(item.code))
            return Error { QStringLiteral("cases.duplicate_item"),
                tr("\"%1\" was chosen twice; it is applied for once.").arg(item.name) };
        codes.append(item.code);
    }
    if (application.applicant.idNumber.isEmpty())
        return Error { QStringLiteral("cases.not_identified"),
            tr("Please identify yourself with your ID card before applying.") };
    if (application.principal && !application.principalConsentAt.isValid())
        return Error { QStringLiteral("cases.consent_missing"),
            tr("The person you apply for must agree before you can apply for them.") };
    if (!application.dataUse.isEmpty() && !application.dataUseConsentAt.isValid())
        return Error { QStringLiteral("cases.data_use_consent_missing"),
            tr("Your e-certificates are used only after you agree. Please agree, or hand in "
               "paper copies instead.") };
    return {};
}

Status CaseFiling::checkMaterials(const CaseApplication &application) const
{
    for (const MaterialProvision &m : application.materials) {
        if (m.way != MaterialProvision::Way::Certificate)
            continue;
        bool accepted = false;
        for (const CatalogItem &item : application.items)
            for (const CatalogMaterial &material : item.materials)
                if (item.code == m.itemCode && material.code == m.materialCode)
                    accepted = material.satisfiedBy.contains(m.certificateType);
        if (!accepted || m.certificateNumber.isEmpty())
            return Error { QStringLiteral("cases.material_not_satisfied"),
                tr("The e-certificate offered for \"%1\" is not one that can replace it; please "
                   "hand in the paper material at the window.")
                    .arg(m.materialName) };
    }
    return {};
}

Result<FiledApplication> CaseFiling::file(const CaseApplication &application,
    const WorkingDayCalendar &calendar, const QDateTime &now, QList<FieldProblem> *problems)
{
    if (problems)
        problems->clear();
    if (Status s = checkParties(application); !s)
        return s.error();
    auto form = MergedForm::merge(application.items);
    if (!form)
        return form.error();
    QList<FieldProblem> found;
    auto answers = form->check(application.answers, &found, now.date());
    if (problems)
        *problems = found;
    if (!answers) {
        // A pledge not given is named: the application is refused for it, whatever the page did.
        for (const FieldProblem &p : std::as_const(found))
            if (p.error.code == u"form.pledge_required")
                return Error { QStringLiteral("cases.pledge_missing"), p.error.message };
        return answers.error();
    }
    if (Status s = checkMaterials(application); !s)
        return s.error();

    // Every required material is accounted for: by reference to an e-certificate, or on paper.
    QList<MaterialProvision> materials = application.materials;
    for (const CatalogItem &item : application.items)
        for (const CatalogMaterial &material : item.materials) {
            bool listed = false;
            for (const MaterialProvision &m : materials)
                listed = listed || (m.itemCode == item.code && m.materialCode == material.code);
            if (!listed)
                materials.append({ item.code, material.code, material.name, material.required,
                    MaterialProvision::Way::Paper, {}, {} });
        }

    const IdentifiedPerson &subject
        = application.principal ? *application.principal : application.applicant;
    FiledApplication filed;
    filed.groupId = newId();
    filed.filingTerminal = m_terminalId;
    filed.submittedAt = now.toUTC();
    filed.subjectMasked = CitizenSession::maskName(subject.name);
    filed.applicantMasked = CitizenSession::maskName(application.applicant.name);
    if (application.principal)
        filed.principalMasked = CitizenSession::maskName(application.principal->name);
    filed.materials = materials;
    filed.dataUse = application.dataUse;
    const QDate today = DisplayTime::dayOf(now);
    for (const CatalogItem &item : application.items) {
        FiledCase c;
        c.caseId = newId();
        c.itemCode = item.code;
        c.itemName = item.name;
        c.department = item.department;
        c.promisedDays = item.promisedLimitDays;
        c.legalDays = item.legalLimitDays;
        // The citizen is held to the promised limit (承诺时限), which is never above the legal one.
        auto due = calendar.addWorkingDays(today, item.promisedLimitDays);
        c.dueDate = due ? due.value() : QDate();
        filed.cases.append(c);
    }

    Status stored = m_store.database().transaction([&]() -> Status {
        auto sequence = m_store.takeReceiptSequence(today);
        if (!sequence)
            return sequence.error();
        auto receipt = ReceiptNumber::make(
            ReceiptNumber::prefixForTerminal(m_terminalId), today, sequence.value());
        if (!receipt)
            return receipt.error();
        filed.receiptNumber = receipt->text();

        QList<OutboxEvent> events;
        const QJsonArray materialList = CaseMaterials::toJson(materials);
        for (const FiledCase &c : filed.cases) {
            QJsonObject body { { QStringLiteral("groupId"), filed.groupId },
                { QStringLiteral("receiptNumber"), filed.receiptNumber },
                { QStringLiteral("terminal"), m_terminalId },
                { QStringLiteral("itemCode"), c.itemCode },
                { QStringLiteral("itemName"), c.itemName },
                { QStringLiteral("department"), c.department },
                { QStringLiteral("departments"), QJsonArray { c.department } },
                { QStringLiteral("catalogVersion"), application.catalogVersion },
                { QStringLiteral("promisedLimitDays"), c.promisedDays },
                { QStringLiteral("legalLimitDays"), c.legalDays },
                { QStringLiteral("dueDate"),
                    c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate) : QString() },
                { QStringLiteral("subjectMasked"), filed.subjectMasked },
                { QStringLiteral("applicant"), personBody(application.applicant) },
                { QStringLiteral("answers"), answers.value() },
                { QStringLiteral("materials"), materialList },
                { QStringLiteral("bundleSize"), int(filed.cases.size()) } };
            if (application.principal)
                body.insert(QStringLiteral("principal"), personBody(*application.principal));
            events.append({ newId(), c.caseId, 1, QStringLiteral("submitted"),
                filed.submittedAt.toString(Qt::ISODateWithMs),
                QStringLiteral("kiosk:") + m_terminalId, body });
        }
        return m_store.insertApplication(filed, application, answers.value(), events);
    });
    if (!stored)
        return stored.error();
    return filed;
}

} // namespace onewindow
