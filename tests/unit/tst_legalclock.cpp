// The legal clock on the 2026 calendar of the State Council's holiday notice: working days run,
// pauses for corrections and special procedures, the 60% warning, overdue cases, the five-day
// correction-notice rule and the legal maximum of extensions.
#include "legalclock.h"

#include <QTest>

using namespace onewindow;

namespace {

QDate d(int month, int day) { return QDate(2026, month, day); }

// 国务院办公厅关于2026年部分节假日安排的通知.
WorkingDayCalendar calendar2026()
{
    QList<QDate> holidays;
    auto span = [&holidays](QDate from, QDate to) {
        for (QDate x = from; x <= to; x = x.addDays(1))
            holidays.append(x);
    };
    span(d(1, 1), d(1, 3)); // 元旦
    span(d(2, 15), d(2, 23)); // 春节
    span(d(4, 4), d(4, 6)); // 清明
    span(d(5, 1), d(5, 5)); // 劳动节
    span(d(6, 19), d(6, 21)); // 端午
    span(d(9, 25), d(9, 27)); // 中秋
    span(d(10, 1), d(10, 7)); // 国庆
    return WorkingDayCalendar(
        holidays, { d(1, 4), d(2, 14), d(2, 28), d(5, 9), d(9, 20), d(10, 10) });
}

} // namespace

class TestLegalClock : public QObject
{
    Q_OBJECT
    const WorkingDayCalendar m_calendar = calendar2026();

private slots:
    void runsInWorkingDaysAcrossNationalDay()
    {
        // Filed Wednesday 23 September; 20 working days: 24, 28, 29, 30 Sep (25–27 中秋), then
        // 8, 9, 10 (Saturday make-up day), 12 … Oct.
        auto r = LegalClock::read(m_calendar, d(9, 23), 20, {}, d(10, 9));
        QVERIFY(r.ok());
        QCOMPARE(r->usedDays, 6); // 24, 28, 29, 30 Sep; 8, 9 Oct
        QCOMPARE(r->remainingDays, 14);
        QVERIFY(!r->overdue && !r->paused && !r->pastWarning);
        QCOMPARE(r->dueDate, d(10, 28));
        // The make-up Saturday counts.
        QCOMPARE(LegalClock::read(m_calendar, d(9, 23), 20, {}, d(10, 10))->usedDays, 7);
    }

    void warnsPastSixtyPercentAndMarksOverdue()
    {
        auto r = LegalClock::read(m_calendar, d(3, 2), 10, {}, d(3, 12)); // 8 days used
        QVERIFY(r->pastWarning && !r->overdue);
        r = LegalClock::read(m_calendar, d(3, 2), 10, {}, d(3, 16)); // due 16 March: not yet late
        QCOMPARE(r->remainingDays, 0);
        QVERIFY(!r->overdue);
        r = LegalClock::read(m_calendar, d(3, 2), 10, {}, d(3, 17));
        QVERIFY(r->overdue);
        QCOMPARE(r->remainingDays, -1);
        // 即办件 (0 days): late the next working day.
        QVERIFY(LegalClock::read(m_calendar, d(3, 2), 0, {}, d(3, 3))->overdue);
    }

    void stopsDuringCorrectionAndSpecialProcedure()
    {
        // Correction asked on 5 March, corrected on 12 March: 6, 9, 10, 11, 12 March do not run.
        const QList<ClockPause> corrected { { d(3, 5), d(3, 12) } };
        auto r = LegalClock::read(m_calendar, d(3, 2), 20, corrected, d(3, 13));
        QCOMPARE(r->pausedDays, 5);
        QCOMPARE(r->usedDays, 4); // 3, 4, 5 and 13 March
        QVERIFY(!r->paused);
        QCOMPARE(r->dueDate, m_calendar.addWorkingDays(d(3, 2), 25).value());
        // A special procedure still running: paused, never overdue, and the due date moves on.
        const QList<ClockPause> hearing { { d(3, 5), {} } };
        r = LegalClock::read(m_calendar, d(3, 2), 5, hearing, d(4, 30));
        QVERIFY(r->paused);
        QVERIFY(!r->overdue);
        QCOMPARE(r->usedDays, 3);
        QVERIFY(r->dueDate > d(4, 30));
    }

    void correctionNoticeWithinFiveWorkingDays()
    {
        // Filed Thursday 12 February: the Spring Festival holiday does not eat the five days;
        // 13, 14 (make-up Saturday), 24, 25, 26 February.
        QCOMPARE(LegalClock::correctionNoticeDeadline(m_calendar, d(2, 12)).value(), d(2, 26));
        QVERIFY(!LegalClock::deemedAccepted(m_calendar, d(2, 12), d(2, 26)).value());
        QVERIFY(LegalClock::deemedAccepted(m_calendar, d(2, 12), d(2, 27)).value());
    }

    void extensionsStayWithinTheLaw()
    {
        QVERIFY(LegalClock::checkExtension(10, 0, false, QStringLiteral("需现场核查"), true).ok());
        QCOMPARE(LegalClock::checkExtension(11, 0, false, QStringLiteral("需现场核查"), true)
                     .error()
                     .code,
            QStringLiteral("clock.extension_too_long"));
        QCOMPARE(
            LegalClock::checkExtension(5, 6, false, QStringLiteral("再次核查"), true).error().code,
            QStringLiteral("clock.extension_too_long"));
        QVERIFY(LegalClock::checkExtension(15, 0, true, QStringLiteral("联合办理"), true).ok());
        QCOMPARE(LegalClock::checkExtension(5, 0, false, QStringLiteral("  "), true).error().code,
            QStringLiteral("clock.extension_reason"));
        QCOMPARE(LegalClock::checkExtension(5, 0, false, QStringLiteral("需现场核查"), false)
                     .error()
                     .code,
            QStringLiteral("clock.extension_unapproved"));
        QCOMPARE(LegalClock::checkExtension(0, 0, false, QStringLiteral("x"), true).error().code,
            QStringLiteral("clock.extension_invalid"));
    }

    void aMissingYearIsRefusedNotGuessed()
    {
        auto r = LegalClock::read(m_calendar, d(12, 21), 20, {}, QDate(2027, 1, 8));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cases.calendar_missing"));
    }

    void aDueDateInAnUnknownYearStaysUnknownButTheDaysAreExact()
    {
        // Filed 2026-12-01 (Tuesday) with 30 working days: due in 2027, whose holidays the
        // calendar does not have yet. On 2026-12-08 five working days have run, exactly.
        auto r = LegalClock::read(m_calendar, d(12, 1), 30, {}, d(12, 8));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->usedDays, 5);
        QCOMPARE(r->remainingDays, 25);
        QVERIFY(!r->overdue);
        QVERIFY(!r->dueDate.isValid());
        // A due date inside the known year is still given.
        QCOMPARE(LegalClock::read(m_calendar, d(12, 1), 5, {}, d(12, 2))->dueDate, d(12, 8));
    }
};

QTEST_GUILESS_MAIN(TestLegalClock)
#include "tst_legalclock.moc"
