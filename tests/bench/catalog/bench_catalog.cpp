// Catalog benchmark, each figure a ratio against a baseline measured in the same run:
//   import of N items (OneWindow: rows + FTS5 + pinyin) against the sqlite3 command line loading
//   the same item rows; search per keystroke (p50/p99) against a plain LIKE '%q%' scan;
//   resident memory after import. Reports, never asserts a time.
//   bench_catalog DEMO_CATALOG.json [N]
#include "catalogparser.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "database.h"
#include "pinyintranscriber.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <vector>

using namespace onewindow;

namespace {

// N items made from the demo catalog's: the same names prefixed with a city and a number.
Catalog synthetic(const Catalog &demo, int count)
{
    static const char *const cities[] = { "广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江",
        "肇庆", "江门", "茂名", "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山" };
    Catalog out = demo;
    out.items.clear();
    out.items.reserve(count);
    for (int n = 0; n < count; ++n) {
        CatalogItem item = demo.items.at(n % demo.items.size());
        const int round = n / int(demo.items.size());
        if (round > 0) {
            const QString city = QString::fromUtf8(cities[round % std::size(cities)]);
            item.name = QStringLiteral("%1市%2（%3）").arg(city, item.name).arg(round);
            item.shortName = city + item.shortName;
        }
        item.code = QStringLiteral("BENCH-%1").arg(n, 8, 10, QLatin1Char('0'));
        item.parallelWith.clear();
        out.items << item;
    }
    return out;
}

QString sqlText(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

// The baseline import: the same item rows, one transaction, through the sqlite3 shell.
double sqliteShellMs(const Catalog &catalog, const QString &dir)
{
    QFile script(dir + QStringLiteral("/rows.sql"));
    if (!script.open(QIODevice::WriteOnly))
        return -1;
    QTextStream s(&script);
    s << "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE catalog_items (id "
         "INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT, short_name TEXT, department "
         "TEXT, themes TEXT, snapshot TEXT) STRICT; BEGIN;\n";
    for (qsizetype i = 0; i < catalog.items.size(); ++i) {
        const CatalogItem &it = catalog.items.at(i);
        s << "INSERT INTO catalog_items VALUES (" << i + 1 << ',' << sqlText(it.code) << ','
          << sqlText(it.name) << ',' << sqlText(it.shortName) << ',' << sqlText(it.department)
          << ',' << sqlText(it.themes.join(QLatin1Char('|'))) << ','
          << sqlText(QString::fromUtf8(it.snapshot)) << ");\n";
    }
    s << "COMMIT;\n";
    s.flush();
    script.close();
    QProcess sqlite;
    sqlite.setStandardInputFile(script.fileName());
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), { dir + QStringLiteral("/baseline.sqlite") });
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QFile demoFile(args.value(1));
    if (!demoFile.open(QIODevice::ReadOnly)) {
        out << "usage: bench_catalog DEMO_CATALOG.json [N]" << Qt::endl;
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 50000;
    const auto demo = CatalogParser::parse(demoFile.readAll());
    if (!demo.issues.isEmpty())
        return 1;
    const Catalog catalog = synthetic(demo.catalog, count);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db)
        return 1;
    PinyinTranscriber pinyin;
    CatalogStore store(*db.value(), pinyin);
    QElapsedTimer timer;
    timer.start();
    const Status applied = db.value()->transaction([&]() -> Status {
        auto id = store.addVersion(catalog, "{}", "sig", QDateTime::currentDateTimeUtc());
        return id ? store.replaceActive(catalog, id.value(), QDateTime::currentDateTimeUtc())
                  : Status(id.error());
    });
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!applied)
        return 1;
    const long rss = residentKiB();
    const double shellMs = sqliteShellMs(catalog, dir.path());
    out << QStringLiteral("import %1 items: %2 ms; sqlite3 shell, same rows: %3 ms; ratio %4 "
                          "(budget 3)")
               .arg(count)
               .arg(importMs, 0, 'f', 0)
               .arg(shellMs, 0, 'f', 0)
               .arg(importMs / shellMs, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("resident memory after import: %1 MiB").arg(rss / 1024) << Qt::endl;

    // Every prefix of each query is one keystroke on the kiosk's keyboard.
    const QStringList queries = { QStringLiteral("社保"), QStringLiteral("养老保险"),
        QStringLiteral("shebao"), QStringLiteral("yanglao"), QStringLiteral("gongjijin"),
        QStringLiteral("sbk"), QStringLiteral("ylbx"), QStringLiteral("gjj") };
    CatalogSearch search(*db.value());
    QSqlQuery like(db.value()->connection());
    like.prepare(QStringLiteral("SELECT code, name FROM catalog_items WHERE name LIKE ? OR "
                                "short_name LIKE ? LIMIT 20"));
    std::vector<double> ours;
    std::vector<double> baseline;
    QString slowest;
    double slowestMs = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            for (qsizetype k = 1; k <= q.size(); ++k) {
                CatalogSearchQuery query;
                query.text = q.left(k);
                timer.restart();
                const auto hits = search.search(query);
                ours.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (ours.back() > slowestMs) {
                    slowestMs = ours.back();
                    slowest = query.text;
                }
                if (!hits)
                    return 1;
                timer.restart();
                const QString pattern = QLatin1Char('%') + q.left(k) + QLatin1Char('%');
                like.bindValue(0, pattern);
                like.bindValue(1, pattern);
                like.exec();
                while (like.next()) { }
                baseline.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    out << QStringLiteral("search per keystroke over %1 items (%2 keystrokes): p50 %3 ms, p99 %4 "
                          "ms (budget p99 5 ms); LIKE '%q%' scan: p50 %5 ms, p99 %6 ms; speed-up "
                          "at p50 %7x")
               .arg(count)
               .arg(ours.size())
               .arg(percentile(ours, 0.5), 0, 'f', 3)
               .arg(percentile(ours, 0.99), 0, 'f', 3)
               .arg(percentile(baseline, 0.5), 0, 'f', 3)
               .arg(percentile(baseline, 0.99), 0, 'f', 3)
               .arg(percentile(baseline, 0.5) / percentile(ours, 0.5), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("slowest keystroke: \"%1\" %2 ms").arg(slowest).arg(slowestMs, 0, 'f', 3)
        << Qt::endl;
    return 0;
}
