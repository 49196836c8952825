// The receipt of a confirmed resident contribution payment, as a printable document.
#pragma once

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
};

} // namespace onewindow
