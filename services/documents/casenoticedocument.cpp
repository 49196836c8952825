#include "casenoticedocument.h"

#include "displaytime.h"
#include "receiptdocument.h"

#include <QLocale>

namespace onewindow {

void CaseNoticeDocument::addCaseHeader(PrintableDocument &doc, const CaseDossier &dossier,
    const NoticeContext &context, QDate issuedOn)
{
    doc.addKeyValue(tr("Receipt number"), dossier.receiptNumber);
    doc.addKeyValue(tr("Applicant"), dossier.applicant.name);
    if (dossier.principal)
        doc.addKeyValue(tr("Applied for"), dossier.principal->name);
    doc.addKeyValue(tr("Service"), dossier.filed.itemName);
    doc.addKeyValue(tr("Department"),
        context.departmentNames.value(dossier.filed.department, dossier.filed.department));
    doc.addKeyValue(tr("Submitted"), DisplayTime::dateTime(dossier.submittedAt));
    doc.addKeyValue(tr("Issued on"), DisplayTime::date(issuedOn));
    if (!context.townHall.isEmpty())
        doc.addKeyValue(tr("Issued by"),
            context.signedBy.isEmpty()
                ? context.townHall
                : tr("%1 (staff member %2)").arg(context.townHall, context.signedBy));
}

void CaseNoticeDocument::addTrackingCode(PrintableDocument &doc, const CaseDossier &dossier)
{
    doc.addQrCode(ReceiptDocument::qrPayload(dossier.receiptNumber, dossier.submittedAt),
        tr("Track this case at any OneWindow terminal: scan this code or type %1. Check value %2.")
            .arg(dossier.receiptNumber,
                ReceiptDocument::checkValue(dossier.receiptNumber, dossier.submittedAt)),
        QrCode::ErrorCorrection::Quartile);
}

QStringList CaseNoticeDocument::requestedMissing(const CaseDossier &dossier)
{
    QStringList missing;
    for (const CaseHistoryEntry &e : dossier.history)
        if (e.type == u"correction_requested")
            missing = e.note.split(QStringLiteral("；"), Qt::SkipEmptyParts);
    return missing;
}

PrintableDocument CaseNoticeDocument::correctionNotice(const CaseDossier &dossier,
    const QStringList &missing, const QString &reason, const NoticeContext &context, QDate issuedOn)
{
    PrintableDocument doc(tr("Correction notice %1").arg(dossier.receiptNumber));
    doc.addTitle(tr("Notice to complete the application"));
    addCaseHeader(doc, dossier, context, issuedOn);
    doc.addParagraph(tr("Your application cannot be accepted yet: the materials below are missing "
                        "or incomplete. This notice lists everything that is needed, all at "
                        "once; nothing else will be asked for later."));
    QList<QStringList> rows;
    for (int i = 0; i < missing.size(); ++i)
        rows.append({ QString::number(i + 1), missing.at(i) });
    doc.addTable({ tr("No."), tr("Material still needed") }, rows);
    if (!reason.trimmed().isEmpty()) {
        doc.addHeading(tr("Remarks"));
        doc.addParagraph(reason.trimmed());
    }
    doc.addParagraph(tr("Bring or send the materials to the service window with this notice. "
                        "The time limit stops until they arrive, and runs on from where it "
                        "stopped once they are complete."));
    addTrackingCode(doc, dossier);
    return doc;
}

void CaseNoticeDocument::addApproval(
    PrintableDocument &doc, const CaseDossier &dossier, const NoticeContext &context)
{
    const QString item = dossier.filed.itemName;
    const QString department
        = context.departmentNames.value(dossier.filed.department, context.townHall);
    doc.addParagraph(
        tr("Your application for \"%1\" has been examined and is approved.").arg(item));
    doc.addHeading(tr("What you receive"));
    doc.addParagraph(department.isEmpty()
            ? tr("The result of \"%1\": the card, certificate or written approval this service "
                 "gives.")
                  .arg(item)
            : tr("The result of \"%1\", issued by %2: the card, certificate or written approval "
                 "this service gives.")
                  .arg(item, department));
    doc.addHeading(tr("How to collect it"));
    if (dossier.filed.status == CaseStatus::Collected) {
        doc.addParagraph(tr("The result has been collected already; keep this notice with it."));
        return;
    }
    const QString place = !context.collectAt.isEmpty() ? context.collectAt
        : !context.townHall.isEmpty() ? tr("the service window of %1").arg(context.townHall)
                                      : tr("the service window where you applied");
    doc.addParagraph(tr("Collect it at %1 on a working day. Bring this notice and your ID card; "
                        "someone collecting it for you brings their own ID card and your signed "
                        "authorisation. If you chose delivery by post in your application, it is "
                        "sent to the address you gave and you need not come.")
                         .arg(place));
}

void CaseNoticeDocument::addRefusal(
    PrintableDocument &doc, const CaseDossier &dossier, const NoticeContext &context)
{
    const bool rejected = dossier.filed.status == CaseStatus::Rejected;
    doc.addParagraph(rejected
            ? tr("Your application for \"%1\" is not accepted, for the reasons below.")
                  .arg(dossier.filed.itemName)
            : tr("Your application for \"%1\" has been examined and is refused, for the reasons "
                 "below.")
                  .arg(dossier.filed.itemName));
    doc.addHeading(tr("Reasons"));
    // Each department's own reason: one refusal refuses the case, the applicant sees why.
    QList<QStringList> reasons;
    for (const CaseHistoryEntry &e : dossier.history)
        if ((e.type == u"department_refused" || e.type == u"rejected") && !e.note.isEmpty())
            reasons.append({ context.departmentNames.value(e.department,
                                 e.department.isEmpty() ? context.townHall : e.department),
                e.note });
    if (reasons.isEmpty() && !dossier.outcomeReason.isEmpty())
        reasons.append({ context.townHall, dossier.outcomeReason });
    if (reasons.isEmpty())
        reasons.append({ context.townHall,
            tr("No reason was recorded. Ask at the service window: you have the right to be told "
               "why.") });
    doc.addTable({ tr("Department"), tr("Reason") }, reasons);

    doc.addHeading(tr("What you can do"));
    doc.addParagraph(tr("You may apply again, at any OneWindow terminal or service window, once "
                        "the reasons above have been dealt with (for example with the missing or "
                        "corrected materials). The staff at the service window tell you what is "
                        "needed."));
    // 行政许可法 第三十八条 and 行政复议法: a refusal says how to challenge it, in the words a
    // town hall's notices use.
    doc.addHeading(tr("Your rights"));
    doc.addParagraph(tr("If you do not accept this decision, you may apply for administrative "
                        "reconsideration according to law within sixty days from the day you "
                        "receive this notice, or bring an administrative lawsuit according to law "
                        "within six months."));
}

PrintableDocument CaseNoticeDocument::decisionNotice(
    const CaseDossier &dossier, const NoticeContext &context, QDate issuedOn)
{
    const CaseStatus status = dossier.filed.status;
    const bool approved = status == CaseStatus::Approved || status == CaseStatus::Collected;
    if (!approved && status != CaseStatus::Refused && status != CaseStatus::Rejected)
        return PrintableDocument();

    PrintableDocument doc(tr("Decision notice %1").arg(dossier.receiptNumber));
    doc.addTitle(status == CaseStatus::Rejected ? tr("Notice of non-acceptance")
            : approved                          ? tr("Notice of approval")
                                                : tr("Notice of refusal"));
    addCaseHeader(doc, dossier, context, issuedOn);
    if (approved)
        addApproval(doc, dossier, context);
    else
        addRefusal(doc, dossier, context);
    addTrackingCode(doc, dossier);
    return doc;
}

} // namespace onewindow
