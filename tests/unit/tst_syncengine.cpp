// The sync engine against a scripted hall over real mutual TLS: what is marked sent, parked,
// pulled, and what is left alone when the hall misbehaves.
#include "fixtures/syncrig.h"

#include <QTest>

using namespace onewindow;
using namespace synctest;

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_pkiDir.isValid());
        QVERIFY(ScriptedHall::makePki(m_pkiDir.path()));
    }

    void init() { QVERIFY(m_rig.start(m_pkiDir.path())); }
    void cleanup() { m_rig.stop(); }

    void pushesEventsAndMarksThemSent()
    {
        QVERIFY(m_rig.addEvents(3));
        m_rig.hall->handler = ackAll;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        const auto &push = m_rig.hall->requests.first();
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
        QVERIFY(m_rig.addEvents(2));
        int calls = 0;
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method == "POST" && ++calls == 1)
                return ScriptedHall::Reply { 503, "{}", { { "Retry-After", "1" } } };
            return ackAll(r);
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QVERIFY(!m_rig.counters().lastError.isEmpty());
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        QVERIFY(m_rig.counters().lastError.isEmpty());
        QCOMPARE(m_rig.hall->requests.at(0).headers.value("idempotency-key"),
            m_rig.hall->requests.at(1).headers.value("idempotency-key"));
    }

    void droppedConnectionsLoseNothing()
    {
        QVERIFY(m_rig.addEvents(2));
        bool hallDown = true;
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (hallDown)
                return ScriptedHall::Reply { 200, {}, {}, true };
            return ackAll(r);
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QVERIFY(!m_rig.engine->online());
        hallDown = false;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
    }

    void rejectedEventsAreParkedWithTheirReason()
    {
        QVERIFY(m_rig.addEvents(3));
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
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
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        const auto parked = m_rig.store->parkedEvents();
        QVERIFY(parked.ok());
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().code, QStringLiteral("conflict"));
        QCOMPARE(parked->first().message, QStringLiteral("already decided"));

        // A person retries it: it goes out again.
        QVERIFY(m_rig.store->unpark(parked->first().eventId).value());
        m_rig.hall->handler = ackAll;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().parked, 0);
        QCOMPARE(m_rig.counters().queueDepth, 0);
    }

    void aRefusedBatchParksOnlyTheEventItIsAbout()
    {
        QVERIFY(m_rig.addEvents(4));
        const QString bad = QStringLiteral("event-3");
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method == "POST" && eventIdsOf(r).contains(bad))
                return ScriptedHall::Reply { 400,
                    json({ { QStringLiteral("code"), QStringLiteral("invalid_event") },
                        { QStringLiteral("message"), QStringLiteral("bad type") } }) };
            return ackAll(r);
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        const auto parked = m_rig.store->parkedEvents();
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().eventId, bad);
        QCOMPARE(parked->first().code, QStringLiteral("invalid_event"));
    }

    void acknowledgementsOfEventsNotSentAreIgnored()
    {
        QVERIFY(m_rig.addEvents(1));
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
            if (r.method == "GET")
                return ackAll(r);
            return ScriptedHall::Reply {
                200,
                json({ { QStringLiteral("acked"), QJsonArray { QStringLiteral("someone-else") } } })
            };
        };
        m_rig.runCycle();
        QCOMPARE(m_rig.counters().queueDepth, 1);
    }

    void malformedAnswersChangeNothing()
    {
        QVERIFY(m_rig.addEvents(2));
        m_rig.hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, "{\"acked\": [\"event-1\"" };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QVERIFY(m_rig.counters().lastError.contains(QStringLiteral("JSON")));
    }

    void aStorageFailureMarksNothingSent()
    {
        QVERIFY(m_rig.addEvents(2));
        QSqlQuery q(m_rig.db->connection());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER full_disk BEFORE UPDATE OF sent_at ON events "
                           "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        m_rig.hall->handler = ackAll;
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QVERIFY(m_rig.counters().lastError.contains(QStringLiteral("disk is full")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER full_disk")));
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
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
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            const bool start = r.target.contains("cursor=0&");
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("events"), start ? page : QJsonArray {} },
                    { QStringLiteral("nextCursor"), start ? 7 : 7 } }) };
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 7);
        QCOMPARE(m_rig.inboxCount(), 2);
        QVERIFY(m_rig.store->applyFeed({ page[0].toObject(), page[1].toObject() }, 7).ok());
        QCOMPARE(m_rig.inboxCount(), 2);
    }

    void aCursorThatGoesBackwardsIsRefused()
    {
        QVERIFY(m_rig.store->applyFeed({}, 50).ok());
        m_rig.hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("events"), QJsonArray {} },
                    { QStringLiteral("nextCursor"), 10 } }) };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 50);
        QVERIFY(m_rig.counters().lastError.contains(QStringLiteral("backwards")));
    }

    void aRedirectIsNotFollowed()
    {
        QVERIFY(m_rig.addEvents(1));
        m_rig.hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 302, "{}",
                { { "Location", "http://127.0.0.1:1/api/v1/events:batch" } } };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 1);
        QCOMPARE(m_rig.hall->requests.size(), 1);
    }

    void theAuditHeadTravelsWithEverySync()
    {
        QString head = QStringLiteral("7:aa11");
        m_rig.engine->setAuditHeadSource([&head] { return head; });
        m_rig.hall->handler = ackAll;
        auto pushes = [this] {
            QList<QJsonObject> bodies;
            for (const auto &r : std::as_const(m_rig.hall->requests))
                if (r.method == "POST")
                    bodies << QJsonDocument::fromJson(r.body).object();
            return bodies;
        };

        QVERIFY(m_rig.addEvents(1));
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushes().size(), 1);
        QCOMPARE(pushes().last().value(QStringLiteral("auditHead")).toString(), head);

        // Nothing new in the audit log and no events: no push, only the feed.
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushes().size(), 1);

        // The log grew without case events: an empty batch carries the new head.
        head = QStringLiteral("9:bb22");
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushes().size(), 2);
        QCOMPARE(pushes().last().value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(pushes().last().value(QStringLiteral("auditHead")).toString(), head);
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushes().size(), 2);

        // A head that moves on at every read sends one head-only batch per cycle, no more.
        int reads = 0;
        m_rig.engine->setAuditHeadSource(
            [&reads] { return QStringLiteral("%1:cc").arg(100 + ++reads); });
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushes().size(), 3);
    }

private:
    QTemporaryDir m_pkiDir;
    SyncRig m_rig;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
