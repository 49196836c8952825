// The supervisor's figures on the demo catalog's 2026 calendar, from cases filed and decided
// through CaseFiling and CaseDecisions: on-time against late, paused days left out, one
// department alone, a period without completions, the 7-day default rating, a missing calendar
// year, and the CSV export (BOM, RFC 4180 quoting, formula guard).
#include "caseratingstore.h"
#include "displaytime.h"
#include "supervisionreport.h"
#include "supervisiontestsupport.h"

#include <QTest>

using namespace onewindow;
using casetest::at;

namespace {

const QString kRsj = QStringLiteral("GD-RSJ");
const QString kMzj = QStringLiteral("GD-MZJ");

SupervisionPeriod march(const QString &department = {})
{
    return { QDate(2026, 3, 1), QDate(2026, 3, 31), department };
}

} // namespace

class TestSupervisionReport : public QObject, casetest::ScenarioStores
{
    Q_OBJECT
    std::unique_ptr<SupervisionReport> m_report;
    // A: 人社, 5 days, decided in 4 working days. B: 人社, 5 days, refused after 8. C: 民政,
    // 5 days, 6 working days in a hearing, approved after 3 that count. D: 民政 and 人社 jointly,
    // still under review. E: 人社, a 1-day item only accepted: overdue.
    FiledApplication m_a, m_b, m_c, m_d, m_e;

    QString caseOf(const FiledApplication &f) const { return f.cases.value(0).caseId; }

    SupervisionFigures compute(const SupervisionPeriod &p, QDate today)
    {
        auto f = m_report->compute(p, m_cases->calendar, today);
        if (!f)
            qWarning() << f.error().message;
        return f ? f.value() : SupervisionFigures {};
    }

private slots:
    void init()
    {
        const QString failed = openScenario();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_cases->calendar.covers(2026));
        m_report = std::make_unique<SupervisionReport>(*m_db);
        auto &s = *m_cases;
        using A = CaseAction;
        m_a = s.file(QStringLiteral("RS-A"), kRsj, 5, at(3, 2));
        m_b = s.file(QStringLiteral("RS-B"), kRsj, 5, at(3, 2));
        m_c = s.file(QStringLiteral("MZ-C"), kMzj, 5, at(3, 2));
        m_e = s.file(QStringLiteral("RS-E"), kRsj, 1, at(3, 3));
        m_d = s.file(QStringLiteral("MZ-D"), kMzj, 20, at(3, 4));
        for (const FiledApplication *f : { &m_a, &m_b, &m_c, &m_d, &m_e })
            QCOMPARE(f->cases.size(), 1);
        const CaseActor rsj = casetest::reviewerOf(kRsj);
        const CaseActor mzj = casetest::reviewerOf(kMzj);
        QCOMPARE(s.acceptAndRoute(caseOf(m_a), { kRsj }, at(3, 2)), QString());
        QCOMPARE(s.decide(caseOf(m_a), A::ApprovePart, rsj, at(3, 6)), QString());
        QCOMPARE(s.acceptAndRoute(caseOf(m_b), { kRsj }, at(3, 2)), QString());
        QCOMPARE(s.decide(caseOf(m_b), A::RefusePart, rsj, at(3, 12), QStringLiteral("不符合条件")),
            QString());
        QCOMPARE(s.acceptAndRoute(caseOf(m_c), { kMzj }, at(3, 2)), QString());
        QCOMPARE(
            s.decide(caseOf(m_c), A::StartSpecialProcedure, mzj, at(3, 3), QStringLiteral("听证")),
            QString());
        QCOMPARE(s.decide(caseOf(m_c), A::EndSpecialProcedure, mzj, at(3, 11)), QString());
        QCOMPARE(s.decide(caseOf(m_c), A::ApprovePart, mzj, at(3, 13)), QString());
        QCOMPARE(s.acceptAndRoute(caseOf(m_d), { kMzj, kRsj }, at(3, 4)), QString());
        QCOMPARE(s.decide(caseOf(m_e), A::Accept, casetest::kDesk, at(3, 3)), QString());
    }
    void cleanup()
    {
        m_report.reset();
        closeScenario();
    }

    void countsOnTimeAndLateByTheLegalClock()
    {
        const SupervisionFigures f = compute(march(), QDate(2026, 3, 16));
        QCOMPARE(f.completion.completed, 3);
        QCOMPARE(f.completion.onTime, 2); // A and C; B took 8 of its 5 days
        QCOMPARE(*f.completion.onTimeRate(), 2.0 / 3.0);
        QCOMPARE(f.completion.workingDays, 4 + 8 + 3);
        QCOMPARE(*f.completion.averageWorkingDays(), 5.0);
        QCOMPARE(f.completionByDepartment.size(), 2);
        const CompletionFigure &mzj = f.completionByDepartment.at(0);
        const CompletionFigure &rsj = f.completionByDepartment.at(1);
        QCOMPARE(mzj.department, kMzj);
        QCOMPARE(mzj.completed, 1);
        QCOMPARE(*mzj.onTimeRate(), 1.0);
        QCOMPARE(rsj.department, kRsj);
        QCOMPARE(rsj.completed, 2);
        QCOMPARE(rsj.onTime, 1);
        QCOMPARE(*rsj.onTimeRate(), 0.5);
        QCOMPARE(*rsj.averageWorkingDays(), 6.0);
    }

    void leavesPausedDaysOut()
    {
        // C ran 9 working days from filing to approval (3–13 March), 6 of them (4–11 March) in
        // the hearing: 3 count, within its 5.
        const SupervisionFigures f = compute(march(kMzj), QDate(2026, 3, 16));
        QCOMPARE(f.completion.completed, 1);
        QCOMPARE(f.completion.onTime, 1);
        QCOMPARE(f.completion.workingDays, 3);
    }

    void showsTheBacklogAndTheOverdueCases()
    {
        const SupervisionFigures f = compute(march(), QDate(2026, 3, 16));
        QCOMPARE(f.backlogByDepartment.size(), 2);
        QCOMPARE(f.backlogByDepartment.at(0).department, kMzj);
        QCOMPARE(f.backlogByDepartment.at(0).openCases, 1); // D
        QCOMPARE(f.backlogByDepartment.at(0).openReviewTasks, 1); // D's 民政 part
        QCOMPARE(f.backlogByDepartment.at(1).department, kRsj);
        QCOMPARE(f.backlogByDepartment.at(1).openCases, 1); // E
        QCOMPARE(f.backlogByDepartment.at(1).openReviewTasks, 1); // D's 人社 part
        QCOMPARE(f.backlogByItem.size(), 2);
        QCOMPARE(f.backlogByItem.at(0).itemCode, QStringLiteral("MZ-D"));
        QCOMPARE(f.backlogByItem.at(1).itemCode, QStringLiteral("RS-E"));
        // E, filed Tuesday 3 March with one working day, was due on 4 March; by 16 March it has
        // run 9 working days (4–6, 9–13, 16): 8 over.
        QCOMPARE(f.overdue.size(), 1);
        const OverdueCase &e = f.overdue.first();
        QCOMPARE(e.caseId, caseOf(m_e));
        QCOMPARE(e.receiptNumber, m_e.receiptNumber);
        QCOMPARE(e.itemCode, QStringLiteral("RS-E"));
        QCOMPARE(e.itemName, QStringLiteral("事项 RS-E"));
        QCOMPARE(e.department, kRsj);
        QCOMPARE(e.committedDue, QDate(2026, 3, 4));
        QCOMPARE(e.daysOver, 8);
        // Its committed and legal limits are the same day.
        QCOMPARE(e.legalDue, QDate(2026, 3, 4));
        QVERIFY(e.pastLegalLimit);
        QCOMPARE(e.daysOverLegal, 8);
    }

    // Issue 24 item 4: the supervisor counted 当前超期 against the legal limit while the inbox
    // and the citizen's receipt count the committed date. F promises 5 working days of a legal
    // 20: filed Monday 2 March, committed for 9 March (3–6, 9), legally due 30 March.
    void countsOverdueAgainstTheCommittedDateAsTheInboxDoes()
    {
        const FiledApplication f
            = m_cases->file(QStringLiteral("RS-F"), kRsj, 20, at(3, 2), "{}", 5);
        QCOMPARE(f.cases.size(), 1);
        QCOMPARE(
            m_cases->decide(caseOf(f), CaseAction::Accept, casetest::kDesk, at(3, 2)), QString());

        // On its committed date it is not late yet.
        SupervisionFigures figures = compute(march(), QDate(2026, 3, 9));
        for (const OverdueCase &o : figures.overdue)
            QVERIFY(o.caseId != caseOf(f));

        // On 16 March it has run 10 working days (3–6, 9–13, 16): 5 past what was promised,
        // well inside the legal 20.
        figures = compute(march(), QDate(2026, 3, 16));
        QCOMPARE(figures.overdue.size(), 2);
        QCOMPARE(figures.overdue.at(0).caseId, caseOf(m_e)); // 8 over first
        const OverdueCase &o = figures.overdue.at(1);
        QCOMPARE(o.caseId, caseOf(f));
        QCOMPARE(o.committedDue, QDate(2026, 3, 9));
        QCOMPARE(o.daysOver, 5);
        QCOMPARE(o.legalDue, QDate(2026, 3, 30));
        QVERIFY(!o.pastLegalLimit);
        QCOMPARE(o.daysOverLegal, 0);
        // Which date is which, in words.
        const QString dates = SupervisionReport::overdueDatesText(o);
        QVERIFY2(dates.contains(QStringLiteral("committed date")), qPrintable(dates));
        QVERIFY(dates.contains(DisplayTime::date(QDate(2026, 3, 9))));
        QVERIFY(dates.contains(QStringLiteral(", 5 working day"))); // plural by the .ts
        QVERIFY(dates.contains(QStringLiteral("legal limit")));
        QVERIFY(dates.contains(DisplayTime::date(QDate(2026, 3, 30))));
        QVERIFY(dates.contains(QStringLiteral("not reached yet")));
        QVERIFY2(SupervisionReport::overdueDatesText(figures.overdue.at(0))
                     .contains(QStringLiteral("legal limit %1, 8 working day")
                                   .arg(DisplayTime::date(QDate(2026, 3, 4)))),
            qPrintable(SupervisionReport::overdueDatesText(figures.overdue.at(0))));
        // The export names both dates in their own columns.
        const QString csv = QString::fromUtf8(SupervisionReport::toCsv(figures));
        QVERIFY(csv.contains(QStringLiteral("2026-03-09,5,2026-03-30,0")));
    }

    void countsACaseWithoutCalendarApartInsteadOfFailing()
    {
        // Filed in mid-December 2025, a year the demo calendar does not know: its clock cannot
        // be read, but the town hall's other figures still can.
        const FiledApplication old = m_cases->file(
            QStringLiteral("RS-OLD"), kRsj, 20, QDateTime(QDate(2025, 12, 15), QTime(10, 0)));
        QCOMPARE(old.cases.size(), 1);
        const SupervisionFigures f = compute(march(), QDate(2026, 3, 16));
        QCOMPARE(f.clockUnknown, 1);
        QCOMPARE(f.overdue.size(), 1); // E only
        QCOMPARE(f.backlogByDepartment.at(1).openCases, 2); // E and the old case
    }

    void countsCasesPerDayWithTheQuietDays()
    {
        const SupervisionFigures f = compute(march(), QDate(2026, 3, 16));
        QCOMPARE(f.perDay.size(), 31);
        QCOMPARE(f.perDay.at(0).day, QDate(2026, 3, 1));
        QCOMPARE(f.perDay.at(0).submitted, 0);
        QCOMPARE(f.perDay.at(1).submitted, 3); // A, B, C on 2 March
        QCOMPARE(f.perDay.at(2).submitted, 1); // E
        QCOMPARE(f.perDay.at(3).submitted, 1); // D
        int total = 0;
        for (const DailyCount &d : f.perDay)
            total += d.submitted;
        QCOMPARE(total, 5);
    }

    void filtersOneDepartment()
    {
        const SupervisionFigures f = compute(march(kRsj), QDate(2026, 3, 16));
        QCOMPARE(f.completion.department, kRsj);
        QCOMPARE(f.completion.completed, 2);
        QCOMPARE(f.completion.onTime, 1);
        QCOMPARE(f.completionByDepartment.size(), 1);
        QCOMPARE(f.backlogByDepartment.size(), 1);
        QCOMPARE(f.backlogByDepartment.first().openCases, 1);
        QCOMPARE(f.backlogByDepartment.first().openReviewTasks, 1);
        QCOMPARE(f.overdue.size(), 1);
        QCOMPARE(f.perDay.at(1).submitted, 2);
        QCOMPARE(f.perDay.at(3).submitted, 0); // D belongs to 民政
    }

    void givesNoOnTimeFigureForAPeriodWithoutCompletions()
    {
        const SupervisionFigures f
            = compute({ QDate(2026, 2, 1), QDate(2026, 2, 28), {} }, QDate(2026, 3, 16));
        QCOMPARE(f.completion.completed, 0);
        QVERIFY(!f.completion.onTimeRate().has_value()); // not 100%
        QVERIFY(!f.completion.averageWorkingDays().has_value());
        QVERIFY(f.completionByDepartment.isEmpty());
        QCOMPARE(f.perDay.size(), 28);
        QVERIFY(QByteArray(SupervisionReport::toCsv(f)).contains(",0,0,,\r\n"));
    }

    void countsAMissingRatingAsFairAfterSevenDays()
    {
        CaseRatingStore ratings(*m_db, *m_sync);
        QVERIFY(ratings.rate(m_c.groupId, 1, { QStringLiteral("slow") }, at(3, 13)).ok());
        // 12 March: A (completed Friday 6 March) is still inside its 7 days.
        SupervisionFigures f = compute(march(), QDate(2026, 3, 12));
        QCOMPARE(f.ratings.size(), 5);
        QCOMPARE(f.ratings.at(2).score, 3);
        QCOMPARE(f.ratings.at(2).count, 0);
        QCOMPARE(f.awaitingRating, 2); // A and B
        // 13 March: A counts as 基本满意, defaulted; C's rating is given; B (12 March) waits.
        f = compute(march(), QDate(2026, 3, 13));
        QList<int> counts;
        for (const RatingLevel &r : f.ratings)
            counts << r.count;
        QCOMPARE(counts, (QList<int> { 0, 0, 1, 0, 1 }));
        QCOMPARE(f.ratings.at(2).defaulted, 1);
        QCOMPARE(f.ratings.at(4).score, 1);
        QCOMPARE(f.ratings.at(4).defaulted, 0);
        QCOMPARE(f.defaultedRatings(), 1);
        QCOMPARE(f.awaitingRating, 1);
        // 民政 alone: only C's rating.
        f = compute(march(kMzj), QDate(2026, 3, 31));
        QCOMPARE(f.ratings.at(4).count, 1);
        QCOMPARE(f.defaultedRatings(), 0);
        QCOMPARE(SupervisionReport::ratingLevelName(3), QStringLiteral("Fair"));
    }

    void refusesAYearWithoutCalendar()
    {
        const WorkingDayCalendar only2025({ QDate(2025, 10, 1) }, {});
        auto f = m_report->compute(march(), only2025, QDate(2026, 3, 16));
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(f.error().message.contains(QStringLiteral("2026")));
        // A period reaching back into 2025 on the 2026 calendar.
        f = m_report->compute(
            { QDate(2025, 12, 1), QDate(2026, 1, 31), {} }, m_cases->calendar, QDate(2026, 3, 16));
        QCOMPARE(f.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(f.error().message.contains(QStringLiteral("2025")));
        QCOMPARE(m_report
                     ->compute({ QDate(2026, 3, 2), QDate(2026, 3, 1), {} }, m_cases->calendar,
                         QDate(2026, 3, 16))
                     .error()
                     .code,
            QStringLiteral("supervision.bad_period"));
    }

    void readsThePeriodAloneWithoutTodaysCalendar()
    {
        // On 1 March 2028, with the holidays of 2026 only: the backlog (as of today) cannot be
        // counted, the figures of March 2026 can.
        const WorkingDayCalendar only2026 = casetest::demoCalendar(2026);
        const QDate later(2028, 3, 1);
        auto whole = m_report->compute(march(), only2026, later);
        QCOMPARE(whole.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(whole.error().message.contains(QStringLiteral("2028")));
        auto period = m_report->computePeriod(march(), only2026, later);
        QVERIFY2(period.ok(), period.ok() ? "" : qPrintable(period.error().message));
        QCOMPARE(period->completion.completed, 3);
        QCOMPARE(period->completion.onTime, 2);
        QCOMPARE(period->perDay.size(), 31);
        QVERIFY(period->backlogByDepartment.isEmpty());
        QVERIFY(period->overdue.isEmpty());
        QCOMPARE(period->clockUnknown, 0);
        // The period's own years are still needed.
        period = m_report->computePeriod(
            { QDate(2025, 12, 1), QDate(2026, 1, 31), {} }, only2026, QDate(2026, 3, 16));
        QCOMPARE(period.error().code, QStringLiteral("cases.calendar_missing"));
    }

    void exportsCsvForExcel()
    {
        const QByteArray csv = SupervisionReport::toCsv(compute(march(), QDate(2026, 3, 16)));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QVERIFY(text.startsWith(
            QStringLiteral("Supervision report\r\nFrom,To,Department,As of\r\n"
                           "2026-03-01,2026-03-31,All departments,2026-03-16\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\nBacklog by department\r\n"
                                             "Department,Open cases,Open review tasks\r\n"
                                             "GD-MZJ,1,1\r\nGD-RSJ,1,1\r\n")));
        QVERIFY(text.contains(QStringLiteral("GD-RSJ,2,1,50.0%,6.0\r\n")));
        QVERIFY(text.contains(QStringLiteral("All departments,3,2,66.7%,5.0\r\n")));
        QVERIFY(
            text.contains(QStringLiteral(",RS-E,事项 RS-E,GD-RSJ,2026-03-04,8,2026-03-04,8\r\n")));
        QVERIFY(text.contains(QStringLiteral("2026-03-02,3\r\n2026-03-03,1\r\n")));
        QVERIFY(text.contains(QStringLiteral("Level,Score,Cases,Of which defaulted\r\n"
                                             "Very satisfied,5,0,0\r\n")));
        QCOMPARE(text.count(QLatin1Char('\n')), text.count(QStringLiteral("\r\n"))); // CRLF only
    }

    void quotesAndDisarmsCells()
    {
        SupervisionFigures f;
        f.period = { QDate(2026, 3, 1), QDate(2026, 3, 1), {} };
        f.backlogByItem
            = { { QStringLiteral("=1+1"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                    QStringLiteral("-GD"), 2 },
                  { QStringLiteral("@SUM(A1)"), QStringLiteral("两行\n名称"),
                      QStringLiteral("+GD, 民政"), 1 } };
        const QString text = QString::fromUtf8(SupervisionReport::toCsv(f));
        QVERIFY(text.contains(
            QStringLiteral("'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-GD,2\r\n")));
        QVERIFY(text.contains(QStringLiteral("'@SUM(A1),\"两行\n名称\",\"'+GD, 民政\",1\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestSupervisionReport)
#include "tst_supervisionreport.moc"
