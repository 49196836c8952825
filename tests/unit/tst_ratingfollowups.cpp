// Follow-ups of poor ratings on the demo catalog's 2026 calendar: 不满意 and 非常不满意 open one
// each, 15 working days across 国庆; only a supervisor closes one, with a resolution, once; a
// deadline in a year without calendar opens nothing.
#include "caseratingstore.h"
#include "ratingfollowups.h"
#include "supervisiontestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace onewindow;
using casetest::at;

class TestRatingFollowUps : public QObject, casetest::ScenarioStores
{
    Q_OBJECT
    std::unique_ptr<RatingFollowUps> m_followUps;
    FiledApplication m_poor, m_good, m_worst;

    QString rows(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QStringList out;
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        const QString failed = openScenario();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_followUps = std::make_unique<RatingFollowUps>(*m_db);
        m_poor = m_cases->file(QStringLiteral("RS-1"), QStringLiteral("GD-RSJ"), 20, at(9, 14));
        m_good = m_cases->file(QStringLiteral("RS-2"), QStringLiteral("GD-RSJ"), 20, at(9, 14));
        m_worst = m_cases->file(QStringLiteral("MZ-3"), QStringLiteral("GD-MZJ"), 20, at(9, 14));
        QVERIFY(!m_worst.groupId.isEmpty());
        CaseRatingStore ratings(*m_db, *m_sync);
        QVERIFY(ratings.rate(m_poor.groupId, 2, { QStringLiteral("slow") }, at(9, 21)).ok());
        QVERIFY(ratings.rate(m_good.groupId, 4, {}, at(9, 21)).ok());
        QVERIFY(ratings.rate(m_worst.groupId, 1, { QStringLiteral("rude") }, at(9, 22)).ok());
    }
    void cleanup()
    {
        m_followUps.reset();
        closeScenario();
    }

    void opensOneFollowUpForEachPoorRating()
    {
        QVERIFY(m_followUps->openForPoorRatings(m_cases->calendar, at(9, 22)).ok());
        QVERIFY(m_followUps->openForPoorRatings(m_cases->calendar, at(9, 23)).ok());
        // Rated Monday 21 September: 22–24, 28–30 Sep, 8–10 (make-up Saturday), 12–16 and 19
        // Oct are the 15 working days; 25–27 Sep (中秋) and 1–7 Oct are holidays.
        QCOMPARE(rows(QStringLiteral("SELECT group_id, score, due_on, closed_at IS NULL "
                                     "FROM rating_followups ORDER BY due_on")),
            m_poor.groupId + QStringLiteral("|2|2026-10-19|1\n") + m_worst.groupId
                + QStringLiteral("|1|2026-10-20|1"));
        auto open = m_followUps->open(QDate(2026, 10, 19));
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2);
        const RatingFollowUp &first = open->at(0);
        QCOMPARE(first.groupId, m_poor.groupId);
        QCOMPARE(first.receiptNumber, m_poor.receiptNumber);
        QCOMPARE(first.departments, QStringList { QStringLiteral("GD-RSJ") });
        QCOMPARE(first.score, 2);
        QCOMPARE(first.ratedAt, at(9, 21));
        QCOMPARE(first.openedAt, at(9, 22));
        QCOMPARE(first.dueOn, QDate(2026, 10, 19));
        QVERIFY(!first.overdue);
        QCOMPARE(open->at(1).departments, QStringList { QStringLiteral("GD-MZJ") });
        open = m_followUps->open(QDate(2026, 10, 20));
        QVERIFY(open->at(0).overdue);
        QVERIFY(!open->at(1).overdue);
    }

    void onlyASupervisorClosesWithAResolutionOnce()
    {
        QVERIFY(m_followUps->openForPoorRatings(m_cases->calendar, at(9, 22)).ok());
        const QString group = m_poor.groupId;
        const QString done = QStringLiteral("  已回访，窗口增设取号指引  ");
        QCOMPARE(m_followUps
                     ->close(group, done, casetest::reviewerOf(QStringLiteral("GD-RSJ")), at(10, 9))
                     .error()
                     .code,
            QStringLiteral("followups.not_supervisor"));
        QCOMPARE(m_followUps->close(group, done, casetest::kDesk, at(10, 9)).error().code,
            QStringLiteral("followups.not_supervisor"));
        QCOMPARE(m_followUps->close(group, QStringLiteral("  "), casetest::kSupervisor, at(10, 9))
                     .error()
                     .code,
            QStringLiteral("followups.no_resolution"));
        QCOMPARE(m_followUps
                     ->close(group, QStringLiteral("已致电 13800138000"), casetest::kSupervisor,
                         at(10, 9))
                     .error()
                     .code,
            QStringLiteral("followups.personal_resolution"));
        QCOMPARE(m_followUps->open(QDate(2026, 10, 9))->size(), 2); // nothing closed so far

        QVERIFY(m_followUps->close(group, done, casetest::kSupervisor, at(10, 9)).ok());
        QCOMPARE(rows(QStringLiteral("SELECT closed_by, resolution FROM rating_followups "
                                     "WHERE closed_at IS NOT NULL")),
            QStringLiteral("staff:supervisor01|已回访，窗口增设取号指引"));
        const Status again = m_followUps->close(
            group, QStringLiteral("再次关闭"), casetest::kSupervisor, at(10, 12));
        QCOMPARE(again.error().code, QStringLiteral("followups.already_closed"));
        QVERIFY(again.error().message.contains(QStringLiteral("2026-10-09")));
        QVERIFY(again.error().message.contains(QStringLiteral("supervisor01")));
        // Opening again does not reopen a closed one.
        QVERIFY(m_followUps->openForPoorRatings(m_cases->calendar, at(10, 12)).ok());
        const auto open = m_followUps->open(QDate(2026, 10, 12));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().groupId, m_worst.groupId);
        QCOMPARE(m_followUps->close(m_good.groupId, done, casetest::kSupervisor, at(10, 12))
                     .error()
                     .code,
            QStringLiteral("followups.unknown"));
    }

    void aDeadlineInAYearWithoutCalendarOpensNothing()
    {
        const auto late
            = m_cases->file(QStringLiteral("RS-4"), QStringLiteral("GD-RSJ"), 20, at(12, 1));
        QVERIFY(CaseRatingStore(*m_db, *m_sync)
                    .rate(late.groupId, 2, {}, at(12, 20))
                    .ok()); // its 15 working days end in January 2027
        // A terminal whose catalog has only 2026's holidays.
        const Status s = m_followUps->openForPoorRatings(casetest::demoCalendar(2026), at(12, 21));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("cases.calendar_missing"));
        QVERIFY(s.error().message.contains(QStringLiteral("2027")));
        QCOMPARE(
            rows(QStringLiteral("SELECT count(*) FROM rating_followups")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRatingFollowUps)
#include "tst_ratingfollowups.moc"
