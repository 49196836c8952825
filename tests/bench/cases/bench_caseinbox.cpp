// Inbox benchmark: CaseInbox::list over a town hall's year of cases (100,000 by default), p50/p99
// for each role's inbox and its filters, against the same calls on a copy of the database whose
// case indexes are dropped: the ratio says what the indexes buy, the budget is p99 under 100 ms.
// It prints SQLite's plan of each query as CaseInbox ran it (captured by a statement trace).
// Reports, never asserts a time.
//   bench_caseinbox DEMO_CATALOG.json [CASES] [RUNS]
#include "caseinbox.h"
#include "catalogparser.h"
#include "database.h"
#include "timestamp.h"
#include "workingdaycalendar.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <span>
#include <sqlite3.h>
#include <vector>

using namespace onewindow;

namespace {

const QDate kToday(2026, 12, 1);
constexpr double kBudgetMs = 100;
const int kLimit = InboxFilter {}.limit; // what the back office asks for

struct Scenario
{
    const char *name;
    InboxFilter filter;
};

struct Timing
{
    double firstMs = 0;
    double p50 = 0;
    double p99 = 0;
    double sqlP50 = 0; // the statement alone, without the clock readings and the sort
    qsizetype rows = 0;
    QString sql; // the inbox query as CaseInbox ran it, values bound
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// A status for a case filed `age` days ago: most older cases are done, a few still open and
// late; recent ones spread over the whole workflow.
QString statusFor(int age, QRandomGenerator &rng)
{
    struct Share
    {
        double upTo;
        const char *status;
    };
    static const Share old[] = { { 0.80, "collected" }, { 0.86, "refused" }, { 0.89, "rejected" },
        { 0.91, "withdrawn" }, { 0.97, "approved" }, { 1.0, "in_review" } };
    static const Share recent[] = { { 0.15, "submitted" }, { 0.20, "pre_checked" },
        { 0.30, "accepted" }, { 0.65, "in_review" }, { 0.73, "correction_requested" },
        { 0.77, "special_procedure" }, { 0.90, "approved" }, { 0.92, "refused" },
        { 0.97, "collected" }, { 0.99, "rejected" }, { 1.0, "withdrawn" } };
    const double u = rng.generateDouble();
    for (const Share &s : (age > 45 ? std::span<const Share>(old) : std::span<const Share>(recent)))
        if (u < s.upTo)
            return QLatin1String(s.status);
    return QStringLiteral("in_review");
}

bool exec(QSqlQuery &q, QTextStream &out)
{
    if (q.exec())
        return true;
    out << "insert failed: " << q.lastError().text() << Qt::endl;
    return false;
}

// The cases, their submissions, review tasks and clock pauses, in one transaction. Applicant
// data is random bytes where the terminal stores sealed blobs: the inbox never opens them.
bool fillDatabase(Database &db, const QList<CatalogItem> &items, const WorkingDayCalendar &calendar,
    int count, QTextStream &out)
{
    QRandomGenerator rng(20260301);
    QSqlDatabase c = db.connection();
    QSqlQuery group(c), kase(c), task(c), pause(c);
    group.prepare(QStringLiteral("INSERT INTO case_groups(group_id, receipt_number, "
                                 "filing_terminal, submitted_at, subject_lookup, subject_masked, "
                                 "people, answers, data_use) VALUES (?,?,?,?,?,?,?,?,?)"));
    kase.prepare(QStringLiteral("INSERT INTO cases(case_id, group_id, item_code, item_name, "
                                "department, catalog_version, item_snapshot, status, legal_days, "
                                "promised_days, extension_days, due_date, materials, submitted_at, "
                                "updated_at, last_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    task.prepare(QStringLiteral("INSERT INTO review_tasks(case_id, department, status, "
                                "opened_at, decided_by, decided_at) VALUES (?,?,?,?,?,?)"));
    pause.prepare(QStringLiteral("INSERT INTO clock_pauses(case_id, kind, started_on, ended_on, "
                                 "reason) VALUES (?,?,?,?,?)"));
    auto blob = [&rng](int size) {
        QByteArray b(size, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
        return b;
    };
    const QDate first(2026, 1, 5);
    const int span = int(first.daysTo(QDate(2026, 11, 30)));
    return db
        .transaction([&]() -> Status {
            const Error failed { QStringLiteral("bench.insert"), QStringLiteral("insert failed") };
            int made = 0;
            for (int g = 0; made < count; ++g) {
                const QString groupId = QStringLiteral("G%1").arg(g, 7, 10, QLatin1Char('0'));
                // Filed in time order, as a terminal stores them, over the year so far.
                const double progress = double(made) / count * (span + 1);
                const QDate day = first.addDays(qint64(progress));
                const QDateTime submitted(
                    day, QTime(8, 30).addSecs(int((progress - qint64(progress)) * 9 * 3600)));
                const int age = int(day.daysTo(kToday));
                for (const QVariant &v : { QVariant(groupId),
                         QVariant(QStringLiteral("GZ2026%1").arg(g, 8, 10, QLatin1Char('0'))),
                         QVariant(
                             QStringLiteral("GZ-TH-KIOSK-%1").arg(g % 12, 4, 10, QLatin1Char('0'))),
                         QVariant(utcTimestamp(submitted)), QVariant(blob(32)),
                         QVariant(QStringLiteral("张**")), QVariant(blob(160)), QVariant(blob(480)),
                         QVariant(blob(96)) })
                    group.addBindValue(v);
                if (!exec(group, out))
                    return failed;
                const double u = rng.generateDouble();
                const int inGroup = u < 0.80 ? 1 : u < 0.95 ? 2 : 3;
                for (int k = 0; k < inGroup && made < count; ++k, ++made) {
                    // Popular items first: a quarter of the catalog takes most of the cases.
                    const double pick = rng.generateDouble();
                    const CatalogItem &item = items.at(int(pick * pick * double(items.size())));
                    const QString caseId = QStringLiteral("C%1").arg(made, 7, 10, QLatin1Char('0'));
                    const QString status = statusFor(age, rng);
                    auto due = calendar.addWorkingDays(day, item.legalLimitDays);
                    for (const QVariant &v : { QVariant(caseId), QVariant(groupId),
                             QVariant(item.code), QVariant(item.name), QVariant(item.department),
                             QVariant(QStringLiteral("bench")), QVariant(QByteArray("{}")),
                             QVariant(status), QVariant(item.legalLimitDays),
                             QVariant(item.promisedLimitDays), QVariant(0),
                             due ? QVariant(due->toString(Qt::ISODate)) : QVariant(),
                             QVariant(QByteArray("[]")), QVariant(utcTimestamp(submitted)),
                             QVariant(utcTimestamp(submitted)), QVariant(3) })
                        kase.addBindValue(v);
                    if (!exec(kase, out))
                        return failed;
                    const bool running = status == u"in_review" || status == u"special_procedure";
                    const bool decided
                        = status == u"approved" || status == u"refused" || status == u"collected";
                    QStringList departments { item.department };
                    if (rng.bounded(100) < 15) { // 并联审批 with a second department
                        const QString other = items.at(rng.bounded(int(items.size()))).department;
                        if (other != item.department)
                            departments.append(other);
                    }
                    if (running || decided) {
                        for (const QString &d : departments) {
                            const QString taskStatus = running
                                ? QStringLiteral("open")
                                : (status == u"refused" && d == item.department
                                        ? QStringLiteral("refused")
                                        : QStringLiteral("approved"));
                            const QString opened = utcTimestamp(submitted.addDays(1));
                            for (const QVariant &v : { QVariant(caseId), QVariant(d),
                                     QVariant(taskStatus), QVariant(opened),
                                     running ? QVariant() : QVariant(QStringLiteral("staff:bench")),
                                     running ? QVariant() : QVariant(opened) })
                                task.addBindValue(v);
                            if (!exec(task, out))
                                return failed;
                        }
                    }
                    const bool waiting
                        = status == u"correction_requested" || status == u"special_procedure";
                    if (waiting || (decided && rng.bounded(100) < 15)) {
                        const QDate from = day.addDays(2);
                        for (const QVariant &v : { QVariant(caseId),
                                 QVariant(status == u"special_procedure"
                                         ? QStringLiteral("special_procedure")
                                         : QStringLiteral("correction")),
                                 QVariant(from.toString(Qt::ISODate)),
                                 waiting ? QVariant()
                                         : QVariant(from.addDays(5).toString(Qt::ISODate)),
                                 QVariant(QStringLiteral("bench")) })
                            pause.addBindValue(v);
                        if (!exec(pause, out))
                            return failed;
                    }
                }
            }
            return {};
        })
        .ok();
}

// The inbox statement as SQLite ran it, with its values, for EXPLAIN QUERY PLAN.
int captureInboxSql(unsigned, void *context, void *statement, void *)
{
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql && qstrncmp(sql, "SELECT c.case_id", 16) == 0)
        *static_cast<QString *>(context) = QString::fromUtf8(sql);
    sqlite3_free(sql);
    return 0;
}

// Qt's own handle of the connection (Database keeps its handle to itself).
sqlite3 *sqliteOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
}

Timing measure(
    Database &db, const InboxFilter &filter, const WorkingDayCalendar &calendar, int runs)
{
    CaseInbox inbox(db);
    Timing t;
    sqlite3_trace_v2(sqliteOf(db), SQLITE_TRACE_STMT, captureInboxSql, &t.sql);
    QElapsedTimer timer;
    timer.start();
    auto first = inbox.list(filter, calendar, kToday);
    t.firstMs = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_trace_v2(sqliteOf(db), 0, nullptr, nullptr);
    t.rows = first ? first->size() : -1;
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        auto rows = inbox.list(filter, calendar, kToday);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!rows)
            t.rows = -1;
    }
    t.p50 = percentile(ms, 0.5);
    t.p99 = percentile(ms, 0.99);
    std::vector<double> sqlMs;
    QSqlQuery q(db.connection());
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        q.exec(t.sql);
        while (q.next()) { }
        sqlMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    t.sqlP50 = percentile(sqlMs, 0.5);
    return t;
}

QStringList planOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QStringList plan;
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return { q.lastError().text() };
    while (q.next())
        plan.append(q.value(3).toString());
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QFile catalogFile(args.value(1));
    if (!catalogFile.open(QIODevice::ReadOnly)) {
        out << "usage: bench_caseinbox DEMO_CATALOG.json [CASES] [RUNS]" << Qt::endl;
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int runs = args.size() > 3 ? qMax(2, args.at(3).toInt()) : 30;
    const auto parsed = CatalogParser::parse(catalogFile.readAll());
    if (parsed.catalog.items.isEmpty())
        return 1;
    const WorkingDayCalendar calendar(parsed.catalog.holidays, parsed.catalog.workdays);

    QTemporaryDir tmp;
    Database::Options options;
    options.integrityCheck = false; // a check of 100,000 rows is not what is measured
    auto db = Database::open(tmp.filePath(QStringLiteral("indexed.sqlite")), options);
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (!fillDatabase(*db.value(), parsed.catalog.items, calendar, count, out))
        return 1;
    QSqlQuery q(db.value()->connection());
    // Statistics for the planner, and the rows moved out of the write-ahead log into the file,
    // as on a terminal that has run for a while; the copy below is compact too.
    if (!q.exec(QStringLiteral("ANALYZE"))
        || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return 1;
    out << QStringLiteral("database: %1 cases in %2 ms").arg(count).arg(timer.elapsed())
        << Qt::endl;
    for (const char *sql :
        { "SELECT count(*) FROM case_groups", "SELECT count(*) FROM review_tasks",
            "SELECT count(*) FROM review_tasks WHERE status = 'open'",
            "SELECT count(*) FROM clock_pauses",
            "SELECT count(*) FROM cases WHERE status NOT IN ('rejected','collected','withdrawn')" })
        if (q.exec(QLatin1String(sql)) && q.next())
            out << "  " << sql << ": " << q.value(0).toInt() << Qt::endl;

    // The copy without the indexes of migration 0005 on cases and review tasks.
    const QString bare = tmp.filePath(QStringLiteral("unindexed.sqlite"));
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(bare)))
        return 1;
    auto unindexed = Database::open(bare, options);
    if (!unindexed)
        return 1;
    QSqlQuery drop(unindexed.value()->connection());
    QStringList dropped;
    if (!drop.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "sql IS NOT NULL AND (name LIKE 'cases\\_%' ESCAPE '\\' OR "
                                  "name = 'review_tasks_open')")))
        return 1;
    while (drop.next())
        dropped.append(drop.value(0).toString());
    for (const QString &name : dropped)
        if (!drop.exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return 1;
    out << "dropped in the copy: " << dropped.join(QStringLiteral(", ")) << Qt::endl;

    // The busiest department and item, as a supervisor would filter them.
    QString department, item;
    if (q.exec(QStringLiteral("SELECT department, item_code FROM cases GROUP BY item_code "
                              "ORDER BY count(*) DESC LIMIT 1"))
        && q.next()) {
        department = q.value(0).toString();
        item = q.value(1).toString();
    }
    const QString quiet = QStringLiteral("GD-CL"); // 残联: few cases
    const Scenario scenarios[] = {
        { "front desk", InboxFilter { StaffRole::FrontDesk, {}, {}, {}, kLimit } },
        { "front desk, status submitted",
            InboxFilter { StaffRole::FrontDesk, {}, {}, QStringLiteral("submitted"), kLimit } },
        { "reviewer, busiest department",
            InboxFilter { StaffRole::Reviewer, department, {}, {}, kLimit } },
        { "reviewer, quiet department",
            InboxFilter { StaffRole::Reviewer, quiet, {}, {}, kLimit } },
        { "reviewer, busiest item",
            InboxFilter { StaffRole::Reviewer, department, item, {}, kLimit } },
        { "supervisor", InboxFilter { StaffRole::Supervisor, {}, {}, {}, kLimit } },
        { "supervisor, busiest item", InboxFilter { StaffRole::Supervisor, {}, item, {}, kLimit } },
        { "supervisor, status in_review",
            InboxFilter { StaffRole::Supervisor, {}, {}, QStringLiteral("in_review"), kLimit } },
        { "supervisor, status special_procedure",
            InboxFilter {
                StaffRole::Supervisor, {}, {}, QStringLiteral("special_procedure"), kLimit } },
    };
    bool allWithin = true;
    for (const Scenario &s : scenarios) {
        const Timing with = measure(*db.value(), s.filter, calendar, runs);
        const Timing without = measure(*unindexed.value(), s.filter, calendar, qMax(2, runs / 3));
        if (with.rows < 0 || without.rows != with.rows) {
            out << s.name << ": the inbox failed or the copies differ" << Qt::endl;
            return 1;
        }
        const bool within = with.p99 < kBudgetMs;
        allWithin = allWithin && within;
        out << QStringLiteral("%1 (%2 rows): indexed first %3 ms, p50 %4 ms, p99 %5 ms (%6 the "
                              "100 ms budget); unindexed p50 %7 ms, p99 %8 ms; ratio "
                              "unindexed/indexed at p50 %9x; the SQL alone p50 %10 ms indexed, "
                              "%11 ms unindexed")
                   .arg(QLatin1String(s.name))
                   .arg(with.rows)
                   .arg(with.firstMs, 0, 'f', 1)
                   .arg(with.p50, 0, 'f', 1)
                   .arg(with.p99, 0, 'f', 1)
                   .arg(within ? QStringLiteral("within") : QStringLiteral("OVER"))
                   .arg(without.p50, 0, 'f', 1)
                   .arg(without.p99, 0, 'f', 1)
                   .arg(without.p50 / with.p50, 0, 'f', 1)
                   .arg(with.sqlP50, 0, 'f', 1)
                   .arg(without.sqlP50, 0, 'f', 1)
            << Qt::endl;
        out << "  plan: " << planOf(*db.value(), with.sql).join(QStringLiteral(" | ")) << Qt::endl;
        out << "  plan without indexes: "
            << planOf(*unindexed.value(), without.sql).join(QStringLiteral(" | ")) << Qt::endl;
    }
    out << (allWithin ? "every inbox within budget" : "some inbox OVER budget") << Qt::endl;
    return 0;
}
