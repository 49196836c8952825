#include "socialsecurityparser.h"
#include "socialsecuritystatement.h"
#include "socialsecuritytestdata.h"

#include <QTest>

using namespace onewindow;
using namespace sstest;

class TestSocialSecurityStatement : public QObject
{
    Q_OBJECT
private slots:
    void totalsPerPeriodAndAStableVerificationValue()
    {
        QJsonArray c = months(QDate(2016, 1, 1), QDate(2026, 10, 1));
        for (const QJsonValue &v :
            months(QDate(2024, 1, 1), QDate(2026, 10, 1), QStringLiteral("medical")))
            c.append(v);
        const auto record = SocialSecurityParser::parse(QJsonDocument(
            answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")),
                       enrollment(QStringLiteral("medical"), QStringLiteral("active")) },
                c)));
        QVERIFY(record.ok());
        const auto history = ContributionHistory::compute(record.value(), QDate(2026, 11, 23));
        const QDateTime issued(QDate(2026, 11, 23), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
        auto make = [&](SocialSecurityStatement::Period p) {
            return SocialSecurityStatement::build(record.value(), history, QStringLiteral("陈志强"),
                QStringLiteral("440106198503121018"), p, QStringLiteral("GZ-TH-KIOSK-0007"),
                issued);
        };
        const auto all = make(SocialSecurityStatement::Period::All);
        QCOMPARE(all.fromMonth, QDate(2016, 1, 1));
        QCOMPARE(all.toMonth, QDate(2026, 10, 1));
        QCOMPARE(all.totalMonths(Insurance::Pension), 12 * 10 + 10);
        QCOMPARE(all.totalMonths(Insurance::Medical), 34);
        const auto year = make(SocialSecurityStatement::Period::Last12Months);
        QCOMPARE(year.fromMonth, QDate(2025, 11, 1));
        QCOMPARE(year.totalMonths(Insurance::Pension), 12);
        QCOMPARE(year.lines.first().totals.personalTotal, 12 * 40000);
        const auto five = make(SocialSecurityStatement::Period::Last5Years);
        QCOMPARE(five.totalMonths(Insurance::Pension), 60);

        // The value is a digest of the content: the same content gives the same value, any
        // changed figure another; the QR code holds no ID number or name.
        QCOMPARE(all.verificationValue.size(), 32);
        SocialSecurityStatement copy = all;
        copy.lines.first().totals.paidMonths += 1;
        QVERIFY(copy.canonicalText() != all.canonicalText());
        QVERIFY(all.statementNumber != year.statementNumber);
        QVERIFY(!all.qrContent().contains(QStringLiteral("440106")));
        QVERIFY(all.qrContent().startsWith(QStringLiteral("OW-SS1|SS-20261123-")));
        QVERIFY(all.qrContent().endsWith(all.verificationValue));
    }

    void noRecordsMakesAnEmptyStatement()
    {
        const auto record = SocialSecurityParser::parse(QJsonDocument(answer({}, {})));
        const auto history = ContributionHistory::compute(record.value(), QDate(2026, 11, 23));
        const auto s = SocialSecurityStatement::build(record.value(), history,
            QStringLiteral("张三"), QStringLiteral("440106198503121018"),
            SocialSecurityStatement::Period::All, QString(), QDateTime::currentDateTime());
        QVERIFY(s.lines.isEmpty());
        QCOMPARE(s.fromMonth, s.toMonth);
    }
};

QTEST_GUILESS_MAIN(TestSocialSecurityStatement)
#include "tst_socialsecuritystatement.moc"
