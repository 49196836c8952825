// PaymentReceipt: the receipt of a resident contribution payment, printed only once the hall
// confirmed the payment; the PDF shows the amount, the periods and the order number.
#include "fixtures/documenttools.h"
#include "paymentreceipt.h"
#include "simulateddocumentprinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

PaymentOrder order(PaymentOrder::State state)
{
    PaymentOrder o;
    o.orderId = QStringLiteral("0b8e6f0e-7d1c-4a57-9d35-3f1c2b0f9a11");
    o.insurance = Insurance::ResidentPension;
    o.periods = { QStringLiteral("2025"), QStringLiteral("2026") };
    o.amountCents = 72000;
    o.insuredIdNumber = QStringLiteral("44078119650811163X");
    o.payerIdNumber = QStringLiteral("440781196805201623");
    o.state = state;
    if (state == PaymentOrder::State::Paid)
        o.paidAt = QDateTime(QDate(2026, 11, 23), QTime(10, 30));
    return o;
}

} // namespace

class TestPaymentReceipt : public QObject
{
    Q_OBJECT
private slots:
    void nothingIsPrintedForAnUnconfirmedPayment_data()
    {
        QTest::addColumn<int>("state");
        using S = PaymentOrder::State;
        for (const auto &[name, state] :
            { std::pair("draft", S::Draft), std::pair("creating", S::Creating),
                std::pair("awaiting", S::AwaitingPayment), std::pair("unconfirmed", S::Unconfirmed),
                std::pair("failed", S::Failed), std::pair("expired", S::Expired) })
            QTest::newRow(name) << int(state);
    }
    void nothingIsPrintedForAnUnconfirmedPayment()
    {
        QFETCH(int, state);
        SimulatedDocumentPrinter printer;
        const auto printed = PaymentReceipt::print(printer, order(PaymentOrder::State(state)),
            QStringLiteral("梁桂芳"), QStringLiteral("GZ-TH-KIOSK-0001"));
        QVERIFY(!printed.ok());
        QCOMPARE(printed.error().code, QStringLiteral("payment.not_paid"));
        QVERIFY(!printed.error().message.isEmpty());
        QVERIFY(printer.printed().isEmpty());
    }

    void aConfirmedPaymentIsPrinted()
    {
        SimulatedDocumentPrinter printer;
        const auto printed = PaymentReceipt::print(printer, order(PaymentOrder::State::Paid),
            QStringLiteral("梁桂芳"), QStringLiteral("GZ-TH-KIOSK-0001"));
        QVERIFY2(printed.ok(), qPrintable(printed ? QString() : printed.error().message));
        QCOMPARE(printed->kind, PrintOutcome::Kind::Printed);
        QCOMPARE(printer.printed().size(), 1);
        QVERIFY(printer.printed().constFirst().startsWith("%PDF"));
        if (!onewindow::testing::haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("poppler-utils missing");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payment_receipt.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(printer.printed().constFirst());
        file.close();
        int exit = 0;
        const QString text = onewindow::testing::pdfText(path, &exit);
        QCOMPARE(exit, 0);
        QVERIFY(text.contains(QStringLiteral("720.00")));
        QVERIFY(text.contains(QStringLiteral("2025, 2026")));
        QVERIFY(text.contains(QStringLiteral("0b8e6f0e-7d1c-4a57-9d35-3f1c2b0f9a11")));
        // The insured's ID number and the payer's name are masked on the receipt.
        QVERIFY(!text.contains(QStringLiteral("44078119650811163X")));
        QVERIFY(!text.contains(QStringLiteral("梁桂芳")));
    }

    void aPrinterOutOfPaperSaysSo()
    {
        SimulatedDocumentPrinter printer;
        printer.setState(SimulatedDocumentPrinter::State::OutOfPaper);
        const auto printed = PaymentReceipt::print(printer, order(PaymentOrder::State::Paid),
            QStringLiteral("梁桂芳"), QStringLiteral("GZ-TH-KIOSK-0001"));
        QCOMPARE(printed.error().code, QStringLiteral("documents.printer_out_of_paper"));
    }
};

QTEST_MAIN(TestPaymentReceipt)
#include "tst_paymentreceipt.moc"
