#include "citizensession.h"
#include "residentid.h"

#include <QSignalSpy>
#include <QTest>

using namespace onewindow;

namespace {
QString validId(const QString &first17) { return first17 + ResidentId::checkCharacter(first17); }
} // namespace

class TestCitizenSession : public QObject
{
    Q_OBJECT
    const QDate m_today { 2026, 11, 23 };
    const QString m_zhang = validId(QStringLiteral("44010619580301123"));
    const QString m_li = validId(QStringLiteral("44010619850712456"));

private slots:
    void beginsWithAValidNumberAndName()
    {
        CitizenSession s;
        QSignalSpy started(&s, &CitizenSession::started);
        QVERIFY(
            s.begin(m_zhang, QStringLiteral(" 张 三丰 "), IdentityProof::ResidentIdCard, m_today)
                .ok());
        QCOMPARE(started.size(), 1);
        QVERIFY(s.isActive());
        QCOMPARE(s.applicant()->name, QStringLiteral("张 三丰"));
        QCOMPARE(s.subject()->idNumber, m_zhang);
        QVERIFY(!s.sessionId().isEmpty());
    }

    void refusesABadNumberAndStartsNothing()
    {
        CitizenSession s;
        QSignalSpy started(&s, &CitizenSession::started);
        QString wrong = m_zhang;
        wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QVERIFY(!s.begin(wrong, QStringLiteral("张三"), IdentityProof::TypedNumber, m_today).ok());
        const Status noName
            = s.begin(m_zhang, QStringLiteral("  "), IdentityProof::TypedNumber, m_today);
        QCOMPARE(noName.error().code, QStringLiteral("identity.name_missing"));
        QVERIFY(!s.isActive());
        QCOMPARE(started.size(), 0);
        QVERIFY(s.attestation().isEmpty());
    }

    void attestationCarriesNothingPersonal()
    {
        CitizenSession s;
        QVERIFY(
            s.begin(m_zhang, QStringLiteral("张三"), IdentityProof::ResidentIdCard, m_today).ok());
        const QByteArray a = s.attestation();
        QVERIFY(a.contains("proof=id-card"));
        QVERIFY(a.contains(s.sessionId().toLatin1()));
        QVERIFY(!a.contains(m_zhang.toLatin1()));
        QVERIFY(!a.contains(m_zhang.right(4).toLatin1() + ";"));
    }

    void principalNeedsConsentAndAnotherPerson()
    {
        CitizenSession s;
        QCOMPARE(
            s.setPrincipal(m_li, QStringLiteral("李四"), IdentityProof::TypedNumber, true, m_today)
                .error()
                .code,
            QStringLiteral("identity.no_session"));
        QVERIFY(
            s.begin(m_zhang, QStringLiteral("张三"), IdentityProof::ResidentIdCard, m_today).ok());
        QCOMPARE(s.setPrincipal(
                      m_zhang, QStringLiteral("张三"), IdentityProof::TypedNumber, true, m_today)
                     .error()
                     .code,
            QStringLiteral("identity.principal_is_applicant"));
        QCOMPARE(
            s.setPrincipal(m_li, QStringLiteral("李四"), IdentityProof::TypedNumber, false, m_today)
                .error()
                .code,
            QStringLiteral("identity.consent_missing"));
        QVERIFY(!s.principal());
        QSignalSpy changed(&s, &CitizenSession::principalChanged);
        QVERIFY(s.setPrincipal(
                     m_li, QStringLiteral("李四"), IdentityProof::ResidentIdCard, true, m_today)
                    .ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(s.subject()->idNumber, m_li);
        QCOMPARE(s.applicant()->idNumber, m_zhang);
        QVERIFY(s.attestation().contains("on-behalf=1"));
        s.clearPrincipal();
        QCOMPARE(s.subject()->idNumber, m_zhang);
    }

    void endWipesEverythingOnce()
    {
        CitizenSession s;
        QSignalSpy ended(&s, &CitizenSession::ended);
        s.end(CitizenSession::EndReason::Finished);
        QCOMPARE(ended.size(), 0);
        QVERIFY(
            s.begin(m_zhang, QStringLiteral("张三"), IdentityProof::ResidentIdCard, m_today).ok());
        QVERIFY(
            s.setPrincipal(m_li, QStringLiteral("李四"), IdentityProof::TypedNumber, true, m_today)
                .ok());
        s.end(CitizenSession::EndReason::Timeout);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<CitizenSession::EndReason>(),
            CitizenSession::EndReason::Timeout);
        QVERIFY(!s.isActive());
        QVERIFY(!s.applicant());
        QVERIFY(!s.principal());
        QVERIFY(s.sessionId().isEmpty());
    }

    void aNewCitizenReplacesTheOldSession()
    {
        CitizenSession s;
        QSignalSpy ended(&s, &CitizenSession::ended);
        QVERIFY(
            s.begin(m_zhang, QStringLiteral("张三"), IdentityProof::ResidentIdCard, m_today).ok());
        const QString first = s.sessionId();
        QVERIFY(s.begin(m_li, QStringLiteral("李四"), IdentityProof::ResidentIdCard, m_today).ok());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).at(0).value<CitizenSession::EndReason>(),
            CitizenSession::EndReason::Replaced);
        QVERIFY(s.sessionId() != first);
        QCOMPARE(s.applicant()->idNumber, m_li);
    }

    // A typed ID number proves nothing (numbers leak): records open with a card read here, or
    // after the hall confirmed the subject; a principal's records only with their own card.
    void recordsOpenOnlyForAConfirmedSubject()
    {
        CitizenSession s;
        QCOMPARE(s.requireRecords().error().code, QStringLiteral("identity.no_session"));
        QVERIFY(s.begin(m_zhang, QStringLiteral("王五"), IdentityProof::TypedNumber, m_today).ok());
        QVERIFY(!s.recordsOpen());
        QCOMPARE(s.requireRecords().error().code, QStringLiteral("identity.needs_confirmation"));
        QVERIFY(!s.attestation().contains("confirmed"));
        QCOMPARE(s.confirmSubject(m_li).error().code, QStringLiteral("identity.not_the_subject"));
        QVERIFY(!s.recordsOpen());
        QSignalSpy confirmed(&s, &CitizenSession::subjectConfirmed);
        QVERIFY(s.confirmSubject(m_zhang).ok());
        QCOMPARE(confirmed.size(), 1);
        QVERIFY(s.recordsOpen());
        QVERIFY(s.requireRecords().ok());
        QVERIFY(s.attestation().contains(";confirmed=1"));

        // Applying for someone by their typed number: their records stay closed, whatever the
        // applicant proved; the confirmation belonged to the applicant, not to them.
        QVERIFY(
            s.setPrincipal(m_li, QStringLiteral("李四"), IdentityProof::TypedNumber, true, m_today)
                .ok());
        QVERIFY(!s.recordsOpen());
        QCOMPARE(s.requireRecords().error().code, QStringLiteral("identity.needs_confirmation"));
        QVERIFY(s.setPrincipal(
                     m_li, QStringLiteral("李四"), IdentityProof::ResidentIdCard, true, m_today)
                    .ok());
        QVERIFY(s.recordsOpen());

        // The next citizen starts closed again.
        s.end(CitizenSession::EndReason::Finished);
        QVERIFY(s.begin(m_li, QStringLiteral("李四"), IdentityProof::TypedNumber, m_today).ok());
        QVERIFY(!s.recordsOpen());
        QVERIFY(s.begin(m_li, QStringLiteral("李四"), IdentityProof::ResidentIdCard, m_today).ok());
        QVERIFY(s.recordsOpen());
    }

    void masksNamesNumbersAndPhones()
    {
        QCOMPARE(CitizenSession::maskName(QStringLiteral("张三丰")), QStringLiteral("张**"));
        QCOMPARE(CitizenSession::maskName(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(CitizenSession::maskName(QStringLiteral("欧阳娜娜")), QStringLiteral("欧阳**"));
        QCOMPARE(CitizenSession::maskName(QStringLiteral("欧阳")), QStringLiteral("欧*"));
        QCOMPARE(CitizenSession::maskName(QStringLiteral("王")), QStringLiteral("王*"));
        QCOMPARE(CitizenSession::maskName(QString()), QString());
        QCOMPARE(CitizenSession::maskIdNumber(QStringLiteral("440106195803011235")),
            QStringLiteral("4401**********1235"));
        QCOMPARE(CitizenSession::maskIdNumber(QStringLiteral("123")), QStringLiteral("***"));
        QCOMPARE(CitizenSession::maskPhone(QStringLiteral("13812345678")),
            QStringLiteral("138****5678"));
        QCOMPARE(CitizenSession::maskPhone(QStringLiteral("12")), QStringLiteral("**"));
    }
};

QTEST_GUILESS_MAIN(TestCitizenSession)
#include "tst_citizensession.moc"
