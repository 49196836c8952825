// A visit at the kiosk: open while a citizen is identified or a page's model holds something,
// ended once for everyone (and with the citizen's session), never by a card replacing a citizen.
#include "citizensession.h"
#include "kioskvisit.h"
#include "residentid.h"

#include <QSignalSpy>
#include <QTest>

using namespace onewindow;

namespace {
const QString kId = QStringLiteral("44010619580301123")
    + ResidentId::checkCharacter(QStringLiteral("44010619580301123"));
const QString kOtherId = QStringLiteral("44010619850712456")
    + ResidentId::checkCharacter(QStringLiteral("44010619850712456"));
} // namespace

class TestKioskVisit : public QObject
{
    Q_OBJECT
private slots:
    void aHeldPageOpensTheVisitWithoutACitizen()
    {
        CitizenSession session;
        KioskVisit visit(session);
        QSignalSpy open(&visit, &KioskVisit::openChanged);
        QSignalSpy ended(&visit, &KioskVisit::ended);
        QVERIFY(!visit.isOpen());
        visit.end(CitizenSession::EndReason::Timeout); // nothing open: nothing to end
        QCOMPARE(ended.size(), 0);

        visit.hold(QStringLiteral("tracking"), true);
        QVERIFY(visit.isOpen());
        QCOMPARE(open.size(), 1);
        visit.hold(QStringLiteral("tracking"), true);
        QCOMPARE(open.size(), 1);

        visit.end(CitizenSession::EndReason::Timeout);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<CitizenSession::EndReason>(),
            CitizenSession::EndReason::Timeout);
        QVERIFY(!visit.isOpen());
        QVERIFY(!visit.isHeldBy(QStringLiteral("tracking")));
        QCOMPARE(open.size(), 2);
    }

    void endingTheVisitEndsTheSessionAndTheSessionsEndEndsTheVisit()
    {
        CitizenSession session;
        KioskVisit visit(session);
        QSignalSpy ended(&visit, &KioskVisit::ended);
        QVERIFY(session.begin(kId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        QVERIFY(visit.isOpen());
        visit.hold(QStringLiteral("page"), true);
        visit.end(CitizenSession::EndReason::Finished);
        QVERIFY(!session.isActive());
        QCOMPARE(ended.size(), 1);
        QVERIFY(!visit.isOpen());

        // The card taken out: the session ends by itself, and the visit with it.
        QVERIFY(session.begin(kId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        visit.hold(QStringLiteral("tracking"), true);
        session.end(CitizenSession::EndReason::CardRemoved);
        QCOMPARE(ended.size(), 2);
        QVERIFY(!visit.isOpen());
    }

    void aCardReplacingTheCitizenKeepsTheVisit()
    {
        CitizenSession session;
        KioskVisit visit(session);
        QSignalSpy ended(&visit, &KioskVisit::ended);
        QVERIFY(session.begin(kId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        visit.hold(QStringLiteral("language"), true);
        QVERIFY(
            session.begin(kOtherId, QStringLiteral("李四"), IdentityProof::ResidentIdCard).ok());
        QCOMPARE(ended.size(), 0);
        QVERIFY(visit.isHeldBy(QStringLiteral("language")));
        QVERIFY(visit.isOpen());
    }

    // The citizen who typed their number puts their own card on the reader: confirmed, not a
    // new session (the wallet asking for the card would otherwise send them home).
    void theTypedNumbersOwnCardConfirmsTheSession()
    {
        CitizenSession session;
        QVERIFY(session.begin(kId, QStringLiteral("张三"), IdentityProof::TypedNumber).ok());
        const QString id = session.sessionId();
        QSignalSpy ended(&session, &CitizenSession::ended);
        QSignalSpy confirmed(&session, &CitizenSession::subjectConfirmed);
        QVERIFY(!session.recordsOpen());
        QVERIFY(session.begin(kId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(session.sessionId(), id);
        QVERIFY(session.recordsOpen());
        QCOMPARE(session.applicant()->name, QStringLiteral("张三丰"));
        QCOMPARE(session.applicant()->proof, IdentityProof::ResidentIdCard);
        // Someone else's card replaces the citizen.
        QVERIFY(
            session.begin(kOtherId, QStringLiteral("李四"), IdentityProof::ResidentIdCard).ok());
        QCOMPARE(ended.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKioskVisit)
#include "tst_kioskvisit.moc"
