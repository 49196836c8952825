#include "workingdaycalendar.h"

#include <QTest>

using namespace onewindow;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// The State Council's 2026 arrangement as the demo catalog publishes it.
WorkingDayCalendar calendar2026()
{
    QList<QDate> holidays;
    for (const char *day :
        { "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19",
            "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07" })
        holidays.append(d(day));
    QList<QDate> workdays;
    for (const char *day : { "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-27", "2026-10-10" })
        workdays.append(d(day));
    return WorkingDayCalendar(holidays, workdays);
}
} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT
private slots:
    void weekendsHolidaysAndMakeUpDays()
    {
        const auto c = calendar2026();
        QVERIFY(c.isWorkingDay(d("2026-11-23"))); // Monday
        QVERIFY(!c.isWorkingDay(d("2026-11-22"))); // Sunday
        QVERIFY(!c.isWorkingDay(d("2026-10-01"))); // 国庆, a Thursday
        QVERIFY(c.isWorkingDay(d("2026-10-10"))); // 调休 Saturday
        QVERIFY(c.isWorkingDay(d("2026-02-14"))); // 调休 Saturday before 春节
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("on the spot") << d("2026-11-20") << 0 << d("2026-11-20");
        QTest::newRow("friday plus one is monday") << d("2026-11-20") << 1 << d("2026-11-23");
        QTest::newRow("plain week") << d("2026-11-23") << 5 << d("2026-11-30");
        // Filed Thursday 24 Sep: 25th 中秋 off, 27th (Sunday) worked, 1–7 Oct off.
        QTest::newRow("mid-autumn and national day") << d("2026-09-24") << 5 << d("2026-10-08");
        QTest::newRow("make-up saturday counts") << d("2026-02-13") << 1 << d("2026-02-14");
        // 春节: 16–20 and 23 Feb off; 28 Feb (Saturday) worked.
        QTest::newRow("spring festival") << d("2026-02-13") << 3 << d("2026-02-25");
        QTest::newRow("twenty days across may day") << d("2026-04-28") << 20 << d("2026-05-28");
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, due);
        const auto result = calendar2026().addWorkingDays(start, days);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), due);
    }

    void countsBetweenDates()
    {
        const auto c = calendar2026();
        QCOMPARE(c.workingDaysBetween(d("2026-09-24"), d("2026-10-08")).value(), 5);
        QCOMPARE(c.workingDaysBetween(d("2026-11-23"), d("2026-11-23")).value(), 0);
        QCOMPARE(c.workingDaysBetween(d("2026-11-23"), d("2026-11-20")).value(), 0);
        // Consistent with addWorkingDays for every start and length in a busy month.
        for (QDate start = d("2026-09-20"); start < d("2026-10-12"); start = start.addDays(1))
            for (int n = 1; n <= 12; ++n)
                QCOMPARE(
                    c.workingDaysBetween(start, c.addWorkingDays(start, n).value()).value(), n);
    }

    void refusesAYearWithoutCalendar()
    {
        const auto c = calendar2026();
        QVERIFY(c.covers(2026));
        QVERIFY(!c.covers(2027));
        const auto late = c.addWorkingDays(d("2026-12-20"), 20);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(late.error().message.contains(QStringLiteral("2027")));
        QVERIFY(!c.workingDaysBetween(d("2026-12-20"), d("2027-01-10")).ok());
        QVERIFY(!WorkingDayCalendar().addWorkingDays(d("2026-11-23"), 1).ok());
        QVERIFY(!c.addWorkingDays(d("2026-11-23"), -1).ok());
    }

    void fromTheCatalogStoresForm()
    {
        QHash<QDate, bool> days { { d("2026-10-01"), false }, { d("2026-10-10"), true } };
        const auto c = WorkingDayCalendar::fromCatalogCalendar(days);
        QVERIFY(!c.isWorkingDay(d("2026-10-01")));
        QVERIFY(c.isWorkingDay(d("2026-10-10")));
        QVERIFY(c.covers(2026));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "tst_workingdaycalendar.moc"
