// A town hall's fleet: 20 kiosks, each with its own store and client certificate, file cases
// through the real CaseFiling while their SyncEngines run against one hall over mutual TLS at
// once, with a tenth of the hall's answers failing. Every case arrives exactly once, and every
// kiosk's feed (one town hall: each sees all of its cases) holds every case once.
#include "demopki.h"
#include "faultinjector.h"
#include "filingterminal.h"
#include "hallapi.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

constexpr int kTerminals = 20;
constexpr int kCasesEach = 100;

QString terminalId(int i)
{
    return QStringLiteral("GZ-TH-KIOSK-%1").arg(101 + i, 4, 10, QLatin1Char('0'));
}

QStringList fleetIds()
{
    QStringList ids;
    for (int i = 0; i < kTerminals; ++i)
        ids << terminalId(i);
    return ids;
}

QSet<QString> column(Database &db, const QString &sql)
{
    QSet<QString> values;
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        while (q.next())
            values.insert(q.value(0).toString());
    return values;
}

} // namespace

class TestSyncFleet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // One log line per request of 20 terminals says nothing a failure would need.
        QLoggingCategory::setFilterRules(QStringLiteral("onewindow.hall.info=false"));
        QVERIFY(demopki::make(fleetIds()));
    }

    void everyCaseOnceAcrossTheFleet()
    {
        QTemporaryDir hallDir;
        auto hallDb = openTestDatabase(hallDir);
        const KeyRing issuers;
        const KeyRing publishers;
        HallApi api(*hallDb, publishers, issuers, HallApi::Options {});
        FaultInjector faults(0.1, 20261205);
        HallServer server(api, faults);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demopki::hallTls()).ok());

        std::vector<std::unique_ptr<FilingTerminal>> fleet;
        for (const QString &id : fleetIds()) {
            fleet.push_back(
                std::make_unique<FilingTerminal>(id, demopki::terminalSettings(id, server.port())));
            SyncEngine &engine = *fleet.back()->engine;
            engine.setBatchSize(25);
            engine.setPollInterval(100);
            engine.setBackoff(BackoffPolicy(50, 500, quint32(fleet.size())));
            engine.start();
        }

        // The kiosks file in turn, one case each per turn of the event loop, while they sync.
        QSet<QString> filed;
        int round = 0;
        QString filingError;
        QTimer filingTurn;
        filingTurn.setInterval(0);
        connect(&filingTurn, &QTimer::timeout, this, [&] {
            for (auto &t : fleet) {
                auto caseId = t->fileOne(round);
                if (!caseId) {
                    filingError = caseId.error().message;
                    filingTurn.stop();
                    return;
                }
                filed.insert(caseId.value());
            }
            if (++round == kCasesEach)
                filingTurn.stop();
        });
        filingTurn.start();

        constexpr int kTotal = kTerminals * kCasesEach;
        const auto done = [&] {
            if (round < kCasesEach || !filingError.isEmpty())
                return !filingError.isEmpty();
            for (auto &t : fleet)
                if (t->store->counters()->queueDepth > 0
                    || t->count(QStringLiteral("SELECT count(*) FROM inbox_events")) < kTotal)
                    return false;
            return true;
        };
        QVERIFY2(QTest::qWaitFor(done, 100'000), "the fleet did not finish syncing");
        QVERIFY2(filingError.isEmpty(), qPrintable(filingError));
        for (auto &t : fleet)
            t->engine->stop();
        QCOMPARE(filed.size(), kTotal);

        // At the hall: every case once, from the terminal that filed it, nothing else.
        QCOMPARE(column(*hallDb, QStringLiteral("SELECT case_id FROM events")), filed);
        QCOMPARE(count(*hallDb, QStringLiteral("SELECT count(*) FROM events")), kTotal);
        for (auto &t : fleet) {
            QCOMPARE(t->store->counters()->parked, 0);
            QSet<QString> own = column(*t->db, QStringLiteral("SELECT case_id FROM cases"));
            QCOMPARE(own.size(), kCasesEach);
            QCOMPARE(count(*hallDb,
                         QStringLiteral("SELECT count(*) FROM events WHERE terminal_id = '%1'")
                             .arg(t->id)),
                kCasesEach);
            QVERIFY(own.subtract(column(*hallDb,
                                     QStringLiteral("SELECT case_id FROM events WHERE "
                                                    "terminal_id = '%1'")
                                         .arg(t->id)))
                        .isEmpty());
            // The feed: one town hall, so every kiosk has every case, each once.
            QCOMPARE(t->count(QStringLiteral("SELECT count(*) FROM inbox_events")), kTotal);
            QCOMPARE(column(*t->db, QStringLiteral("SELECT case_id FROM inbox_events")), filed);
        }
    }

private:
    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

QTEST_GUILESS_MAIN(TestSyncFleet)
#include "tst_syncfleet.moc"
