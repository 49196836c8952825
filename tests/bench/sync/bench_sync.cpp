// Sync push benchmark, a ratio against a baseline measured in the same run: cases per second
// that the real SyncEngine pushes over mutual TLS to the reference hall (onewindow-hall, its own
// process on loopback), against `curl` posting the same batches (the same events, 500 to a
// request, under another terminal's certificate and with their ids renamed so that the hall
// stores them anew) to the same hall over one kept-alive connection. Budget: >= 1,000 cases/s.
// Then a fleet of terminals pushing at once. Cases are filed through the real CaseFiling
// beforehand (not timed). Each terminal's feed cursor is set past the hall's end, so a sync
// cycle is its pushes and one empty feed page. Reports, never asserts a time.
//   bench_sync ONEWINDOW-HALL [CASES] [ROUNDS] [FLEET] [CASES-PER-FLEET-TERMINAL]
#include "demopki.h"
#include "filingterminal.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>
#include <QUuid>
#include <vector>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

constexpr int kBatch = 500; // the protocol's largest batch
const QString kTerminal = QStringLiteral("GZ-TH-BENCH-0001");
const QString kCurlTerminal = QStringLiteral("GZ-TH-BENCH-0002");
QString fleetId(int i)
{
    return QStringLiteral("GZ-TH-FLEET-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
}

HallSettings settingsFor(const QString &id, quint16 port)
{
    HallSettings s = demopki::terminalSettings(id, port);
    s.timeoutMs = 120'000; // a Debug hall takes its time over 500 events
    return s;
}

// Files n cases and moves the feed cursor past anything the hall will hold.
bool prepare(FilingTerminal &t, int n, int serialBase)
{
    for (int i = 0; i < n; ++i)
        if (!t.fileOne(serialBase + i))
            return false;
    QSqlQuery q(t.db->connection());
    return q.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('feed.cursor', "
                                 "'1000000000000') ON CONFLICT(key) DO UPDATE SET value = "
                                 "excluded.value"));
}

// The terminal's outbox as batch bodies of 500, renamed for the curl terminal; a curl config
// that posts them all over one connection. The number of requests, or -1.
int writeCurlBatches(FilingTerminal &t, const QString &folder, const QString &url, int round)
{
    auto pending = t.store->pendingBatch(1'000'000);
    if (!pending)
        return -1;
    QFile config(folder + QStringLiteral("/curl.cfg"));
    if (!config.open(QIODevice::WriteOnly))
        return -1;
    QTextStream cfg(&config);
    int requests = 0;
    for (qsizetype from = 0; from < pending->size(); from += kBatch) {
        QJsonArray events;
        for (const OutboxEvent &e : pending->mid(from, kBatch)) {
            const QString prefix = QStringLiteral("curl%1-").arg(round);
            events.append(QJsonObject { { QStringLiteral("eventId"), prefix + e.eventId },
                { QStringLiteral("caseId"), prefix + e.caseId }, { QStringLiteral("seq"), e.seq },
                { QStringLiteral("type"), e.type }, { QStringLiteral("at"), e.at },
                { QStringLiteral("actor"), e.actor }, { QStringLiteral("body"), e.body } });
        }
        const QString body = QStringLiteral("%1/batch-%2.json").arg(folder).arg(requests);
        QFile f(body);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(QJsonDocument(QJsonObject { { QStringLiteral("terminalId"), kCurlTerminal },
                                         { QStringLiteral("events"), events } })
                           .toJson(QJsonDocument::Compact))
                < 0)
            return -1;
        if (requests > 0)
            cfg << "next\n";
        cfg << "url = \"" << url << "/api/v1/events:batch\"\n"
            << "cacert = \"" << demopki::path(QStringLiteral("ca.pem")) << "\"\n"
            << "cert = \"" << demopki::path(QStringLiteral("terminal-%1.pem").arg(kCurlTerminal))
            << "\"\n"
            << "key = \"" << demopki::path(QStringLiteral("terminal-%1.key").arg(kCurlTerminal))
            << "\"\n"
            << "header = \"Content-Type: application/json\"\n"
            << "header = \"Idempotency-Key: " << QUuid::createUuid().toString(QUuid::WithoutBraces)
            << "\"\n"
            << "data-binary = \"@" << body << "\"\n"
            << "output = \"/dev/null\"\n"
            << "write-out = \"%{http_code}\\n\"\n";
        ++requests;
    }
    return requests;
}

// Runs every engine's sync cycle at once; the seconds until all finished, or -1 on a failure.
double syncAll(const std::vector<FilingTerminal *> &terminals)
{
    QEventLoop loop;
    int running = int(terminals.size());
    bool ok = true;
    for (FilingTerminal *t : terminals)
        QObject::connect(t->engine.get(), &SyncEngine::cycleFinished, &loop,
            [&, t](bool success, const QString &error) {
                if (!success || t->store->counters()->queueDepth != 0) {
                    QTextStream(stderr) << t->id << ": " << error << Qt::endl;
                    ok = false;
                }
                if (--running == 0)
                    loop.quit();
            });
    QElapsedTimer timer;
    timer.start();
    for (FilingTerminal *t : terminals)
        t->engine->syncNow();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (FilingTerminal *t : terminals)
        t->engine->disconnect(&loop);
    return ok ? seconds : -1;
}

double curlSeconds(const QString &folder, int requests)
{
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"),
        { QStringLiteral("-sS"), QStringLiteral("-K"), folder + QStringLiteral("/curl.cfg") });
    if (!curl.waitForFinished(600'000) || curl.exitCode() != 0)
        return -1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> codes = curl.readAllStandardOutput().trimmed().split('\n');
    if (codes.size() != requests || codes.count("200") != requests)
        return -1;
    return seconds;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto middle = v.begin() + qsizetype(v.size() / 2);
    std::nth_element(v.begin(), middle, v.end());
    return *middle;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Migrations and new keys of a hundred terminal stores are not news here.
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false"));
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_sync ONEWINDOW-HALL [CASES] [ROUNDS] [FLEET] [CASES-EACH]" << Qt::endl;
        return 2;
    }
    const int cases = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int rounds = args.size() > 3 ? qMax(1, args.at(3).toInt()) : 3;
    const int fleetSize = args.size() > 4 ? args.at(4).toInt() : 50;
    const int casesEach = args.size() > 5 ? args.at(5).toInt() : 200;
    QStringList ids { kTerminal, kCurlTerminal };
    for (int i = 0; i < fleetSize; ++i)
        ids << fleetId(i);
    if (!demopki::make(ids)) {
        out << "cannot make the demo PKI" << Qt::endl;
        return 1;
    }

    QTemporaryDir tmp;
    QProcess hall;
    hall.setStandardErrorFile(tmp.filePath(QStringLiteral("hall.log")));
    hall.start(args.at(1),
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cert"),
            demopki::path(QStringLiteral("hall.pem")), QStringLiteral("--key"),
            demopki::path(QStringLiteral("hall.key")), QStringLiteral("--ca"),
            demopki::path(QStringLiteral("ca.pem")), QStringLiteral("--data-dir"),
            tmp.filePath(QStringLiteral("hall")) });
    if (!hall.waitForReadyRead(30'000)) {
        out << "the hall did not start" << Qt::endl;
        return 1;
    }
    const QByteArray ready = hall.readLine().trimmed();
    const quint16 port = ready.mid(ready.lastIndexOf(':') + 1).toUShort();
    const QString url = QStringLiteral("https://localhost:%1").arg(port);
    out << QStringLiteral("hall: %1 (its own process); %2 cases a round, %3 rounds")
               .arg(url)
               .arg(cases)
               .arg(rounds)
        << Qt::endl;

    std::vector<double> engineRates, curlRates, ratios;
    for (int r = 0; r < rounds; ++r) {
        FilingTerminal t(kTerminal, settingsFor(kTerminal, port));
        t.engine->setBatchSize(kBatch);
        QElapsedTimer filingTimer;
        filingTimer.start();
        if (!prepare(t, cases, r * cases)) {
            out << "filing failed" << Qt::endl;
            return 1;
        }
        const double filingSeconds = double(filingTimer.nsecsElapsed()) / 1e9;
        const QString folder = tmp.filePath(QStringLiteral("round-%1").arg(r));
        QDir().mkpath(folder);
        const int requests = writeCurlBatches(t, folder, url, r);
        if (requests < 0) {
            out << "cannot write the curl batches" << Qt::endl;
            return 1;
        }
        // Engine and curl take turns going first, so a neighbour's load falls on both alike.
        double engineSeconds = 0, curlSecs = 0;
        for (int side = 0; side < 2; ++side) {
            if ((side + r) % 2 == 0)
                engineSeconds = syncAll({ &t });
            else
                curlSecs = curlSeconds(folder, requests);
        }
        if (engineSeconds <= 0 || curlSecs <= 0) {
            out << "a push failed (engine " << engineSeconds << " s, curl " << curlSecs << " s)"
                << Qt::endl;
            return 1;
        }
        engineRates.push_back(cases / engineSeconds);
        curlRates.push_back(cases / curlSecs);
        ratios.push_back(engineRates.back() / curlRates.back());
        out << QStringLiteral("round %1: SyncEngine %2 cases/s (%3 s); curl, same batches: %4 "
                              "cases/s (%5 s); ratio %6; filing beforehand %7 cases/s")
                   .arg(r + 1)
                   .arg(engineRates.back(), 0, 'f', 0)
                   .arg(engineSeconds, 0, 'f', 2)
                   .arg(curlRates.back(), 0, 'f', 0)
                   .arg(curlSecs, 0, 'f', 2)
                   .arg(ratios.back(), 0, 'f', 2)
                   .arg(cases / filingSeconds, 0, 'f', 0)
            << Qt::endl;
    }
    out << QStringLiteral("push: SyncEngine median %1 cases/s (budget >= 1000: %2); curl median "
                          "%3 cases/s; ratio SyncEngine/curl median %4")
               .arg(median(engineRates), 0, 'f', 0)
               .arg(median(engineRates) >= 1000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(median(curlRates), 0, 'f', 0)
               .arg(median(ratios), 0, 'f', 2)
        << Qt::endl;

    if (fleetSize > 0) {
        std::vector<std::unique_ptr<FilingTerminal>> fleet;
        std::vector<FilingTerminal *> terminals;
        for (int i = 0; i < fleetSize; ++i) {
            fleet.push_back(
                std::make_unique<FilingTerminal>(fleetId(i), settingsFor(fleetId(i), port)));
            terminals.push_back(fleet.back().get());
            if (!prepare(*fleet.back(), casesEach, i * casesEach)) {
                out << "fleet filing failed" << Qt::endl;
                return 1;
            }
        }
        const double seconds = syncAll(terminals);
        if (seconds <= 0) {
            out << "a fleet push failed" << Qt::endl;
            return 1;
        }
        out << QStringLiteral("fleet: %1 terminals x %2 cases pushed at once: %3 cases/s (%4 s)")
                   .arg(fleetSize)
                   .arg(casesEach)
                   .arg(fleetSize * casesEach / seconds, 0, 'f', 0)
                   .arg(seconds, 0, 'f', 2)
            << Qt::endl;
    }
    hall.terminate();
    hall.waitForFinished(30'000);
    return 0;
}
