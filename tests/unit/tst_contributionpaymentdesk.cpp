// The payment page's view model without a hall: no receipt before a confirmed payment, a typed
// ID number checked before anything is asked, and nothing of the payee left after the session.
#include "citizensession.h"
#include "contributionpayment.h"
#include "contributionpaymentdesk.h"
#include "fixtures/hallanswers.h"
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "simulatedcamera.h"
#include "simulateddocumentprinter.h"
#include "socialsecuritydesk.h"
#include "socialsecurityfetcher.h"
#include "socialsecurityrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestContributionPaymentDesk : public QObject
{
    Q_OBJECT
private slots:
    void noReceiptBeforeTheHallConfirmed()
    {
        CitizenSession session;
        SocialSecurityFetcher records(nullptr, session);
        ContributionPaymentDesk desk(nullptr, session, records);
        QVERIFY(session
                    .begin(QStringLiteral("440781196805201623"), QStringLiteral("梁桂芳"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        QVERIFY(!desk.canPrintReceipt());
        desk.printReceipt(); // no printer configured
        QVERIFY(!desk.receiptMessage().isEmpty());
        SimulatedDocumentPrinter printer;
        desk.setReceiptPrinter(&printer, QStringLiteral("GZ-TH-KIOSK-0001"));
        desk.printReceipt();
        QVERIFY(printer.printed().isEmpty());
        QVERIFY(!desk.receiptMessage().isEmpty());
        QVERIFY(desk.lastReceiptOutput().isEmpty());
    }

    // Paying one's own dues shows them: a typed ID number (with any name) cannot, the card can
    // (issue: a typed number opened a stranger's records and balances).
    void payingOnesOwnDuesNeedsAConfirmedCitizen()
    {
        CitizenSession session;
        SocialSecurityFetcher records(nullptr, session);
        ContributionPaymentDesk desk(nullptr, session, records);
        QVERIFY(session
                    .begin(QStringLiteral("440781196805201623"), QStringLiteral("王五"),
                        IdentityProof::TypedNumber)
                    .ok());
        const Status typed = desk.payment().prepare(
            SocialSecurityRecord {}, Insurance::Pension, { QStringLiteral("2026-11") });
        QVERIFY(!typed.ok());
        QCOMPARE(typed.error().code, QStringLiteral("identity.needs_confirmation"));
        QVERIFY(session
                    .begin(QStringLiteral("440781196805201623"), QStringLiteral("梁桂芳"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        const Status card = desk.payment().prepare(
            SocialSecurityRecord {}, Insurance::Pension, { QStringLiteral("2026-11") });
        QVERIFY(!card.ok()); // nothing is due in an empty record, but it was not refused for who
        QVERIFY(card.error().code != QStringLiteral("identity.needs_confirmation"));
    }

    void aTypedIdNumberIsCheckedFirst()
    {
        CitizenSession session;
        SocialSecurityFetcher records(nullptr, session);
        ContributionPaymentDesk desk(nullptr, session, records);
        QVERIFY(session
                    .begin(QStringLiteral("440781196805201623"), QStringLiteral("梁桂芳"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        QVERIFY(!desk.lookUpPerson(QStringLiteral("440781196508111631"))); // wrong check digit
        QCOMPARE(desk.payeeIndex(), -1);
        QVERIFY(!desk.payeeMessage().isEmpty());
        QVERIFY(desk.dues().isEmpty());
        // A valid number without a hall: the message says the hall is needed.
        QVERIFY(desk.lookUpPerson(QStringLiteral("44078119650811163X")));
        QVERIFY(!desk.lookingUp());
        QVERIFY(!desk.payeeMessage().isEmpty());
        QVERIFY(desk.dues().isEmpty());

        session.end(CitizenSession::EndReason::Finished);
        QVERIFY(desk.payeeMessage().isEmpty());
        QCOMPARE(desk.payeeIndex(), 0);
        QVERIFY(desk.payees().isEmpty());
    }

    // Found in acceptance (63): after a confirmed payment the overview and the dues still
    // offered the paid period. The terminal reads the record again once the hall confirms.
    void aConfirmedPaymentReadsTheRecordAgain()
    {
        QTemporaryDir pki;
        QVERIFY(ScriptedHall::makePki(pki.path()));
        ScriptedHall hall;
        QVERIFY(hall.listen(pki.path()));
        // The reference hall's record of 梁桂芳 (three periods due); a paid period is no longer
        // listed, as the hall does.
        const QJsonObject record = hallanswers::document(
            QStringLiteral("hall_socialsecurity/record-resident-with-dues.json"))
                                       .object();
        QVERIFY(!record.isEmpty());
        QSet<QString> paid;
        int recordReads = 0;
        hall.handler = [&](const ScriptedHall::Request &r) {
            if (r.target.endsWith("/citizens/social-security:query")) {
                ++recordReads;
                QJsonObject answer = record;
                QJsonArray dues;
                for (const QJsonValue &d : record.value(u"dues").toArray())
                    if (!paid.contains(d[u"insuranceCode"].toString() + d[u"period"].toString()))
                        dues.append(d);
                answer[QStringLiteral("dues")] = dues;
                return ScriptedHall::Reply { 200, QJsonDocument(answer).toJson() };
            }
            if (r.method == "POST" && r.target.endsWith("/payments")) {
                const QJsonObject order = QJsonDocument::fromJson(r.body).object();
                for (const QJsonValue &p : order.value(u"periods").toArray())
                    paid.insert(order.value(u"insurance").toString() + p.toString());
                return ScriptedHall::Reply { 201,
                    QJsonDocument(QJsonObject { { QStringLiteral("orderId"), order[u"orderId"] },
                                      { QStringLiteral("amountCents"), order[u"amountCents"] },
                                      { QStringLiteral("status"), QStringLiteral("paid") } })
                        .toJson() };
            }
            return ScriptedHall::Reply { 404, R"({"code":"not_found"})" };
        };
        HallSettings settings;
        settings.url = hall.url();
        settings.caFile = pki.filePath(QStringLiteral("ca.pem"));
        settings.certFile = pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        HallClient client(settings);

        CitizenSession session;
        SimulatedCamera camera;
        SocialSecurityDesk overview(&client, session, camera);
        overview.setToday(QDate(2026, 12, 7));
        ContributionPaymentDesk desk(&client, session, overview.fetcher());
        // As the terminal shell wires them.
        connect(&desk, &ContributionPaymentDesk::paid, &overview,
            &SocialSecurityDesk::paymentCompleted);
        QVERIFY(session
                    .begin(QStringLiteral("440781196805201623"), QStringLiteral("梁桂芳"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        overview.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(overview.state() == SocialSecurityDesk::State::Ready,
            qPrintable(overview.problem()), 20'000);
        QCOMPARE(desk.dues().size(), 3);
        QCOMPARE(recordReads, 1);

        QVERIFY(desk.choose(QStringLiteral("resident_pension"), { QStringLiteral("2025") }));
        desk.pay();
        QTRY_COMPARE_WITH_TIMEOUT(desk.stage(), ContributionPaymentDesk::Stage::Paid, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(recordReads, 2, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(overview.state(), SocialSecurityDesk::State::Ready, 20'000);
        QCOMPARE(overview.fetcher().record()->dues.size(), 2);
        QCOMPARE(desk.dues().size(), 2);
        for (const QVariant &due : desk.dues())
            QVERIFY(due.toMap().value(QStringLiteral("period")) != QStringLiteral("2025"));
        QVERIFY(!overview.enrollments().isEmpty());
        QCOMPARE(desk.stage(), ContributionPaymentDesk::Stage::Paid); // the receipt stays offered
        QVERIFY(desk.canPrintReceipt());
    }
};

QTEST_MAIN(TestContributionPaymentDesk)
#include "tst_contributionpaymentdesk.moc"
