#include "casenoticedocument.h"

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
    doc.addKeyValue(tr("Submitted"),
        QLocale().toString(dossier.submittedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.addKeyValue(tr("Issued on"), issuedOn.toString(Qt::ISODate));
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

    if (approved) {
        doc.addParagraph(tr("Your application has been examined and is approved."));
    } else {
        doc.addParagraph(status == CaseStatus::Rejected
                ? tr("Your application is not accepted, for the reasons below.")
                : tr("Your application has been examined and is refused, for the reasons "
                     "below."));
        // Each department's own reason: one refusal refuses the case, the applicant sees why.
        QList<QStringList> reasons;
        for (const CaseHistoryEntry &e : dossier.history)
            if ((e.type == u"department_refused" || e.type == u"rejected") && !e.note.isEmpty())
                reasons.append({ context.departmentNames.value(e.department,
                                     e.department.isEmpty() ? context.townHall : e.department),
                    e.note });
        if (reasons.isEmpty() && !dossier.outcomeReason.isEmpty())
            reasons.append({ context.townHall, dossier.outcomeReason });
        doc.addTable({ tr("Department"), tr("Reason") }, reasons);
        // 行政许可法 第三十八条: a refusal says why and how to challenge it.
        doc.addHeading(tr("Your rights"));
        doc.addParagraph(tr("If you disagree with this decision, you may apply for administrative "
                            "reconsideration within 60 days of receiving this notice, or bring an "
                            "administrative lawsuit before the people's court within 6 months."));
    }
    addTrackingCode(doc, dossier);
    return doc;
}

} // namespace onewindow
