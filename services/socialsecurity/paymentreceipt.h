// The receipt of a confirmed resident contribution payment, as a printable document.
#pragma once

#include "documentprinter.h"
#include "paymentorder.h"
#include "printabledocument.h"
#include "result.h"

#include <QCoreApplication>

namespace onewindow {

class PaymentReceipt
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReceipt)
public:
    // Only a payment the hall confirmed gets a receipt (payment.not_paid otherwise).
    static Result<PrintableDocument> build(
        const PaymentOrder &order, const QString &payerName, const QString &terminalId);
    // Builds the receipt and sends it to the printer (or the PDF folder): nothing is printed
    // for a payment that is not confirmed.
    static Result<PrintOutcome> print(DocumentPrinter &printer, const PaymentOrder &order,
        const QString &payerName, const QString &terminalId);
};

} // namespace onewindow
