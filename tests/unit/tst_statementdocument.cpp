#include "documentrenderer.h"
#include "paymentreceipt.h"
#include "socialsecurityparser.h"
#include "socialsecuritytestdata.h"
#include "statementdocument.h"

#include <QTest>

using namespace onewindow;
using namespace sstest;

class TestStatementDocument : public QObject
{
    Q_OBJECT
private slots:
    void carriesEveryFigureAndTheVerificationCode()
    {
        const auto record = SocialSecurityParser::parse(QJsonDocument(
            answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) },
                months(QDate(2020, 1, 1), QDate(2026, 10, 1)))));
        QVERIFY(record.ok());
        const auto history = ContributionHistory::compute(record.value(), QDate(2026, 11, 23));
        const auto statement
            = SocialSecurityStatement::build(record.value(), history, QStringLiteral("陈志强"),
                QStringLiteral("440106198503121018"), SocialSecurityStatement::Period::All,
                QStringLiteral("GZ-TH-KIOSK-0007"), QDateTime::currentDateTime());
        const PrintableDocument doc = StatementDocument::build(statement);
        bool fullId = false, months = false, qr = false;
        for (const auto &b : doc.blocks()) {
            fullId |= b.value == u"440106198503121018"; // the printed copy is not masked
            if (b.kind == PrintableDocument::Block::Kind::Table)
                months = b.rows.value(0).value(3)
                    == QString::number(statement.totalMonths(Insurance::Pension));
            if (b.kind == PrintableDocument::Block::Kind::QrCode)
                qr = b.qrData == statement.qrContent().toUtf8()
                    && b.text.contains(statement.verificationValue);
        }
        QVERIFY(fullId);
        QVERIFY(months);
        QVERIFY(qr);
        const auto pdf = DocumentRenderer::toPdf(doc);
        QVERIFY2(pdf.ok(), qPrintable(pdf ? QString() : pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF"));
    }

    void aReceiptOnlyForAConfirmedPayment()
    {
        PaymentOrder order;
        order.orderId = QStringLiteral("0b8e6f0e-7d1c-4a57-9d35-3f1c2b0f9a11");
        order.insurance = Insurance::ResidentPension;
        order.periods = { QStringLiteral("2025"), QStringLiteral("2026") };
        order.amountCents = 72000;
        order.insuredIdNumber = QStringLiteral("440781196805201623");
        order.state = PaymentOrder::State::AwaitingPayment;
        QCOMPARE(PaymentReceipt::build(
                     order, QStringLiteral("梁桂芳"), QStringLiteral("GZ-TH-KIOSK-0001"))
                     .error()
                     .code,
            QStringLiteral("payment.not_paid"));
        order.state = PaymentOrder::State::Paid;
        order.paidAt = QDateTime::currentDateTime();
        const auto receipt = PaymentReceipt::build(
            order, QStringLiteral("梁桂芳"), QStringLiteral("GZ-TH-KIOSK-0001"));
        QVERIFY(receipt.ok());
        bool amount = false, masked = true;
        for (const auto &b : receipt->blocks()) {
            amount |= b.value.contains(QStringLiteral("720.00"));
            masked &= !b.value.contains(QStringLiteral("19680520"));
        }
        QVERIFY(amount);
        QVERIFY(masked);
    }
};

QTEST_MAIN(TestStatementDocument)
#include "tst_statementdocument.moc"
