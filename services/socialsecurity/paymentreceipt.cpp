#include "paymentreceipt.h"

#include "citizensession.h"

namespace onewindow {

Result<PrintableDocument> PaymentReceipt::build(
    const PaymentOrder &order, const QString &payerName, const QString &terminalId)
{
    if (order.state != PaymentOrder::State::Paid)
        return Error { QStringLiteral("payment.not_paid"),
            tr("There is no receipt for a payment that has not been confirmed.") };
    PrintableDocument doc(tr("Contribution receipt %1").arg(order.orderId));
    doc.addTitle(tr("Resident contribution receipt"));
    doc.addKeyValue(tr("Insured"), CitizenSession::maskIdNumber(order.insuredIdNumber));
    doc.addKeyValue(tr("Paid by"), CitizenSession::maskName(payerName));
    doc.addKeyValue(tr("Insurance"), SocialSecurityTerms::insuranceName(order.insurance));
    doc.addKeyValue(tr("Periods"), order.periods.join(QStringLiteral(", ")));
    doc.addKeyValue(tr("Amount"), tr("%1 yuan").arg(SocialSecurityTerms::yuan(order.amountCents)));
    doc.addKeyValue(tr("Paid at"), order.paidAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    doc.addKeyValue(tr("Order"), order.orderId);
    doc.addKeyValue(tr("Terminal"), terminalId);
    doc.addQrCode(order.orderId.toUtf8(), tr("Order number, for questions at the service window"));
    return doc;
}

Result<PrintOutcome> PaymentReceipt::print(DocumentPrinter &printer, const PaymentOrder &order,
    const QString &payerName, const QString &terminalId)
{
    auto receipt = build(order, payerName, terminalId);
    if (!receipt)
        return receipt.error();
    return printer.print(receipt.value());
}

} // namespace onewindow
