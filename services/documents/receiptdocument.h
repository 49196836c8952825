// The acceptance receipt (受理回执) of a kiosk application: what was applied for, the receipt
// number and due dates, how each material is provided, whose data was used and why, where to
// collect, and a QR code that any kiosk's tracking page reads. Names appear masked only.
#pragma once

#include "casemodel.h"
#include "printabledocument.h"

#include <QCoreApplication>
#include <QHash>

namespace onewindow {

class CatalogStore;

struct ReceiptContext
{
    QString terminalId;
    QString townHall; // where the window is: 天河区政务服务中心
    QHash<QString, QString> departmentNames; // code → name
    QString collectAt; // where results are collected
    // The catalog's words for what a case records as codes: a receipt never shows a code.
    QHash<QString, QString> certificateNames = {}; // RESIDENT_ID → 居民身份证
    QHash<QString, QString> fieldLabels = {}; // RESIDENT_ID.holderName → 姓名 (the form's label)
};

class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
public:
    // One row per material and per certificate: a certificate that provides a material of two
    // items, or fills the form and replaces a paper, is listed once with everything it did.
    static PrintableDocument build(const FiledApplication &filed, const ReceiptContext &context);
    // Fills the context's department and certificate names and the labels of the form fields
    // filled from certificates, from the active catalog (what is missing there keeps a plain
    // description on the receipt, never the code).
    static void addCatalogNames(
        ReceiptContext &context, const CatalogStore &catalog, const FiledApplication &filed);

    // "OW1|<receipt number>|<check value>": the check value (10 hex digits of SHA-256 over the
    // number and the filing time) lets a scanner tell a damaged or made-up code from a real one.
    static QByteArray qrPayload(const FiledApplication &filed);
    static QByteArray qrPayload(const QString &receiptNumber, const QDateTime &submittedAt);
    static QString checkValue(const QString &receiptNumber, const QDateTime &submittedAt);

private:
    static QString certificateName(const ReceiptContext &context, const QString &type);
    static QString fieldLabel(const ReceiptContext &context, const QString &source);
    static void addMaterials(PrintableDocument &doc, const FiledApplication &filed);
    static void addDataUse(
        PrintableDocument &doc, const FiledApplication &filed, const ReceiptContext &context);
};

} // namespace onewindow
