#include "receiptdocument.h"

#include <QCryptographicHash>
#include <QLocale>

namespace onewindow {

QString ReceiptDocument::checkValue(const QString &receiptNumber, const QDateTime &submittedAt)
{
    const QByteArray digest = QCryptographicHash::hash(
        receiptNumber.toLatin1() + '|' + submittedAt.toUTC().toString(Qt::ISODate).toLatin1(),
        QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(10)).toUpper();
}

QByteArray ReceiptDocument::qrPayload(const FiledApplication &filed)
{
    return qrPayload(filed.receiptNumber, filed.submittedAt);
}

QByteArray ReceiptDocument::qrPayload(const QString &receiptNumber, const QDateTime &submittedAt)
{
    return "OW1|" + receiptNumber.toLatin1() + '|'
        + checkValue(receiptNumber, submittedAt).toLatin1();
}

PrintableDocument ReceiptDocument::build(
    const FiledApplication &filed, const ReceiptContext &context)
{
    const QLocale locale;
    PrintableDocument doc(tr("Acceptance receipt %1").arg(filed.receiptNumber));
    doc.addTitle(tr("Acceptance receipt"));
    doc.addKeyValue(tr("Receipt number"), filed.receiptNumber);
    doc.addKeyValue(tr("Submitted"),
        locale.toString(filed.submittedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.addKeyValue(tr("Applicant"), filed.applicantMasked);
    if (!filed.principalMasked.isEmpty())
        doc.addKeyValue(tr("Applied for (with their consent)"), filed.principalMasked);
    if (!context.townHall.isEmpty())
        doc.addKeyValue(tr("Service centre"), context.townHall);
    doc.addKeyValue(tr("Terminal"), context.terminalId);

    doc.addHeading(tr("Services applied for"));
    QList<QStringList> items;
    for (const FiledCase &c : filed.cases)
        items.append({ c.itemName, context.departmentNames.value(c.department, c.department),
            c.promisedDays == 0 ? tr("on the spot")
                                : tr("%n working day(s)", nullptr, c.promisedDays),
            c.dueDate.isValid() ? c.dueDate.toString(Qt::ISODate)
                                : tr("to be confirmed by the service window") });
    doc.addTable({ tr("Service"), tr("Department"), tr("Time limit"), tr("Due by") }, items);

    doc.addHeading(tr("Materials"));
    QList<QStringList> materials;
    int paper = 0;
    for (const MaterialProvision &m : filed.materials) {
        QString item;
        for (const FiledCase &c : filed.cases)
            if (c.itemCode == m.itemCode)
                item = c.itemName;
        const bool byCertificate = m.way == MaterialProvision::Way::Certificate;
        paper += !byCertificate && m.required;
        materials.append({ m.materialName, item,
            byCertificate ? tr("e-certificate (attached by reference)")
                          : (m.required ? tr("paper, still to be handed in at the window")
                                        : tr("paper, if it applies")) });
    }
    doc.addTable({ tr("Material"), tr("For"), tr("Provided as") }, materials);
    doc.addParagraph(paper > 0
            ? tr("Still missing: %n material(s) on paper. Bring them to the service window; the "
                 "time limit counts from when everything is complete.",
                nullptr, paper)
            : tr("Nothing is missing: no paper needs to be handed in."));

    if (!filed.dataUse.isEmpty()) {
        doc.addHeading(tr("Data used from your documents"));
        QList<QStringList> uses;
        for (const DataUse &u : filed.dataUse)
            uses.append({ u.certificateType, u.fields.join(QStringLiteral(", ")), u.purpose });
        doc.addTable({ tr("Document"), tr("Data"), tr("Why") }, uses);
    }

    doc.addHeading(tr("Collection"));
    doc.addParagraph(context.collectAt.isEmpty()
            ? tr("Results are collected at the service window where you applied, or sent as you "
                 "chose in the form. Bring this receipt and your ID card.")
            : tr("Results are collected at %1, or sent as you chose in the form. Bring this "
                 "receipt and your ID card.")
                  .arg(context.collectAt));
    doc.addQrCode(qrPayload(filed),
        tr("Track progress at any OneWindow terminal: scan this code or type %1. Check value %2.")
            .arg(filed.receiptNumber, checkValue(filed.receiptNumber, filed.submittedAt)),
        QrCode::ErrorCorrection::Quartile);
    return doc;
}

} // namespace onewindow
