#include "displaytime.h"

#include <QTest>

using namespace onewindow;

// Every time shown or printed is the town hall's (Asia/Shanghai), whatever the machine's zone,
// in one unambiguous format per language.
class TestDisplayTime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TZ", "America/New_York"); }

    void datesByLanguage()
    {
        const QDate day(2026, 12, 7);
        QCOMPARE(DisplayTime::date(day, QLocale(QLocale::Chinese, QLocale::China)),
            QStringLiteral("2026年12月7日"));
        QCOMPARE(DisplayTime::date(day, QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("7 Dec 2026"));
        QVERIFY(DisplayTime::date(QDate()).isEmpty());
    }

    // The day a moment falls on in Guangdong, for receipts and time limits.
    void theTownHallsDay()
    {
        QCOMPARE(DisplayTime::dayOf(QDateTime(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC)),
            QDate(2026, 12, 7));
        QCOMPARE(DisplayTime::dayOf(QDateTime(QDate(2026, 12, 6), QTime(15, 59), Qt::UTC)),
            QDate(2026, 12, 6));
        QVERIFY(!DisplayTime::dayOf(QDateTime()).isValid());
    }

    void momentsInShanghaiTime()
    {
        // 18:30 UTC on 6 December is 02:30 on 7 December in Guangdong.
        const QDateTime utc(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC);
        QCOMPARE(DisplayTime::dateTime(utc, QLocale(QLocale::Chinese, QLocale::China)),
            QStringLiteral("2026年12月7日 02:30"));
        QCOMPARE(DisplayTime::dateTime(utc, QLocale(QLocale::English, QLocale::UnitedKingdom)),
            QStringLiteral("7 Dec 2026 02:30"));
        // A stored text with an offset means the same moment.
        QCOMPARE(DisplayTime::dateTime(QStringLiteral("2026-12-07T02:30:00+08:00"),
                     QLocale(QLocale::Chinese, QLocale::China)),
            QStringLiteral("2026年12月7日 02:30"));
        QCOMPARE(DisplayTime::dateTime(QStringLiteral("2026-12-06T18:30:00.000Z"),
                     QLocale(QLocale::Chinese, QLocale::China)),
            QStringLiteral("2026年12月7日 02:30"));
        QVERIFY(DisplayTime::dateTime(QStringLiteral("not a time")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDisplayTime)
#include "tst_displaytime.moc"
