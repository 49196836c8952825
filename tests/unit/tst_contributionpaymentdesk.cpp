// The payment page's view model without a hall: no receipt before a confirmed payment, a typed
// ID number checked before anything is asked, and nothing of the payee left after the session.
#include "citizensession.h"
#include "contributionpayment.h"
#include "contributionpaymentdesk.h"
#include "simulateddocumentprinter.h"
#include "socialsecurityfetcher.h"
#include "socialsecurityrecord.h"

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
};

QTEST_MAIN(TestContributionPaymentDesk)
#include "tst_contributionpaymentdesk.moc"
