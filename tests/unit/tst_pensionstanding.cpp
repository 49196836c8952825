#include "pensionstanding.h"

#include <QTest>

using namespace onewindow;
using St = PensionStanding::State;

namespace {

SocialSecurityRecord pensioner(std::optional<QDate> certified)
{
    SocialSecurityRecord r;
    r.enrollments.append({ Insurance::Pension, EnrollmentStatus::Receiving,
        { QStringLiteral("440100"), QStringLiteral("广州市") }, QDate(2018, 11, 1) });
    if (certified)
        r.lastPensionCertification = PensionCertification { QDateTime(*certified, QTime(10, 15),
                                                                Qt::OffsetFromUTC, 8 * 3600),
            QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("face"), certified->addYears(1) };
    return r;
}

} // namespace

class TestPensionStanding : public QObject
{
    Q_OBJECT
private slots:
    void notAPensionerHasNothingToCertify()
    {
        SocialSecurityRecord r;
        r.enrollments.append(
            { Insurance::Pension, EnrollmentStatus::Active, {}, QDate(2010, 1, 1) });
        QCOMPARE(PensionStanding::of(r, QDate(2026, 11, 23)).state, St::NotPensioner);
    }

    void neverCertified()
    {
        QCOMPARE(PensionStanding::of(pensioner(std::nullopt), QDate(2026, 11, 23)).state,
            St::NeverCertified);
    }

    void stagesOfTheYear_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("month");
        QTest::addColumn<bool>("stops");
        // Certified 2026-03-09, due 2027-03-09.
        QTest::newRow("same day") << QDate(2026, 3, 9) << int(St::Current) << 1 << false;
        QTest::newRow("month 11") << QDate(2027, 1, 31) << int(St::Current) << 11 << false;
        QTest::newRow("month 12") << QDate(2027, 2, 1) << int(St::DueSoon) << 12 << false;
        QTest::newRow("due day") << QDate(2027, 3, 9) << int(St::DueSoon) << 13 << false;
        QTest::newRow("day after") << QDate(2027, 3, 10) << int(St::Overdue) << 13 << true;
        QTest::newRow("long after") << QDate(2028, 1, 1) << int(St::Overdue) << 23 << true;
    }
    void stagesOfTheYear()
    {
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(int, month);
        QFETCH(bool, stops);
        const auto s = PensionStanding::of(pensioner(QDate(2026, 3, 9)), today);
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.monthOfCycle, month);
        QCOMPARE(s.paymentStops, stops);
        QCOMPARE(s.nextDue, QDate(2027, 3, 9));
        QCOMPARE(s.lastCertified, QDate(2026, 3, 9));
    }

    void certifiedLateInTheEveningCountsInChinaTime()
    {
        SocialSecurityRecord r = pensioner(QDate(2026, 3, 9));
        // 2026-03-08 23:30 UTC is 2026-03-09 07:30 in Guangdong.
        r.lastPensionCertification->certifiedAt
            = QDateTime(QDate(2026, 3, 8), QTime(23, 30), Qt::UTC);
        QCOMPARE(PensionStanding::of(r, QDate(2026, 4, 1)).lastCertified, QDate(2026, 3, 9));
    }
};

QTEST_GUILESS_MAIN(TestPensionStanding)
#include "tst_pensionstanding.moc"
