// The social security pages' view model without a hall: a clear message, nothing stale.
#include "citizensession.h"
#include "simulatedcamera.h"
#include "socialsecuritydesk.h"

#include <QSignalSpy>
#include <QTest>

using namespace onewindow;

class TestSocialSecurityDesk : public QObject
{
    Q_OBJECT
private slots:
    void withoutAHallSaysTheQueryNeedsIt()
    {
        CitizenSession session;
        SimulatedCamera camera;
        SocialSecurityDesk desk(nullptr, session, camera);
        QVERIFY(session
                    .begin(QStringLiteral("440106198503121018"), QStringLiteral("陈志强"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        desk.refresh();
        QCOMPARE(desk.state(), SocialSecurityDesk::State::Problem);
        QVERIFY(desk.needsHall());
        QVERIFY(!desk.problem().isEmpty());
        QVERIFY(desk.enrollments().isEmpty());
        QVERIFY(desk.accounts().isEmpty());
        QVERIFY(desk.chart().isEmpty());
        QVERIFY(desk.pension().isEmpty());
        QVERIFY(desk.statement().isEmpty());
        // Masked on screen: family name and the ends of the ID number only.
        QCOMPARE(desk.holderName(), QStringLiteral("陈**"));
        QVERIFY(!desk.holderId().contains(QStringLiteral("19850312")));
    }

    void withoutACitizenAsksThemToIdentify()
    {
        CitizenSession session;
        SimulatedCamera camera;
        SocialSecurityDesk desk(nullptr, session, camera);
        desk.refresh();
        QCOMPARE(desk.state(), SocialSecurityDesk::State::Problem);
        QVERIFY(!desk.needsHall());
        QVERIFY(desk.holderName().isEmpty());
    }

    void theSessionEndingClearsThePages()
    {
        CitizenSession session;
        SimulatedCamera camera;
        SocialSecurityDesk desk(nullptr, session, camera);
        QVERIFY(session
                    .begin(QStringLiteral("440106198503121018"), QStringLiteral("陈志强"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        desk.refresh();
        QSignalSpy changed(&desk, &SocialSecurityDesk::changed);
        session.end(CitizenSession::EndReason::Timeout);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(desk.state(), SocialSecurityDesk::State::Idle);
        QVERIFY(desk.problem().isEmpty());
        QVERIFY(desk.holderName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSocialSecurityDesk)
#include "tst_socialsecuritydesk.moc"
