// The two time limits of a case (issue 24 item 4): urgency counts the committed date the citizen
// was told (承诺时限), the legal limit (法定时限) is read beside it, both dates are named, and a
// limit of zero days reads 即办 (on the spot), never "0 working days".
#include "casetimelimits.h"

#include <QRegularExpression>
#include <QTest>

using namespace onewindow;

namespace {

// Weekends only: enough for the rules under test (tst_legalclock has the real holidays).
WorkingDayCalendar weekdays() { return WorkingDayCalendar({ QDate(2026, 1, 1) }, {}); }

// Filed on Monday 2 March 2026: 10 working days promised, 20 by law.
TimeLimitFacts filed(int promised = 10, int legal = 20)
{
    TimeLimitFacts f;
    f.status = CaseStatus::InReview;
    f.submittedOn = QDate(2026, 3, 2);
    f.promisedDays = promised;
    f.legalDays = legal;
    return f;
}

} // namespace

class TestCaseTimeLimits : public QObject
{
    Q_OBJECT
private slots:
    void urgencyCountsTheCommittedDate()
    {
        // Wednesday 11 March: 7 working days run, 70% of the promise, 35% of the law.
        TimeLimitReading r = CaseTimeLimits::read(weekdays(), filed(), QDate(2026, 3, 11));
        QVERIFY(r.known);
        QCOMPARE(r.committed.remainingDays, 3);
        QCOMPARE(r.legal.remainingDays, 13);
        QCOMPARE(r.committed.dueDate, QDate(2026, 3, 16));
        QCOMPARE(r.legal.dueDate, QDate(2026, 3, 30));
        QCOMPARE(r.urgency, Urgency::Amber);
        QCOMPARE(CaseTimeLimits::urgencyCode(r.urgency), QStringLiteral("amber"));
        QCOMPARE(CaseTimeLimits::daysLeftText(r), QStringLiteral("3 working day(s) left"));

        // Tuesday 17 March: past the committed date, well within the law: late all the same.
        r = CaseTimeLimits::read(weekdays(), filed(), QDate(2026, 3, 17));
        QCOMPARE(r.urgency, Urgency::Overdue);
        QVERIFY(!r.legal.overdue);
        QCOMPARE(CaseTimeLimits::daysLeftText(r),
            QStringLiteral("1 working day(s) past the committed date"));

        // An approved extension moves both dates.
        TimeLimitFacts extended = filed();
        extended.extensionDays = 5;
        r = CaseTimeLimits::read(weekdays(), extended, QDate(2026, 3, 17));
        QCOMPARE(r.urgency, Urgency::Amber);
        QCOMPARE(r.committed.dueDate, QDate(2026, 3, 23));
        QCOMPARE(r.legal.dueDate, QDate(2026, 4, 6));

        TimeLimitFacts decided = filed();
        decided.status = CaseStatus::Approved;
        r = CaseTimeLimits::read(weekdays(), decided, QDate(2026, 4, 17));
        QCOMPARE(r.urgency, Urgency::Decided);
        QCOMPARE(CaseTimeLimits::urgencyCode(r.urgency), QStringLiteral("normal"));
    }

    void bothDatesAreNamed()
    {
        const TimeLimitReading r = CaseTimeLimits::read(weekdays(), filed(), QDate(2026, 3, 3));
        const QString dates = CaseTimeLimits::datesText(r);
        QVERIFY2(dates.contains(QStringLiteral("Committed to the applicant: 10 working day(s), "
                                               "due 2026-03-16")),
            qPrintable(dates));
        QVERIFY2(dates.contains(QStringLiteral("Legal limit: 20 working day(s), due 2026-03-30")),
            qPrintable(dates));
        QCOMPARE(CaseTimeLimits::shortDatesText(r),
            QStringLiteral("committed by 2026-03-16 · legal limit 2026-03-30"));
    }

    void onTheSpotIsNeverZeroDays()
    {
        QCOMPARE(CaseTimeLimits::limitText(0), QStringLiteral("on the spot (same day)"));
        QCOMPARE(CaseTimeLimits::limitText(10), QStringLiteral("10 working day(s)"));
        // A 即办 item on its filing day is due today, the next working day it is late.
        TimeLimitReading r = CaseTimeLimits::read(weekdays(), filed(0, 20), QDate(2026, 3, 2));
        QCOMPARE(r.urgency, Urgency::Normal);
        QCOMPARE(CaseTimeLimits::daysLeftText(r), QStringLiteral("due today"));
        const QString dates = CaseTimeLimits::datesText(r);
        QVERIFY2(!dates.contains(QRegularExpression(QStringLiteral("(^|\\D)0 working day"))),
            qPrintable(dates));
        QVERIFY(dates.contains(QStringLiteral("on the spot (same day), due 2026-03-02")));
        r = CaseTimeLimits::read(weekdays(), filed(0, 20), QDate(2026, 3, 3));
        QCOMPARE(r.urgency, Urgency::Overdue);
    }

    void aMissingCalendarIsSaidSo()
    {
        const TimeLimitReading r = CaseTimeLimits::read(weekdays(), filed(), QDate(2027, 1, 5));
        QVERIFY(!r.known);
        QCOMPARE(r.urgency, Urgency::Unknown);
        QVERIFY(!r.problem.isEmpty());
        QCOMPARE(CaseTimeLimits::daysLeftText(r), QStringLiteral("calendar missing"));
    }
};

QTEST_APPLESS_MAIN(TestCaseTimeLimits)
#include "tst_casetimelimits.moc"
