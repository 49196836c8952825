// PaymentDesk: orders keyed by order id, the simulated provider, expiry, no personal data in QR.
#include "halltestdatabase.h"
#include "paymentdesk.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
const TerminalInfo kKiosk { QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("GZ-TH"), {} };

QJsonObject order(const QString &id, int cents)
{
    return {
        { QStringLiteral("orderId"), id }, { QStringLiteral("insurance"), QStringLiteral("养老") },
        { QStringLiteral("periods"),
            QJsonArray { QStringLiteral("2026-10"), QStringLiteral("2026-11") } },
        { QStringLiteral("amountCents"), cents },
        { QStringLiteral("payer"),
            QJsonObject { { QStringLiteral("idNumber"), QStringLiteral("440106198503121018") } } }
    };
}
} // namespace

class TestPaymentDesk : public QObject
{
    Q_OBJECT
private slots:
    void orderIdIsTheIdempotencyUnit()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        PaymentDesk desk(*db, -1); // only settle() pays
        auto created = desk.create(kKiosk, order(QStringLiteral("O-1"), 112000));
        QVERIFY(created.ok());
        QCOMPARE(created->status, 201);
        QCOMPARE(created->body.value(u"status").toString(), QStringLiteral("pending"));
        QVERIFY(!created->body.value(u"qrContent").toString().contains(u"440106"));
        auto again = desk.create(kKiosk, order(QStringLiteral("O-1"), 112000));
        QCOMPARE(again->status, 200);
        QCOMPARE(again->body.value(u"qrContent"), created->body.value(u"qrContent"));
        QCOMPARE(desk.create(kKiosk, order(QStringLiteral("O-1"), 1)).error().code,
            QStringLiteral("conflict"));
        QCOMPARE(desk.status(QStringLiteral("O-1"))->value(u"status").toString(),
            QStringLiteral("pending"));
        QCOMPARE(desk.settle(QStringLiteral("O-1"), true)->value(u"status").toString(),
            QStringLiteral("paid"));
        // A settled order stays settled.
        QCOMPARE(desk.settle(QStringLiteral("O-1"), false)->value(u"status").toString(),
            QStringLiteral("paid"));
        QCOMPARE(desk.status(QStringLiteral("nope")).error().code, QStringLiteral("not_found"));
    }

    void invalidOrders_data()
    {
        QTest::addColumn<QJsonObject>("o");
        QJsonObject noPeriods = order(QStringLiteral("O-2"), 100);
        noPeriods.remove(QStringLiteral("periods"));
        QJsonObject noInsurance = order(QStringLiteral("O-2"), 100);
        noInsurance.remove(QStringLiteral("insurance"));
        QTest::newRow("zero") << order(QStringLiteral("O-2"), 0);
        QTest::newRow("negative") << order(QStringLiteral("O-2"), -5);
        QTest::newRow("bad id") << order(QStringLiteral("../O-2"), 100);
        QTest::newRow("no periods") << noPeriods;
        QTest::newRow("no insurance") << noInsurance;
    }
    void invalidOrders()
    {
        QFETCH(QJsonObject, o);
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        PaymentDesk desk(*db, 0);
        QCOMPARE(desk.create(kKiosk, o).error().code, QStringLiteral("invalid"));
    }

    void aPeriodIsNeverSoldTwice()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO ss_dues VALUES ('440781196805201623', "
                                      "'resident_pension', '2026', 36000, '2026-12-31')")));
        PaymentDesk desk(*db, -1);
        auto resident = [](const QString &id, qint64 cents) {
            return QJsonObject { { QStringLiteral("orderId"), id },
                { QStringLiteral("insurance"), QStringLiteral("resident_pension") },
                { QStringLiteral("periods"), QJsonArray { QStringLiteral("2026") } },
                { QStringLiteral("amountCents"), cents },
                { QStringLiteral("insured"),
                    QJsonObject {
                        { QStringLiteral("idNumber"), QStringLiteral("440781196805201623") } } } };
        };
        QCOMPARE(desk.create(kKiosk, resident(QStringLiteral("R-0"), 100)).error().code,
            QStringLiteral("invalid")); // not the amount due
        QVERIFY(desk.create(kKiosk, resident(QStringLiteral("R-1"), 36000)).ok());
        // Another order while the first may still be paid, then after it was paid.
        QCOMPARE(desk.create(kKiosk, resident(QStringLiteral("R-2"), 36000)).error().code,
            QStringLiteral("already_paid"));
        QVERIFY(desk.settle(QStringLiteral("R-1"), true).ok());
        QCOMPARE(desk.create(kKiosk, resident(QStringLiteral("R-3"), 36000)).error().code,
            QStringLiteral("already_paid"));
        // The first order again is the first order, not a second payment.
        QCOMPARE(desk.create(kKiosk, resident(QStringLiteral("R-1"), 36000))->status, 200);
    }

    void aFailedOrderFreesItsPeriods()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        PaymentDesk desk(*db, -1);
        QJsonObject o = order(QStringLiteral("F-1"), 500);
        o.insert(QStringLiteral("insured"),
            QJsonObject { { QStringLiteral("idNumber"), QStringLiteral("440106198503121018") } });
        QVERIFY(desk.create(kKiosk, o).ok());
        QVERIFY(desk.settle(QStringLiteral("F-1"), false).ok());
        o.insert(QStringLiteral("orderId"), QStringLiteral("F-2"));
        QVERIFY(desk.create(kKiosk, o).ok());
    }

    void providerConfirmsAfterADelay()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        PaymentDesk desk(*db, 0);
        QVERIFY(desk.create(kKiosk, order(QStringLiteral("O-3"), 500)).ok());
        const QJsonObject paid = desk.status(QStringLiteral("O-3")).value();
        QCOMPARE(paid.value(u"status").toString(), QStringLiteral("paid"));
        QVERIFY(paid.contains(u"paidAt"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentDesk)
#include "tst_paymentdesk.moc"
