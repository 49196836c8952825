// Start-up benchmark: wall time from starting a process to its "first-frame-ms" line, for the
// kiosk home page and for a minimal Qt Quick window, alternated, reported as a ratio of medians.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (process.canReadLine() || process.waitForReadyRead(100)) {
            while (process.canReadLine()) {
                if (process.readLine().startsWith("first-frame-ms")) {
                    const double ms = double(timer.nsecsElapsed()) / 1e6;
                    process.waitForFinished(10000);
                    return ms;
                }
            }
        }
        if (timer.elapsed() > 60000)
            break;
    }
    process.kill();
    process.waitForFinished();
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: bench_startup ONEWINDOW MINIMAL_WINDOW [RUNS]" << Qt::endl;
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 15;
    QTemporaryDir data;
    const QStringList kioskArgs = { QStringLiteral("--data-dir"), data.path(),
                                    QStringLiteral("--size"), QStringLiteral("1080x1920"),
                                    QStringLiteral("--exit-after-first-frame") };
    // One unmeasured run each: creates the database and warms the file cache for both.
    runOnce(args.at(1), kioskArgs);
    runOnce(args.at(2), {});

    std::vector<double> kiosk, minimal;
    for (int i = 0; i < runs; ++i) {
        const double k = runOnce(args.at(1), kioskArgs);
        const double m = runOnce(args.at(2), {});
        if (k < 0 || m < 0) {
            out << "a run did not reach its first frame" << Qt::endl;
            return 1;
        }
        kiosk.push_back(k);
        minimal.push_back(m);
    }
    const double k = median(kiosk), m = median(minimal);
    const double ratio = k / m;
    out << QStringLiteral("startup: kiosk home first frame median %1 ms, minimal Qt Quick window "
                          "%2 ms, over %3 runs each")
               .arg(k, 0, 'f', 1)
               .arg(m, 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
    out << QStringLiteral("startup ratio: %1x (budget <= 2.0x): %2")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 2.0 ? QStringLiteral("within budget") : QStringLiteral("OVER BUDGET"))
        << Qt::endl;
    return 0;
}
