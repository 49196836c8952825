// What the kiosk's online indicator and the admin's sync panel read, against a hall over TLS.
#include "database.h"
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "hallstatus.h"
#include "syncengine.h"
#include "syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestHallStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(ScriptedHall::makePki(m_pki.path())); }

    void notConfiguredIsOfflineAndQuiet()
    {
        HallStatus status(nullptr, nullptr);
        QVERIFY(!status.configured());
        QVERIFY(!status.online());
        QVERIFY(!status.connecting()); // no hall to wait for: plainly offline
        QCOMPARE(status.queueDepth(), 0);
    }

    // Issue 24 (110): two applications taken while the hall was away, and the footer said only
    // "Offline". It counts applications (one for a bundle of two items), not events.
    void countsTheApplicationsWaitingToBeSent()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        const auto file = [&q](const QString &group, const QStringList &cases) {
            bool ok = q.exec(QStringLiteral(
                "INSERT INTO case_groups(group_id, receipt_number, filing_terminal, "
                "submitted_at, subject_lookup, subject_masked, people, answers, data_use) VALUES "
                "('%1', 'R-%1', 'K1', '2026-12-07T01:00:00Z', X'00', '张**', X'00', X'00', X'00')")
                                 .arg(group));
            for (const QString &c : cases)
                ok = ok
                    && q.exec(QStringLiteral(
                        "INSERT INTO cases(case_id, group_id, item_code, item_name, department, "
                        "catalog_version, item_snapshot, status, legal_days, promised_days, "
                        "materials, submitted_at, updated_at, last_seq) VALUES ('%1', '%2', 'I', "
                        "'I', 'D', '1', X'00', 'submitted', 20, 5, X'00', "
                        "'2026-12-07T01:00:00Z', '2026-12-07T01:00:00Z', 1)")
                                  .arg(c, group))
                    && q.exec(QStringLiteral(
                        "INSERT INTO events(event_id, case_id, seq, type, at, actor, body) VALUES "
                        "('e-%1', '%1', 1, 'submitted', '2026-12-07T09:00:00+08:00', 'kiosk', "
                        "X'7B7D')")
                                  .arg(c));
            return ok;
        };
        QVERIFY2(file(QStringLiteral("g1"), { QStringLiteral("c1"), QStringLiteral("c2") }),
            qPrintable(q.lastError().text()));
        QVERIFY(file(QStringLiteral("g2"), { QStringLiteral("c3") }));
        SyncStore store(*db.value());
        HallStatus status(&store, nullptr);
        QVERIFY(status.away()); // no hall: what is filed waits here
        QCOMPARE(status.waitingApplications(), 2);
        QCOMPARE(status.queueDepth(), 3);

        QSignalSpy changed(&status, &HallStatus::countersChanged);
        QVERIFY(store.markSent({ QStringLiteral("e-c1"), QStringLiteral("e-c2") }).ok());
        status.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.waitingApplications(), 1);
        // A refused filing is parked for the administrator: not "waiting" any more.
        QVERIFY(store.park(QStringLiteral("e-c3"), QStringLiteral("x"), QStringLiteral("y")).ok());
        status.refresh();
        QCOMPARE(status.waitingApplications(), 0);
    }

    void followsTheEngineOnlineAndOffline()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO events(event_id, case_id, seq, type, at, actor, body) VALUES "
            "('e1', 'c1', 1, 'submitted', '2026-11-23T09:00:00+08:00', 'kiosk', X'7B7D')")));

        auto hall = std::make_unique<ScriptedHall>();
        QVERIFY(hall->listen(m_pki.path()));
        int calls = 0;
        hall->handler = [&calls](const ScriptedHall::Request &r) -> ScriptedHall::Reply {
            ++calls;
            if (r.method == "GET")
                return { 200, R"({"events":[],"nextCursor":0})" };
            return { 200, R"({"acked":["e1"],"rejected":[]})" };
        };
        const HallSettings settings = enrolledWith(hall->url());
        HallClient client(settings);
        SyncStore store(*db.value());
        SyncEngine engine(client, store, settings.terminalId);
        engine.setBackoff(BackoffPolicy(10, 50, 7));
        HallStatus status(&store, &engine);
        QVERIFY(status.configured());
        QCOMPARE(status.queueDepth(), 1);
        QVERIFY(!status.online());
        QVERIFY(status.connecting()); // until the first cycle ends, neither online nor offline
        QVERIFY(!status.away());

        QSignalSpy online(&status, &HallStatus::onlineChanged);
        QSignalSpy connecting(&status, &HallStatus::connectingChanged);
        QSignalSpy finished(&engine, &SyncEngine::cycleFinished);
        engine.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(status.online());
        QVERIFY(!status.connecting());
        QVERIFY(!status.away());
        QCOMPARE(online.count(), 1);
        QCOMPARE(connecting.count(), 1);
        QCOMPARE(status.queueDepth(), 0);
        QVERIFY(!status.lastSuccess().isEmpty());

        // The hall goes away: the next cycle fails, the indicator turns grey, the reason shows.
        hall.reset();
        engine.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(!status.online());
        QVERIFY(!status.connecting());
        QVERIFY(status.away());
        QCOMPARE(connecting.count(), 1);
        QVERIFY(!status.lastError().isEmpty());
    }

    // A hall that cannot be reached at start-up: "connecting" until the first cycle gives up,
    // then offline.
    void anUnreachableHallEndsConnectingAsOffline()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        // Nothing listens there.
        const HallSettings settings = enrolledWith(QUrl(QStringLiteral("https://127.0.0.1:1")));
        HallClient client(settings);
        SyncStore store(*db.value());
        SyncEngine engine(client, store, settings.terminalId);
        HallStatus status(&store, &engine);
        QVERIFY(status.connecting());
        QSignalSpy finished(&engine, &SyncEngine::cycleFinished);
        engine.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!status.connecting());
        QVERIFY(!status.online());
    }

private:
    // The settings of a terminal enrolled with the hall at url, with the test PKI.
    HallSettings enrolledWith(const QUrl &url) const
    {
        HallSettings settings;
        settings.url = url;
        settings.caFile = m_pki.filePath(QStringLiteral("ca.pem"));
        settings.certFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        settings.timeoutMs = 3000;
        return settings;
    }

    QTemporaryDir m_pki;
};

QTEST_GUILESS_MAIN(TestHallStatus)
#include "tst_hallstatus.moc"
