#include "receiptdocument.h"

#include "catalogstore.h"
#include "displaytime.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

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

namespace {

QString itemName(const FiledApplication &filed, const QString &itemCode)
{
    for (const FiledCase &c : filed.cases)
        if (c.itemCode == itemCode)
            return c.itemName;
    return {};
}

// RESIDENT_ID, MARRIAGE_CERT: what a catalog code looks like (a name from data does not).
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9_.-]+$"));
    return code.match(text).hasMatch();
}

} // namespace

QString ReceiptDocument::certificateName(const ReceiptContext &context, const QString &type)
{
    if (const auto name = context.certificateNames.constFind(type);
        name != context.certificateNames.cend())
        return *name;
    return looksLikeCode(type) ? tr("e-certificate") : type;
}

QString ReceiptDocument::fieldLabel(const ReceiptContext &context, const QString &source)
{
    if (const auto label = context.fieldLabels.constFind(source);
        label != context.fieldLabels.cend())
        return *label;
    // holderName and number are in every certificate (formats/e-certificate.md).
    const QString field = source.section(u'.', -1);
    if (field == u"holderName")
        return tr("name");
    if (field == u"number")
        return tr("certificate number");
    return tr("other details of the certificate");
}

void ReceiptDocument::addCatalogNames(
    ReceiptContext &context, const CatalogStore &catalog, const FiledApplication &filed)
{
    if (auto departments = catalog.departments())
        for (const CatalogDepartment &d : departments.value())
            context.departmentNames.insert(d.code, d.name);
    if (auto types = catalog.certificateTypes())
        for (const CatalogCertificateType &t : types.value())
            context.certificateNames.insert(t.code, t.name);
    for (const FiledCase &c : filed.cases) {
        const auto item = catalog.item(c.itemCode);
        if (!item || !item.value())
            continue;
        for (const CatalogFormField &f : item.value()->form)
            if (!f.prefill.isEmpty() && !context.fieldLabels.contains(f.prefill))
                context.fieldLabels.insert(f.prefill, f.label);
    }
}

void ReceiptDocument::addMaterials(PrintableDocument &doc, const FiledApplication &filed)
{
    const QLocale locale;
    doc.addHeading(tr("Materials"));
    // A certificate that provides the same material for two items is one document: one row.
    struct MaterialRow
    {
        QString name;
        QStringList items;
        QString providedAs;
        QString certificate; // type and number, for certificates only
    };
    QList<MaterialRow> materialRows;
    int paper = 0;
    for (const MaterialProvision &m : filed.materials) {
        const QString item = itemName(filed, m.itemCode);
        const bool byCertificate = m.way == MaterialProvision::Way::Certificate;
        paper += !byCertificate && m.required;
        const QString certificate
            = byCertificate ? m.certificateType + u'|' + m.certificateNumber : QString();
        auto same
            = std::find_if(materialRows.begin(), materialRows.end(), [&](const MaterialRow &r) {
                  return byCertificate && r.certificate == certificate && r.name == m.materialName;
              });
        if (same != materialRows.end()) {
            if (!same->items.contains(item))
                same->items.append(item);
            continue;
        }
        materialRows.append({ m.materialName, { item },
            byCertificate ? tr("e-certificate (attached by reference)")
                          : (m.required ? tr("paper, still to be handed in at the window")
                                        : tr("paper, if it applies")),
            certificate });
    }
    QList<QStringList> materials;
    for (const MaterialRow &r : materialRows)
        materials.append({ r.name, locale.createSeparatedList(r.items), r.providedAs });
    doc.addTable({ tr("Material"), tr("For"), tr("Provided as") }, materials);
    doc.addParagraph(paper > 0
            ? tr("Still missing: %n material(s) on paper. Bring them to the service window; the "
                 "time limit counts from when everything is complete.",
                nullptr, paper)
            : tr("Nothing is missing: no paper needs to be handed in."));
}

void ReceiptDocument::addDataUse(
    PrintableDocument &doc, const FiledApplication &filed, const ReceiptContext &context)
{
    const QLocale locale;
    doc.addHeading(tr("Data used from your documents"));
    // One row per certificate, with everything taken from it and every reason.
    struct UseRow
    {
        QString certificate;
        QString name;
        QStringList data;
        QStringList purposes;
    };
    QList<UseRow> useRows;
    for (const DataUse &u : filed.dataUse) {
        const QString certificate = u.certificateType + u'|' + u.certificateNumber;
        auto row = std::find_if(useRows.begin(), useRows.end(),
            [&](const UseRow &r) { return r.certificate == certificate; });
        if (row == useRows.end())
            row = useRows.insert(useRows.end(),
                { certificate, certificateName(context, u.certificateType), {}, {} });
        for (const QString &field : u.fields)
            if (const QString label = fieldLabel(context, field); !row->data.contains(label))
                row->data.append(label);
        if (!u.purpose.isEmpty() && !row->purposes.contains(u.purpose))
            row->purposes.append(u.purpose);
    }
    QList<QStringList> uses;
    for (const UseRow &r : useRows)
        uses.append({ r.name,
            r.data.isEmpty() ? tr("the certificate itself, attached by reference")
                             : locale.createSeparatedList(r.data),
            locale.createSeparatedList(r.purposes) });
    doc.addTable({ tr("Document"), tr("Data"), tr("Why") }, uses);
}

PrintableDocument ReceiptDocument::build(
    const FiledApplication &filed, const ReceiptContext &context)
{
    const QLocale locale;
    PrintableDocument doc(tr("Acceptance receipt %1").arg(filed.receiptNumber));
    doc.addTitle(tr("Acceptance receipt"));
    doc.addKeyValue(tr("Receipt number"), filed.receiptNumber);
    doc.addKeyValue(tr("Submitted"), DisplayTime::dateTime(filed.submittedAt, locale));
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
            c.dueDate.isValid() ? DisplayTime::date(c.dueDate, locale)
                                : tr("to be confirmed by the service window") });
    doc.addTable({ tr("Service"), tr("Department"), tr("Time limit"), tr("Due by") }, items);

    addMaterials(doc, filed);
    if (!filed.dataUse.isEmpty())
        addDataUse(doc, filed, context);

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
