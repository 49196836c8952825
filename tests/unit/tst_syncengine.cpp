// The sync engine against a scripted hall over real mutual TLS: what is marked sent, parked,
// pulled, and what is left alone when the hall misbehaves.
#include "database.h"
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "syncengine.h"
#include "syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QStringList eventIdsOf(const ScriptedHall::Request &r)
{
    QStringList ids;
    const auto events
        = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &e : events)
        ids << e.toObject().value(QStringLiteral("eventId")).toString();
    return ids;
}

ScriptedHall::Reply ackAll(const ScriptedHall::Request &r)
{
    if (r.method == "GET")
        return { 200,
            json({ { QStringLiteral("events"), QJsonArray {} },
                { QStringLiteral("nextCursor"), 0 } }) };
    return { 200,
        json({ { QStringLiteral("acked"), QJsonArray::fromStringList(eventIdsOf(r)) },
            { QStringLiteral("rejected"), QJsonArray {} } }) };
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_pkiDir.isValid());
        QVERIFY(ScriptedHall::makePki(m_pkiDir.path()));
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_data->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_hall = std::make_unique<ScriptedHall>();
        QVERIFY(m_hall->listen(m_pkiDir.path()));
        HallSettings settings;
        settings.url = m_hall->url();
        settings.caFile = m_pkiDir.filePath(QStringLiteral("ca.pem"));
        settings.certFile = m_pkiDir.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = m_pkiDir.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        settings.timeoutMs = 5000;
        m_client = std::make_unique<HallClient>(settings);
        QVERIFY(m_client->readiness().ok());
        m_store = std::make_unique<SyncStore>(*m_db);
        m_engine = std::make_unique<SyncEngine>(*m_client, *m_store, settings.terminalId);
        m_engine->setBackoff(BackoffPolicy(10, 100, 42));
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_client.reset();
        m_hall.reset();
        m_db.reset();
        m_data.reset();
    }

    void pushesEventsAndMarksThemSent()
    {
        addEvents(3);
        m_hall->handler = ackAll;
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
        const auto &push = m_hall->requests.first();
        QCOMPARE(push.method, QByteArray("POST"));
        QCOMPARE(push.target, QByteArray("/api/v1/events:batch"));
        QVERIFY(!push.headers.value("idempotency-key").isEmpty());
        QVERIFY(!push.headers.value("x-request-id").isEmpty());
        QCOMPARE(eventIdsOf(push).size(), 3);
        QCOMPARE(QJsonDocument::fromJson(push.body)
                     .object()
                     .value(QStringLiteral("terminalId"))
                     .toString(),
            QStringLiteral("GZ-TH-KIOSK-0001"));
    }

    void serverErrorsLeaveEverythingQueuedAndRetryWithTheSameKey()
    {
        addEvents(2);
        int calls = 0;
        m_hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method == "POST" && ++calls == 1)
                return ScriptedHall::Reply { 503, "{}", { { "Retry-After", "1" } } };
            return ackAll(r);
        };
        QVERIFY(!runCycle());
        QCOMPARE(counters().queueDepth, 2);
        QVERIFY(!counters().lastError.isEmpty());
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
        QVERIFY(counters().lastError.isEmpty());
        QCOMPARE(m_hall->requests.at(0).headers.value("idempotency-key"),
            m_hall->requests.at(1).headers.value("idempotency-key"));
    }

    void droppedConnectionsLoseNothing()
    {
        addEvents(2);
        bool hallDown = true;
        m_hall->handler = [&](const ScriptedHall::Request &r) {
            if (hallDown)
                return ScriptedHall::Reply { 200, {}, {}, true };
            return ackAll(r);
        };
        QVERIFY(!runCycle());
        QCOMPARE(counters().queueDepth, 2);
        QVERIFY(!m_engine->online());
        hallDown = false;
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
    }

    void rejectedEventsAreParkedWithTheirReason()
    {
        addEvents(3);
        m_hall->handler = [](const ScriptedHall::Request &r) {
            if (r.method == "GET")
                return ackAll(r);
            const QStringList ids = eventIdsOf(r);
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("acked"), QJsonArray { ids[0], ids[2] } },
                    { QStringLiteral("rejected"),
                        QJsonArray { QJsonObject { { QStringLiteral("eventId"), ids[1] },
                            { QStringLiteral("code"), QStringLiteral("conflict") },
                            { QStringLiteral("message"),
                                QStringLiteral("already decided") } } } } }) };
        };
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
        const auto parked = m_store->parkedEvents();
        QVERIFY(parked.ok());
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().code, QStringLiteral("conflict"));
        QCOMPARE(parked->first().message, QStringLiteral("already decided"));

        // A person retries it: it goes out again.
        QVERIFY(m_store->unpark(parked->first().eventId).value());
        m_hall->handler = ackAll;
        QVERIFY(runCycle());
        QCOMPARE(counters().parked, 0);
        QCOMPARE(counters().queueDepth, 0);
    }

    void aRefusedBatchParksOnlyTheEventItIsAbout()
    {
        addEvents(4);
        const QString bad = QStringLiteral("event-3");
        m_hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method == "POST" && eventIdsOf(r).contains(bad))
                return ScriptedHall::Reply { 400,
                    json({ { QStringLiteral("code"), QStringLiteral("invalid_event") },
                        { QStringLiteral("message"), QStringLiteral("bad type") } }) };
            return ackAll(r);
        };
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
        const auto parked = m_store->parkedEvents();
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().eventId, bad);
        QCOMPARE(parked->first().code, QStringLiteral("invalid_event"));
    }

    void acknowledgementsOfEventsNotSentAreIgnored()
    {
        addEvents(1);
        m_hall->handler = [](const ScriptedHall::Request &r) {
            if (r.method == "GET")
                return ackAll(r);
            return ScriptedHall::Reply {
                200,
                json({ { QStringLiteral("acked"), QJsonArray { QStringLiteral("someone-else") } } })
            };
        };
        runCycle();
        QCOMPARE(counters().queueDepth, 1);
    }

    void malformedAnswersChangeNothing()
    {
        addEvents(2);
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, "{\"acked\": [\"event-1\"" };
        };
        QVERIFY(!runCycle());
        QCOMPARE(counters().queueDepth, 2);
        QVERIFY(counters().lastError.contains(QStringLiteral("JSON")));
    }

    void aStorageFailureMarksNothingSent()
    {
        addEvents(2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER full_disk BEFORE UPDATE OF sent_at ON events "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        m_hall->handler = ackAll;
        QVERIFY(!runCycle());
        QCOMPARE(counters().queueDepth, 2);
        QVERIFY(counters().lastError.contains(QStringLiteral("disk is full")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER full_disk")));
        QVERIFY(runCycle());
        QCOMPARE(counters().queueDepth, 0);
    }

    void pullsTheFeedOnceEvenWhenItRepeats()
    {
        const QJsonArray page {
            QJsonObject { { QStringLiteral("eventId"), QStringLiteral("h-1") },
                { QStringLiteral("caseId"), QStringLiteral("c-9") }, { QStringLiteral("seq"), 2 },
                { QStringLiteral("type"), QStringLiteral("accepted") },
                { QStringLiteral("at"), QStringLiteral("2026-11-23T10:00:00+08:00") },
                { QStringLiteral("actor"), QStringLiteral("clerk") },
                { QStringLiteral("body"), QJsonObject {} } },
            QJsonObject { { QStringLiteral("eventId"), QStringLiteral("h-2") },
                { QStringLiteral("caseId"), QStringLiteral("c-9") }, { QStringLiteral("seq"), 3 },
                { QStringLiteral("type"), QStringLiteral("routed") },
                { QStringLiteral("at"), QStringLiteral("2026-11-23T10:05:00+08:00") },
                { QStringLiteral("actor"), QStringLiteral("clerk") },
                { QStringLiteral("body"), QJsonObject {} } },
        };
        // The hall repeats the page once before moving on: stored once all the same.
        m_hall->handler = [&](const ScriptedHall::Request &r) {
            const bool start = r.target.contains("cursor=0&");
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("events"), start ? page : QJsonArray {} },
                    { QStringLiteral("nextCursor"), start ? 7 : 7 } }) };
        };
        QVERIFY(runCycle());
        QCOMPARE(counters().cursor, 7);
        QCOMPARE(inboxCount(), 2);
        QVERIFY(m_store->applyFeed({ page[0].toObject(), page[1].toObject() }, 7).ok());
        QCOMPARE(inboxCount(), 2);
    }

    void aCursorThatGoesBackwardsIsRefused()
    {
        QVERIFY(m_store->applyFeed({}, 50).ok());
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("events"), QJsonArray {} },
                    { QStringLiteral("nextCursor"), 10 } }) };
        };
        QVERIFY(!runCycle());
        QCOMPARE(counters().cursor, 50);
        QVERIFY(counters().lastError.contains(QStringLiteral("backwards")));
    }

    void aRedirectIsNotFollowed()
    {
        addEvents(1);
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 302, "{}",
                { { "Location", "http://127.0.0.1:1/api/v1/events:batch" } } };
        };
        QVERIFY(!runCycle());
        QCOMPARE(counters().queueDepth, 1);
        QCOMPARE(m_hall->requests.size(), 1);
    }

    void theAuditHeadTravelsWithEverySync()
    {
        QString head = QStringLiteral("7:aa11");
        m_engine->setAuditHeadSource([&head] { return head; });
        m_hall->handler = ackAll;
        auto pushes = [this] {
            QList<QJsonObject> bodies;
            for (const auto &r : std::as_const(m_hall->requests))
                if (r.method == "POST")
                    bodies << QJsonDocument::fromJson(r.body).object();
            return bodies;
        };

        addEvents(1);
        QVERIFY(runCycle());
        QCOMPARE(pushes().size(), 1);
        QCOMPARE(pushes().last().value(QStringLiteral("auditHead")).toString(), head);

        // Nothing new in the audit log and no events: no push, only the feed.
        QVERIFY(runCycle());
        QCOMPARE(pushes().size(), 1);

        // The log grew without case events: an empty batch carries the new head.
        head = QStringLiteral("9:bb22");
        QVERIFY(runCycle());
        QCOMPARE(pushes().size(), 2);
        QCOMPARE(pushes().last().value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(pushes().last().value(QStringLiteral("auditHead")).toString(), head);
        QVERIFY(runCycle());
        QCOMPARE(pushes().size(), 2);

        // A head that moves on at every read sends one head-only batch per cycle, no more.
        int reads = 0;
        m_engine->setAuditHeadSource(
            [&reads] { return QStringLiteral("%1:cc").arg(100 + ++reads); });
        QVERIFY(runCycle());
        QCOMPARE(pushes().size(), 3);
    }

private:
    void addEvents(int n)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO events(event_id, case_id, seq, type, at, actor, body) "
            "VALUES (?, ?, 1, 'submitted', '2026-11-23T09:00:00+08:00', 'kiosk', ?)"));
        for (int i = 1; i <= n; ++i) {
            q.addBindValue(QStringLiteral("event-%1").arg(i));
            q.addBindValue(QStringLiteral("case-%1").arg(i));
            q.addBindValue(QByteArray("{\"items\":[\"x\"]}"));
            QVERIFY(q.exec());
        }
    }

    bool runCycle()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::cycleFinished);
        m_engine->syncNow();
        if (!finished.wait(15000))
            return false;
        return finished.first().first().toBool();
    }

    SyncCounters counters() const { return m_store->counters().value(); }

    int inboxCount() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM inbox_events")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

    QTemporaryDir m_pkiDir;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ScriptedHall> m_hall;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
