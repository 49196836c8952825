// What the back office shows of an open case's clock (CaseDeadlineView): urgency against the
// committed date, the days left, a pause, a decided case, a calendar that does not cover the
// period, and the deemed acceptance after five working days without a correction notice.
#include "casedeadlineview.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {

// Weekends only: enough for the rules under test (tst_legalclock has the real holidays).
WorkingDayCalendar weekdays() { return WorkingDayCalendar({ QDate(2026, 1, 1) }, {}); }

// Filed on Monday 2 March 2026 at 09:00 in Guangzhou: 10 working days promised, 20 by law.
CaseProgressStore::CaseFacts filed()
{
    CaseProgressStore::CaseFacts f;
    f.status = CaseStatus::InReview;
    f.submittedAt = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    f.promisedDays = 10;
    f.legalDays = 20;
    return f;
}

} // namespace

class TestCaseDeadlineView : public QObject
{
    Q_OBJECT
private slots:
    void theDayFiledIsTheTownHalls()
    {
        CaseProgressStore::CaseFacts f = filed();
        f.submittedAt = QDateTime(QDate(2026, 3, 1), QTime(17, 30), Qt::UTC); // 01:30 on the 2nd
        f.pauses = { { QDate(2026, 3, 4), QDate(2026, 3, 6) }, { QDate(2026, 3, 9), QDate() } };
        f.extensionDays = 5;
        const TimeLimitFacts limits = CaseDeadlineView::limitsOf(f);
        QCOMPARE(limits.submittedOn, QDate(2026, 3, 2));
        QCOMPARE(limits.promisedDays, 10);
        QCOMPARE(limits.legalDays, 20);
        QCOMPARE(limits.extensionDays, 5);
        QCOMPARE(limits.pauses.size(), 2);
        QCOMPARE(limits.pauses.at(1).startedOn, QDate(2026, 3, 9));
        QVERIFY(!limits.pauses.at(1).endedOn.isValid()); // still paused
    }

    void aRunningClockShowsDaysLeftAndBothDates()
    {
        // Wednesday 11 March: 7 of the 10 promised working days run.
        const CaseDeadline d
            = CaseDeadlineView::read(weekdays(), filed(), false, QDate(2026, 3, 11));
        QCOMPARE(d.urgency, Urgency::Amber);
        QCOMPARE(d.urgencyCode, u"amber"_s);
        QCOMPARE(d.clockText, u"3 working day(s) left"_s);
        QVERIFY2(d.datesText.contains(u"2026-03-16"_s) && d.datesText.contains(u"2026-03-30"_s),
            qPrintable(d.datesText));
    }

    void aPauseIsSaid()
    {
        CaseProgressStore::CaseFacts f = filed();
        f.pauses = { { QDate(2026, 3, 9), QDate() } };
        const CaseDeadline d = CaseDeadlineView::read(weekdays(), f, false, QDate(2026, 3, 11));
        QVERIFY2(d.clockText.endsWith(u"; paused now"_s), qPrintable(d.clockText));
        QVERIFY(!d.datesText.isEmpty());
    }

    void aDecidedCaseHasNoClock()
    {
        CaseProgressStore::CaseFacts f = filed();
        f.status = CaseStatus::Approved;
        const CaseDeadline d = CaseDeadlineView::read(weekdays(), f, false, QDate(2026, 4, 30));
        QCOMPARE(d.urgency, Urgency::Decided);
        QCOMPARE(d.urgencyCode, u"normal"_s);
        QCOMPARE(d.clockText, u"Decided: the time limit no longer runs"_s);
        QVERIFY(d.datesText.isEmpty());
    }

    void aMissingCalendarIsSaidInsteadOfDays()
    {
        const CaseDeadline d
            = CaseDeadlineView::read(weekdays(), filed(), false, QDate(2027, 1, 5));
        QCOMPARE(d.urgencyCode, u"unknown"_s);
        // Why the clock cannot be read, not a count of days.
        const TimeLimitReading r = CaseTimeLimits::read(
            weekdays(), CaseDeadlineView::limitsOf(filed()), QDate(2027, 1, 5));
        QVERIFY(!r.problem.isEmpty());
        QCOMPARE(d.clockText, r.problem);
        QVERIFY(d.datesText.isEmpty());
    }

    void aDeemedAcceptanceFollowsTheClock()
    {
        const CaseDeadline d
            = CaseDeadlineView::read(weekdays(), filed(), true, QDate(2026, 3, 11));
        QVERIFY2(d.clockText.startsWith(u"3 working day(s) left. No correction notice"_s),
            qPrintable(d.clockText));
        QVERIFY(d.clockText.endsWith(u"the application counts as accepted."_s));
    }

    void nothingReadIsUnknown()
    {
        const CaseDeadline d;
        QCOMPARE(d.urgencyCode, u"unknown"_s);
        QVERIFY(d.clockText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseDeadlineView)
#include "tst_casedeadlineview.moc"
