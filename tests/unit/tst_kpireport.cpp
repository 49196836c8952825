// The town hall's KPIs for March 2026 on the demo catalog's calendar, from cases filed and
// decided through CaseFiling and CaseDecisions in UTC+8, every figure counted by hand: filings
// and completions on both sides of the local-day edges, a case filed in February and completed
// in March, collected cases, corrections counted as visits, items of online level 2, 3, 4 and
// without one; an empty period; the refusals shared with SupervisionReport; the CSV (BOM, CRLF,
// quoting, formula guard, items in order) and the text for onewindowctl.
#include "kpireport.h"
#include "supervisiontestsupport.h"

#include <ctime>
#include <QTest>

using namespace onewindow;

namespace {

const QString kRsj = QStringLiteral("GD-RSJ");
const KpiPeriod kMarch { QDate(2026, 3, 1), QDate(2026, 3, 31) };
const QDate kToday(2026, 4, 10);

// A local moment of 2026 (the test runs in UTC+8, as a Guangdong terminal does).
QDateTime local(int month, int day, int hour = 10, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second));
}

QByteArray level(int onlineLevel)
{
    return QByteArrayLiteral("{\"code\":\"X\",\"onlineLevel\":") + QByteArray::number(onlineLevel)
        + '}';
}

} // namespace

class TestKpiReport : public QObject, casetest::ScenarioStores
{
    Q_OBJECT
    std::unique_ptr<KpiReport> m_report;

    QString caseOf(const FiledApplication &f) const { return f.cases.value(0).caseId; }

    KpiFigures compute(const KpiPeriod &p)
    {
        auto f = m_report->compute(p, m_cases->calendar, kToday);
        if (!f)
            qWarning() << f.error().message;
        return f ? f.value() : KpiFigures {};
    }

    // Filed, accepted and routed to 人社 in one go, 30 legal days (all on time).
    QString fileAndRoute(FiledApplication &into, const QString &item, const QDateTime &filedAt,
        const QByteArray &snapshot, const QDateTime &routedAt)
    {
        into = m_cases->file(item, kRsj, 30, filedAt, snapshot);
        if (into.cases.size() != 1)
            return QStringLiteral("filing ") + item + QStringLiteral(" failed");
        return m_cases->acceptAndRoute(caseOf(into), { kRsj }, routedAt);
    }

    QString correct(const QString &caseId, const QDateTime &asked, const QDateTime &handedIn)
    {
        CaseRequest r;
        r.action = CaseAction::RequestCorrection;
        r.missing = { QStringLiteral("户口簿") };
        QString failed = m_cases->decide(caseId, r, casetest::kDesk, asked);
        if (failed.isEmpty())
            failed
                = m_cases->decide(caseId, CaseAction::ReceiveCorrection, casetest::kDesk, handedIn);
        return failed;
    }

    // The cases of March 2026 (all 人社, 30 legal days: every completion on time).
    void fileAndDecide()
    {
        auto &s = *m_cases;
        using A = CaseAction;
        const CaseActor rsj = casetest::reviewerOf(kRsj);
        FiledApplication a, b, c, d, e, f, g, h, i, j;
        // A (level 4): filed in February, approved 2 March. 1 visit, completed online.
        QCOMPARE(fileAndRoute(a, QStringLiteral("A-PRIOR"), local(2, 26), level(4), local(2, 26)),
            QString());
        QCOMPARE(s.decide(caseOf(a), A::ApprovePart, rsj, local(3, 2)), QString());
        // B (level 4): filed at the first moment of March, approved at its last, collected in
        // April. 2 visits, not completed online.
        QCOMPARE(
            fileAndRoute(b, QStringLiteral("B"), local(3, 1, 0), level(4), local(3, 2)), QString());
        QCOMPARE(s.decide(caseOf(b), A::ApprovePart, rsj, local(3, 31, 23, 59, 59)), QString());
        QCOMPARE(s.decide(caseOf(b), A::Collect, casetest::kDesk, local(4, 2)), QString());
        // C (level 3): filed at the last moment of February, approved at the first of April.
        QCOMPARE(
            fileAndRoute(c, QStringLiteral("C"), local(2, 28, 23, 59, 59), level(3), local(3, 2)),
            QString());
        QCOMPARE(s.decide(caseOf(c), A::ApprovePart, rsj, local(4, 1, 0)), QString());
        // D (level 3): filed at the last moment of March, still open.
        d = s.file(QStringLiteral("D"), kRsj, 30, local(3, 31, 23, 59, 59), level(3));
        // E (level 4): filed at the first moment of April.
        e = s.file(QStringLiteral("B"), kRsj, 30, local(4, 1, 0), level(4));
        // F (no online level): two corrections handed in, approved, collected. 4 visits.
        f = s.file(QStringLiteral("F"), kRsj, 30, local(3, 3), "{}");
        QCOMPARE(correct(caseOf(f), local(3, 3, 11), local(3, 5)), QString());
        QCOMPARE(
            s.decide(caseOf(f), A::Route, casetest::kDesk, local(3, 5), {}, { kRsj }), QString());
        QCOMPARE(correct(caseOf(f), local(3, 9), local(3, 10)), QString());
        QCOMPARE(
            s.decide(caseOf(f), A::Route, casetest::kDesk, local(3, 10), {}, { kRsj }), QString());
        QCOMPARE(s.decide(caseOf(f), A::ApprovePart, rsj, local(3, 12)), QString());
        QCOMPARE(s.decide(caseOf(f), A::Collect, casetest::kDesk, local(3, 13)), QString());
        // G (level 4): refused, not collected. 1 visit, completed online.
        QCOMPARE(
            fileAndRoute(g, QStringLiteral("B"), local(3, 4), level(4), local(3, 4)), QString());
        QCOMPARE(s.decide(caseOf(g), A::RefusePart, rsj, local(3, 6), QStringLiteral("不符合条件")),
            QString());
        // H (level 3): approved and collected. 2 visits.
        QCOMPARE(fileAndRoute(h, QStringLiteral("D"), local(3, 4, 11), level(3), local(3, 4)),
            QString());
        QCOMPARE(s.decide(caseOf(h), A::ApprovePart, rsj, local(3, 9)), QString());
        QCOMPARE(s.decide(caseOf(h), A::Collect, casetest::kDesk, local(3, 10)), QString());
        // I (level 2) and J (a snapshot that is not JSON: level 1): open.
        i = s.file(QStringLiteral("I"), kRsj, 30, local(3, 5), level(2));
        j = s.file(QStringLiteral("J"), kRsj, 30, local(3, 6), "not json");
        for (const FiledApplication *filed : { &d, &e, &f, &i, &j })
            QCOMPARE(filed->cases.size(), 1);
    }

private slots:
    void initTestCase()
    {
        // Guangdong time, without the zone database: the local-day edges are 16:00 UTC.
        qputenv("TZ", "CST-8");
        tzset();
        QCOMPARE(local(3, 1, 0).toUTC(), QDateTime(QDate(2026, 2, 28), QTime(16, 0), Qt::UTC));
    }

    void init()
    {
        const QString failed = openScenario();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_report = std::make_unique<KpiReport>(*m_db);
        QVERIFY(m_cases->calendar.covers(2026));
        fileAndDecide(); // a failure there skips the test function
    }
    void cleanup()
    {
        m_report.reset();
        closeScenario();
    }

    void countsFiledCasesByOnlineLevel()
    {
        // Filed in March: B, D, F, G, H, I, J (not A, C or E).
        const KpiFigures f = compute(kMarch);
        QCOMPARE(f.period.from, kMarch.from);
        QCOMPARE(f.today, kToday);
        QCOMPARE(f.filed, 7);
        QCOMPARE(f.filedFullyOnline, 2); // B, G
        QCOMPARE(f.filedOnline, 4); // B, G, D, H
        QCOMPARE(*f.fullyOnlineRate(), 2.0 / 7.0);
        QCOMPARE(*f.onlineRate(), 4.0 / 7.0);
    }

    void countsCompletionsAndOnlineCompletions()
    {
        // Completed in March: A (filed before), B (last second), F, G (refused), H; C on 1 April.
        const KpiFigures f = compute(kMarch);
        QCOMPARE(f.completed, 5);
        QCOMPARE(f.completedOnline, 2); // A and G; B was collected at the counter
        QCOMPARE(*f.completedOnlineRate(), 0.4);
        // The same completions as the supervision figures.
        QCOMPARE(f.completion.completed, 5);
        QCOMPARE(f.completion.onTime, 5);
        QCOMPARE(f.clockUnknown, 0);
    }

    void countsVisits()
    {
        // A 1, B 2 (filing, collecting), F 4 (filing, two corrections, collecting), G 1, H 2.
        const KpiFigures f = compute(kMarch);
        QCOMPARE(f.visits, 10);
        QCOMPARE(*f.averageVisits(), 2.0);
    }

    void countsPerItemMostFiledFirst()
    {
        const KpiFigures f = compute(kMarch);
        QStringList rows;
        for (const ItemCount &i : f.perItem)
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(i.itemCode, i.department)
                        .arg(i.filed)
                        .arg(i.completed);
        QCOMPARE(rows,
            (QStringList { QStringLiteral("B GD-RSJ 2 2"), QStringLiteral("D GD-RSJ 2 1"),
                QStringLiteral("F GD-RSJ 1 1"), QStringLiteral("I GD-RSJ 1 0"),
                QStringLiteral("J GD-RSJ 1 0"), QStringLiteral("A-PRIOR GD-RSJ 0 1") }));
        QCOMPARE(f.perItem.first().itemName, QStringLiteral("事项 B"));
    }

    void takesPerDayAndRatingsFromTheSupervisionFigures()
    {
        const KpiFigures f = compute(kMarch);
        QCOMPARE(f.perDay.size(), 31);
        QList<int> days;
        for (const DailyCount &d : f.perDay)
            days << d.submitted;
        QCOMPARE(days.mid(0, 6), (QList<int> { 1, 0, 1, 2, 1, 1 }));
        QCOMPARE(days.at(30), 1); // D at 23:59:59
        // No rating given: A, F, G, H are 基本满意 seven days after completion; B only in April.
        QCOMPARE(f.ratings.size(), 5);
        QCOMPARE(f.ratings.at(2).score, 3);
        QCOMPARE(f.ratings.at(2).count, 4);
        QCOMPARE(f.ratings.at(2).defaulted, 4);
    }

    void givesNoFigureForAnEmptyPeriod()
    {
        const KpiFigures f = compute({ QDate(2026, 1, 1), QDate(2026, 1, 31) });
        QCOMPARE(f.filed, 0);
        QCOMPARE(f.completed, 0);
        QVERIFY(!f.fullyOnlineRate().has_value());
        QVERIFY(!f.onlineRate().has_value());
        QVERIFY(!f.completedOnlineRate().has_value());
        QVERIFY(!f.averageVisits().has_value());
        QVERIFY(!f.completion.onTimeRate().has_value());
        QVERIFY(f.perItem.isEmpty());
        QCOMPARE(f.perDay.size(), 31);
        QCOMPARE(f.ratings.size(), 5);
        const QString text = KpiReport::toText(f);
        QVERIFY(text.contains(QStringLiteral("\nFull-process online handling rate: —\n")));
        QVERIFY(text.contains(QStringLiteral("\nAverage visits per completed case: —\n")));
        QVERIFY(text.contains(QStringLiteral("\nOn-time completion rate: —\n")));
        const QByteArray csv = KpiReport::toCsv(f);
        QVERIFY(csv.contains("\r\nFull-process online handling rate,0,0,\r\n"));
        QVERIFY(csv.contains("\r\nAverage visits per completed case,0,0,\r\n"));
    }

    void refusesWhatSupervisionRefuses()
    {
        auto f = m_report->compute(
            { QDate(2026, 3, 2), QDate(2026, 3, 1) }, m_cases->calendar, kToday);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("supervision.bad_period"));
        f = m_report->compute({ QDate(2016, 1, 1), QDate(2026, 3, 1) }, m_cases->calendar, kToday);
        QCOMPARE(f.error().code, QStringLiteral("supervision.bad_period"));
        f = m_report->compute({ QDate(), QDate(2026, 3, 1) }, m_cases->calendar, kToday);
        QCOMPARE(f.error().code, QStringLiteral("supervision.bad_period"));
        const WorkingDayCalendar only2025({ QDate(2025, 10, 1) }, {});
        f = m_report->compute(kMarch, only2025, kToday);
        QCOMPARE(f.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(f.error().message.contains(QStringLiteral("2026")));
        f = m_report->compute(
            { QDate(2025, 12, 1), QDate(2026, 1, 31) }, m_cases->calendar, kToday);
        QCOMPARE(f.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(f.error().message.contains(QStringLiteral("2025")));
    }

    // A period not yet begun has no figures (the page once showed it as quiet days); one that
    // runs past today has them up to today, and says so.
    void aPeriodInTheFutureSaysSo()
    {
        auto f = m_report->compute(
            { kToday.addDays(1), kToday.addDays(30) }, m_cases->calendar, kToday);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("report.future_period"));
        f = m_report->compute({ kToday.addDays(-3), kToday.addDays(3) }, m_cases->calendar, kToday);
        QVERIFY(f.ok());
        QVERIFY(f->runsPastToday());
        QVERIFY(KpiReport::toText(f.value()).contains(kToday.toString(Qt::ISODate)));
        QVERIFY(!compute(kMarch).runsPastToday());
    }

    void needsOnlyThePeriodsCalendar()
    {
        // March 2026 read on 1 March 2028, on a calendar of 2026 alone: the report of a past
        // year needs that year's holidays, not those of the terminal's clock.
        const WorkingDayCalendar only2026 = casetest::demoCalendar(2026);
        QVERIFY(!only2026.covers(2027) && !only2026.covers(2028));
        const QDate later(2028, 3, 1);
        auto f = m_report->compute(kMarch, only2026, later);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        QCOMPARE(f->today, later);
        QCOMPARE(f->filed, 7);
        QCOMPARE(f->completion.completed, 5);
        QCOMPARE(f->completion.onTime, 5);
        QCOMPARE(f->clockUnknown, 0); // the open cases have no place in the KPIs
        QCOMPARE(f->ratings.at(2).defaulted, 4); // as on 10 April: nothing new in March
        // A period reaching into a year the calendar lacks is still refused, naming the year.
        f = m_report->compute({ QDate(2026, 12, 1), QDate(2027, 1, 31) }, only2026, later);
        QCOMPARE(f.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(f.error().message.contains(QStringLiteral("2027")));
    }

    void exportsCsvForExcel()
    {
        const QByteArray csv = KpiReport::toCsv(compute(kMarch));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(QStringLiteral(
            "KPI report\r\nFrom,To,As of\r\n2026-03-01,2026-03-31,2026-04-10\r\n\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\nThree rates and one number\r\n"
                                             "Figure,Count,Out of,Value\r\n"
                                             "Full-process online handling rate,2,7,28.6%\r\n"
                                             "Online application rate,4,7,57.1%\r\n"
                                             "Online completion rate,2,5,40.0%\r\n"
                                             "Average visits per completed case,10,5,2.0\r\n")));
        QVERIFY(text.contains(
            QStringLiteral("\r\nOn-time completion\r\nCompleted,On time,On-time rate,Average "
                           "working days,Cases without calendar\r\n5,5,100.0%,")));
        QVERIFY(text.contains(QStringLiteral("\r\nCases per item\r\n"
                                             "Item code,Item,Department,Filed,Completed\r\n"
                                             "B,事项 B,GD-RSJ,2,2\r\nD,事项 D,GD-RSJ,2,1\r\n"
                                             "F,事项 F,GD-RSJ,1,1\r\nI,事项 I,GD-RSJ,1,0\r\n"
                                             "J,事项 J,GD-RSJ,1,0\r\n"
                                             "A-PRIOR,事项 A-PRIOR,GD-RSJ,0,1\r\n\r\n")));
        QVERIFY(text.contains(QStringLiteral(
            "\r\nCases per day\r\nDate,Submitted\r\n2026-03-01,1\r\n2026-03-02,0\r\n")));
        QVERIFY(text.endsWith(QStringLiteral("Level,Score,Cases,Of which defaulted\r\n"
                                             "Very satisfied,5,0,0\r\nSatisfied,4,0,0\r\n"
                                             "Fair,3,4,4\r\nDissatisfied,2,0,0\r\n"
                                             "Very dissatisfied,1,0,0\r\n")));
        QCOMPARE(text.count(QLatin1Char('\n')), text.count(QStringLiteral("\r\n"))); // CRLF only
    }

    void quotesAndDisarmsCells()
    {
        KpiFigures f;
        f.period = { QDate(2026, 3, 1), QDate(2026, 3, 1) };
        f.perItem = { { QStringLiteral("=1+1"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                          QStringLiteral("-GD"), 2, 1 },
            { QStringLiteral("@SUM(A1)"), QStringLiteral("两行\n名称"), QStringLiteral("+GD, 民政"),
                1, 0 } };
        const QString text = QString::fromUtf8(KpiReport::toCsv(f));
        QVERIFY(text.contains(
            QStringLiteral("\r\n'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-GD,2,1\r\n")));
        QVERIFY(
            text.contains(QStringLiteral("\r\n'@SUM(A1),\"两行\n名称\",\"'+GD, 民政\",1,0\r\n")));
    }

    void printsOneFigurePerLine()
    {
        const QString text = KpiReport::toText(compute(kMarch));
        QVERIFY(text.startsWith(
            QStringLiteral("KPI report from 2026-03-01 to 2026-03-31, as of 2026-04-10\n")));
        for (const char *line : { "Cases filed: 7", "Cases completed: 5",
                 "Full-process online handling rate: 28.6%", "Online application rate: 57.1%",
                 "Online completion rate: 40.0%", "Average visits per completed case: 2.0",
                 "On-time completion rate: 100.0%", "Cases without calendar: 0", "  Fair: 4",
                 "  B 事项 B: 2, 2", "  A-PRIOR 事项 A-PRIOR: 0, 1" })
            QVERIFY2(text.contains(QLatin1Char('\n') + QString::fromUtf8(line) + QLatin1Char('\n')),
                line);
    }
};

QTEST_GUILESS_MAIN(TestKpiReport)
#include "tst_kpireport.moc"
