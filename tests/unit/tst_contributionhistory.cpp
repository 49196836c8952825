#include "contributionhistory.h"
#include "socialsecurityparser.h"
#include "socialsecuritytestdata.h"

#include <QTest>

using namespace onewindow;
using namespace sstest;

namespace {

const QDate kToday(2026, 11, 23); // last complete month: 2026-10

ContributionHistory historyOf(const QJsonObject &answer)
{
    const auto record = SocialSecurityParser::parse(QJsonDocument(answer));
    if (!record)
        qFatal("fixture does not parse: %s", qPrintable(record.error().message));
    return ContributionHistory::compute(record.value(), kToday);
}

QJsonArray join(std::initializer_list<QJsonArray> parts)
{
    QJsonArray out;
    for (const QJsonArray &p : parts)
        for (const QJsonValue &v : p)
            out.append(v);
    return out;
}

} // namespace

class TestContributionHistory : public QObject
{
    Q_OBJECT
private slots:
    void noRecordsGivesNoFigures()
    {
        const auto h = historyOf(answer({}, {}));
        QVERIFY(h.summaries().isEmpty());
        QCOMPARE(h.cumulativePersonalPension(), 0);
        QCOMPARE(h.totalPaidMonths(), 0);
        QVERIFY(h.pensionPlaces().isEmpty());
        QCOMPARE(h.lastCompleteMonth(), QDate(2026, 10, 1));
    }

    void enrolledWithoutAPaymentMissesEveryMonthSinceEnrolment()
    {
        const auto h
            = historyOf(answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active"),
                                   QStringLiteral("2026-05-10")) },
                {}));
        const auto s = h.summary(Insurance::Pension);
        QVERIFY(s);
        QCOMPARE(s->paidMonths, 0);
        QCOMPARE(s->missingLast12, 6); // 2026-05 … 2026-10
        QCOMPARE(s->longestGap.months, 6);
    }

    void continuousRecordHasNoGap()
    {
        const auto h
            = historyOf(answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) },
                months(QDate(2015, 1, 1), QDate(2026, 10, 1))));
        const auto s = h.summary(Insurance::Pension);
        QCOMPARE(s->paidMonths, 12 * 11 + 10);
        QVERIFY(s->gaps.isEmpty());
        QCOMPARE(s->longestGap.months, 0);
        QCOMPARE(s->missingLast12, 0);
        QCOMPARE(s->personalTotal, qint64(s->paidMonths) * 40000);
        QCOMPARE(h.cumulativePersonalPension(), s->personalTotal);
        QCOMPARE(h.monthly(Insurance::Pension).size(), s->paidMonths);
    }

    void gapsAreFoundAndTheLongestNamed()
    {
        // Paid 2018-01..2018-06, gap of 3, paid 2018-10..2019-12, gap of 8, paid 2020-09..2026-10.
        const auto h
            = historyOf(answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) },
                join({ months(QDate(2018, 1, 1), QDate(2018, 6, 1)),
                    months(QDate(2018, 10, 1), QDate(2019, 12, 1)),
                    months(QDate(2020, 9, 1), QDate(2026, 10, 1)) })));
        const auto s = h.summary(Insurance::Pension);
        QCOMPARE(s->gaps.size(), 2);
        QCOMPARE(s->gaps[0], (MonthRange { QDate(2018, 7, 1), QDate(2018, 9, 1), 3 }));
        QCOMPARE(s->longestGap, (MonthRange { QDate(2020, 1, 1), QDate(2020, 8, 1), 8 }));
        const auto points = h.monthly(Insurance::Pension);
        QCOMPARE(points.size(),
            ContributionHistory::monthsBetween(QDate(2018, 1, 1), QDate(2026, 10, 1)) + 1);
        int inGap = 0;
        for (const MonthPoint &p : points)
            inGap += p.inGap ? (p.amount == 0 ? 1 : 100) : 0;
        QCOMPARE(inGap, 11);
    }

    void recentMonthsMissingAndUnpaid()
    {
        // Paid until 2026-06, 2026-07 and -08 listed unpaid, nothing for -09 and -10.
        QJsonArray c = months(QDate(2024, 1, 1), QDate(2026, 6, 1));
        c.append(contribution(QStringLiteral("2026-07"), QStringLiteral("pension"), false));
        c.append(contribution(QStringLiteral("2026-08"), QStringLiteral("pension"), false));
        const auto h = historyOf(
            answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) }, c));
        const auto s = h.summary(Insurance::Pension);
        QCOMPARE(s->unpaidMonths, 2);
        QCOMPARE(s->missingLast12, 4);
        // A contributor's record runs to last month: the open end is a gap.
        QCOMPARE(s->longestGap, (MonthRange { QDate(2026, 7, 1), QDate(2026, 10, 1), 4 }));
        QCOMPARE(s->lastMonth, QDate(2026, 6, 1));
    }

    void aPensionerIsNotMissingMonths()
    {
        const auto h = historyOf(
            answer({ enrollment(QStringLiteral("pension"), QStringLiteral("receiving")) },
                months(QDate(1990, 1, 1), QDate(2018, 10, 1))));
        const auto s = h.summary(Insurance::Pension);
        QCOMPARE(s->missingLast12, 0);
        QVERIFY(s->gaps.isEmpty());
        QCOMPARE(s->paidMonths, 12 * 28 + 10);
    }

    void transferBetweenCitiesKeepsTheMonthsAndMakesNoGap()
    {
        // Shenzhen until 2020-06, Guangzhou from 2020-07; 2020-07 also paid in Shenzhen once.
        QJsonArray c = join({ months(QDate(2016, 1, 1), QDate(2020, 6, 1),
                                  QStringLiteral("pension"), QStringLiteral("440300")),
            months(QDate(2020, 7, 1), QDate(2026, 10, 1), QStringLiteral("pension"),
                QStringLiteral("440100")) });
        c.append(contribution(
            QStringLiteral("2020-07"), QStringLiteral("pension"), true, QStringLiteral("440300")));
        const QJsonArray transfers { QJsonObject {
            { QStringLiteral("month"), QStringLiteral("2020-07") },
            { QStringLiteral("from"), place(QStringLiteral("440300"), QStringLiteral("深圳市")) },
            { QStringLiteral("to"), place(QStringLiteral("440100"), QStringLiteral("广州市")) } } };
        const auto h = historyOf(answer(
            { enrollment(QStringLiteral("pension"), QStringLiteral("active")) }, c, transfers));
        const auto s = h.summary(Insurance::Pension);
        const int expected
            = ContributionHistory::monthsBetween(QDate(2016, 1, 1), QDate(2026, 10, 1)) + 1;
        QCOMPARE(s->paidMonths, expected); // the doubly paid month counts once
        QCOMPARE(s->duplicateMonths, 1);
        QVERIFY(s->gaps.isEmpty());
        const auto places = h.pensionPlaces();
        QVERIFY(places.size() >= 2);
        QCOMPARE(places.first().placeCode, QStringLiteral("440300"));
        QCOMPARE(places.first().last, QDate(2020, 6, 1));
        QCOMPARE(places.last().placeCode, QStringLiteral("440100"));
        QCOMPARE(places.last().last, QDate(2026, 10, 1));
        const PeriodTotals t = h.totals(Insurance::Pension, QDate(2020, 1, 1), QDate(2020, 12, 1));
        QCOMPARE(t.paidMonths, 12);
        QCOMPARE(t.personalTotal, 13 * 40000);
    }

    void insurancesAreSummarisedApart()
    {
        const auto h = historyOf(answer(
            { enrollment(QStringLiteral("pension"), QStringLiteral("active")),
                enrollment(QStringLiteral("unemployment"), QStringLiteral("suspended")) },
            join({ months(QDate(2025, 1, 1), QDate(2026, 10, 1)),
                months(QDate(2025, 1, 1), QDate(2025, 12, 1), QStringLiteral("unemployment")) })));
        QCOMPARE(h.summaries().size(), 2);
        QCOMPARE(h.summary(Insurance::Pension)->missingLast12, 0);
        QCOMPARE(h.summary(Insurance::Unemployment)->missingLast12, 10);
        QVERIFY(!h.summary(Insurance::Medical));
    }
};

QTEST_GUILESS_MAIN(TestContributionHistory)
#include "tst_contributionhistory.moc"
