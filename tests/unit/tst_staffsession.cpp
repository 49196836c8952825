#include "staffsession.h"

#include <QTest>

using namespace onewindow;

class TestStaffSession : public QObject
{
    Q_OBJECT
    const QDateTime m_start { QDate(2024, 6, 3), QTime(9, 0), Qt::UTC };

private slots:
    void activityKeepsTheSessionAlive()
    {
        StaffSession s(QStringLiteral("li.wei"), StaffRole::FrontDesk, {}, m_start, 600);
        QVERIFY(s.touch(m_start.addSecs(500)).ok());
        QVERIFY(s.touch(m_start.addSecs(1000)).ok());
        QVERIFY(s.isActive(m_start.addSecs(1100)));
    }

    void endsAfterInactivityAndStaysEnded()
    {
        StaffSession s(QStringLiteral("li.wei"), StaffRole::FrontDesk, {}, m_start, 600);
        const Status late = s.require(Permission::AcceptCase, m_start.addSecs(601));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("identity.session_ended"));
        QVERIFY(!s.touch(m_start.addSecs(602)).ok());
    }

    void checksThePermissionOfTheRole()
    {
        StaffSession s(
            QStringLiteral("zhang"), StaffRole::Reviewer, QStringLiteral("police"), m_start);
        QVERIFY(s.require(Permission::ReviewCase, m_start, QStringLiteral("police")).ok());
        const Status other = s.require(Permission::ReviewCase, m_start, QStringLiteral("tax"));
        QCOMPARE(other.error().code, QStringLiteral("identity.not_permitted"));
        QVERIFY(!s.require(Permission::ManageStaff, m_start).ok());
        s.end();
        QCOMPARE(s.require(Permission::ReviewCase, m_start, QStringLiteral("police")).error().code,
            QStringLiteral("identity.session_ended"));
    }
};

QTEST_GUILESS_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
