// The acceptance receipt (受理回执) of a kiosk application: what was applied for, the receipt
// number and due dates, how each material is provided, whose data was used and why, where to
// collect, and a QR code that any kiosk's tracking page reads. Names appear masked only.
#pragma once

#include "casemodel.h"
#include "printabledocument.h"

#include <QCoreApplication>
#include <QHash>

namespace onewindow {

struct ReceiptContext
{
    QString terminalId;
    QString townHall; // where the window is: 天河区政务服务中心
    QHash<QString, QString> departmentNames; // code → name
    QString collectAt; // where results are collected
};

class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
public:
    static PrintableDocument build(const FiledApplication &filed, const ReceiptContext &context);

    // "OW1|<receipt number>|<check value>": the check value (10 hex digits of SHA-256 over the
    // number and the filing time) lets a scanner tell a damaged or made-up code from a real one.
    static QByteArray qrPayload(const FiledApplication &filed);
    static QByteArray qrPayload(const QString &receiptNumber, const QDateTime &submittedAt);
    static QString checkValue(const QString &receiptNumber, const QDateTime &submittedAt);
};

} // namespace onewindow
