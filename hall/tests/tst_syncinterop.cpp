// The terminal's own sync engine (services/hall) against this reference hall over real mutual
// TLS, with a third of the requests failing: every event arrives exactly once, none is parked,
// and another terminal of the town hall pulls them all through the feed.
#include "database.h"
#include "demopki.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallclient.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"
#include "syncengine.h"
#include "syncstore.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// One terminal: its store, hall client and sync engine.
struct Terminal
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<HallClient> client;
    std::unique_ptr<SyncStore> store;
    std::unique_ptr<SyncEngine> engine;

    Terminal(const QString &id, quint16 port)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("terminal.sqlite")));
        if (!opened)
            qFatal("cannot open a terminal store: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
        client = std::make_unique<HallClient>(demopki::terminalSettings(id, port));
        store = std::make_unique<SyncStore>(*db);
        engine = std::make_unique<SyncEngine>(*client, *store, id);
    }

    // Sync cycles until one succeeds with nothing left to push; false after too many.
    bool syncUntilDone(int maxCycles, int *cycles)
    {
        for (*cycles = 1; *cycles <= maxCycles; ++*cycles) {
            QSignalSpy finished(engine.get(), &SyncEngine::cycleFinished);
            engine->syncNow();
            if (!finished.wait(20'000))
                return false;
            if (finished.first().first().toBool() && store->counters()->queueDepth == 0)
                return true;
        }
        return false;
    }
};

} // namespace

class TestSyncInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(demopki::make()); }

    void everyEventExactlyOnceThroughFaults()
    {
        QTemporaryDir hallDir;
        auto hallDb = openTestDatabase(hallDir);
        auto issuers = KeyRing::loadPrivateKeys(demopki::path(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        const KeyRing publishers;
        HallApi api(*hallDb, publishers, issuers.value(), HallApi::Options {});
        FaultInjector faults(0.3, 20261123);
        HallServer server(api, faults);
        const HallServer::Options tls = demopki::hallTls();
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, tls).ok());

        constexpr int kEvents = 1200; // three batches of up to 500
        Terminal kiosk(QStringLiteral("GZ-TH-KIOSK-0001"), server.port());
        kiosk.engine->setBatchSize(50); // many requests, so many faults, some after the work
        // An audit chain that grows while the terminal syncs (here: one entry per event sent):
        // retries and replays carry newer heads than the answers they get, and the hall must
        // raise no false alarm.
        kiosk.engine->setAuditHeadSource([&kiosk] {
            const int seq = 1
                + count(*kiosk.db,
                    QStringLiteral("SELECT count(*) FROM events WHERE sent_at IS NOT NULL"));
            return QStringLiteral("%1:%2").arg(seq).arg(seq * 7919, 8, 16, QLatin1Char('0'));
        });
        QSqlQuery q(kiosk.db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO events(event_id, case_id, seq, type, at, actor, body) "
                           "VALUES (?, ?, ?, ?, '2026-11-23T09:00:00.000Z', 'kiosk', ?)"));
        for (int i = 0; i < kEvents; ++i) {
            q.addBindValue(QStringLiteral("evt-%1").arg(i));
            q.addBindValue(QStringLiteral("case-%1").arg(i / 2));
            q.addBindValue(1 + i % 2);
            // A kiosk's own events: the hall takes no staff event (accepted, …) from a kiosk.
            q.addBindValue(i % 2 ? QStringLiteral("rated") : QStringLiteral("submitted"));
            q.addBindValue(QByteArray(R"({"items":["11440000006939800X4442111807000"]})"));
            QVERIFY(q.exec());
        }
        int cycles = 0;
        QVERIFY2(kiosk.syncUntilDone(200, &cycles), qPrintable(kiosk.store->counters()->lastError));
        qInfo() << "pushed" << kEvents << "events in" << cycles << "cycles with 30% faults";
        QCOMPARE(kiosk.store->counters()->parked, 0);
        QCOMPARE(count(*hallDb, QStringLiteral("SELECT count(*) FROM events")), kEvents);
        QCOMPARE(
            count(*hallDb, QStringLiteral("SELECT count(DISTINCT event_id) FROM events")), kEvents);
        QCOMPARE(count(*hallDb, QStringLiteral("SELECT count(*) FROM audit_alarms")), 0);
        QVERIFY(count(*hallDb, QStringLiteral("SELECT seq FROM audit_heads")) > 1);

        // Another terminal of the town hall gets them all from the feed, once each.
        Terminal other(QStringLiteral("GZ-TH-KIOSK-0002"), server.port());
        for (int round = 0; round < 60; ++round) {
            if (count(*other.db, QStringLiteral("SELECT count(*) FROM inbox_events")) == kEvents)
                break;
            QVERIFY(other.syncUntilDone(200, &cycles));
        }
        QCOMPARE(count(*other.db, QStringLiteral("SELECT count(*) FROM inbox_events")), kEvents);
        QVERIFY(other.store->counters()->cursor > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncInterop)
#include "tst_syncinterop.moc"
