// Social security benchmark, a ratio against a baseline measured in the same run: preparing
// the history of a citizen with 35 years of monthly records in all five insurances for display
// (figures, chart series per insurance, yearly table) and for the statement, against fetching
// the same record from the local reference hall over mutual TLS. Reports, never asserts a time.
//   bench_socialsecurity [ROUNDS]
#include "citizensession.h"
#include "contributionhistory.h"
#include "database.h"
#include "demoseeder.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallclient.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"
#include "socialsecurityfetcher.h"
#include "socialsecurityparser.h"
#include "socialsecuritystatement.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <vector>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

const QString kCitizen = QStringLiteral("440106198503121018");

QString pki(const QString &name) { return QStringLiteral(BENCH_PKI_DIR "/") + name; }

// 35 years of monthly contributions, five insurances, into the hall's store.
bool seedLongRecord(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("DELETE FROM ss_contributions WHERE id_number = '%1'").arg(kCitizen)))
        return false;
    q.prepare(QStringLiteral("INSERT INTO ss_contributions VALUES (?, ?, ?, ?, ?, ?, 1, ?)"));
    const char *insurances[] = { "pension", "medical", "unemployment", "work_injury", "maternity" };
    qint64 base = 150000;
    for (QDate m(1991, 11, 1); m <= QDate(2026, 10, 1); m = m.addMonths(1)) {
        if (m.month() == 7)
            base = base * 106 / 100;
        for (const char *ins : insurances) {
            for (const QVariant &v : { QVariant(kCitizen),
                     QVariant(m.toString(QStringLiteral("yyyy-MM"))), QVariant(QLatin1String(ins)),
                     QVariant(base), QVariant(base * 14 / 100), QVariant(base * 8 / 100),
                     QVariant(
                         m.year() < 2008 ? QStringLiteral("440300") : QStringLiteral("440100")) })
                q.addBindValue(v);
            if (!q.exec())
                return false;
        }
    }
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    QProcess make;
    make.start(
        QStringLiteral("bash"), { QStringLiteral(MAKE_DEMO_PKI), QStringLiteral(BENCH_PKI_DIR) });
    if (!make.waitForFinished(120'000) || make.exitCode() != 0) {
        out << "cannot make the demo PKI" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    auto db = openTestDatabase(dir);
    auto issuers = KeyRing::loadOrCreateDemoIssuers(dir.filePath(QStringLiteral("issuers")));
    QFile citizens(QStringLiteral(HALL_SOURCE_DIR "/demo-citizens.json"));
    if (!issuers || !citizens.open(QIODevice::ReadOnly)
        || !DemoSeeder(*db, issuers.value()).seed(citizens.readAll()) || !seedLongRecord(*db)) {
        out << "cannot seed the hall" << Qt::endl;
        return 1;
    }
    const KeyRing publishers;
    HallApi api(*db, publishers, issuers.value(), HallApi::Options {});
    FaultInjector noFaults(0.0, 1);
    HallServer server(api, noFaults);
    HallServer::Options tls;
    tls.certificatePath = pki(QStringLiteral("hall.pem"));
    tls.keyPath = pki(QStringLiteral("hall.key"));
    tls.caPath = pki(QStringLiteral("ca.pem"));
    if (!server.listen(QHostAddress::LocalHost, 0, tls)) {
        out << "cannot listen" << Qt::endl;
        return 1;
    }
    HallSettings settings;
    settings.url = QUrl(QStringLiteral("https://localhost:%1").arg(server.port()));
    settings.caFile = pki(QStringLiteral("ca.pem"));
    settings.certFile = pki(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
    settings.keyFile = pki(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
    settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
    HallClient client(settings);
    CitizenSession session;
    if (!session.begin(kCitizen, QStringLiteral("陈志强"), IdentityProof::ResidentIdCard)) {
        out << "cannot start a session" << Qt::endl;
        return 1;
    }

    // Baseline: the hall's answer, on a warm connection (the first round opens it).
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/citizens/social-security:query");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("idNumber"), kCitizen } });
    request.citizenSession = session.attestation();
    std::vector<double> fetchMs, prepareMs;
    QJsonDocument answer;
    for (int round = 0; round <= rounds; ++round) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        client.send(request, [&](Result<HallResponse> r) {
            done = true;
            if (r && r->status == 200)
                answer = r->body;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (round > 0)
            fetchMs.push_back(t.nsecsElapsed() / 1e6);
    }
    if (answer.isNull()) {
        out << "the hall did not answer" << Qt::endl;
        return 1;
    }

    // Measured: the terminal's preparation of the same answer for the pages and the statement.
    int months = 0;
    qint64 checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        auto record = SocialSecurityParser::parse(answer);
        if (!record) {
            out << record.error().message << Qt::endl;
            return 1;
        }
        const auto history = ContributionHistory::compute(record.value(), QDate(2026, 11, 23));
        for (const InsuranceSummary &s : history.summaries())
            for (const MonthPoint &p : history.monthly(s.insurance))
                checksum += p.amount;
        const auto statement = SocialSecurityStatement::build(record.value(), history,
            QStringLiteral("陈志强"), kCitizen, SocialSecurityStatement::Period::All,
            settings.terminalId, QDateTime::currentDateTime());
        months = statement.totalMonths(Insurance::Pension);
        prepareMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double fetch = median(fetchMs), prepare = median(prepareMs);
    out << QStringLiteral("record: %1 contributions (%2 pension months), %3 KiB of JSON")
               .arg(answer.object().value(u"contributions").toArray().size())
               .arg(months)
               .arg(answer.toJson(QJsonDocument::Compact).size() / 1024)
        << Qt::endl;
    out << QStringLiteral("fetch from the local hall (median of %1): %2 ms; prepare for display "
                          "and statement: %3 ms; ratio %4 (checksum %5)")
               .arg(rounds)
               .arg(fetch, 0, 'f', 2)
               .arg(prepare, 0, 'f', 2)
               .arg(prepare / fetch, 0, 'f', 2)
               .arg(checksum)
        << Qt::endl;
    return 0;
}
