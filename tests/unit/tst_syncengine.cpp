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

    // Issue 24: the hall went away and came back; the outbox went out 86 s later, when the
    // grown backoff ran out. Now a probe watches an unreachable hall and its answer starts the
    // resend. The backoff here is ten minutes, so only the probe can send the event in time.
    void theHallsReturnStartsTheResendWithinSeconds()
    {
        QVERIFY(m_rig.addEvents(1));
        bool away = true;
        int probes = 0;
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.target == "/api/v1/health")
                ++probes;
            if (away)
                return ScriptedHall::Reply { 200, {}, {}, true }; // as if nobody listened
            if (r.target == "/api/v1/health")
                return ScriptedHall::Reply { 200, R"({"status":"ok"})" };
            return ackAll(r);
        };
        BackoffPolicy policy(600000, 600000, 3);
        policy.setProbeMs(1000);
        m_rig.engine->setBackoff(policy);
        QSignalSpy finished(m_rig.engine.get(), &SyncEngine::cycleFinished);
        m_rig.engine->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.first().first().toBool());
        // The schedule: the next full cycle minutes away, a probe within the interval.
        QVERIFY(m_rig.engine->nextSyncInMs() > 60000);
        // A probe within the interval, or (on a loaded machine) already on its way.
        QVERIFY2(m_rig.engine->nextProbeInMs() <= 1300, // 1 s, +20% jitter, timer rounding
            qPrintable(QString::number(m_rig.engine->nextProbeInMs())));
        QTRY_VERIFY_WITH_TIMEOUT(probes >= 2, 10000); // probes that find nobody go on
        QCOMPARE(m_rig.counters().queueDepth, 1);
        QVERIFY(!m_rig.engine->online());

        away = false;
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.counters().queueDepth, 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.engine->online(), 10000);
        QCOMPARE(m_rig.sentCount(), 1);
        // Back to the poll interval; nothing probes a hall that answers.
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.engine->nextSyncInMs() >= 0, 10000);
        QCOMPARE(m_rig.engine->nextProbeInMs(), -1);
        m_rig.engine->stop();
    }

    // A hall that answers with errors is there: it is not probed, its Retry-After stands.
    void aHallAnsweringWithErrorsIsNotProbed()
    {
        QVERIFY(m_rig.addEvents(1));
        m_rig.hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 503, "{}", { { "Retry-After", "60" } } };
        };
        BackoffPolicy policy(10, 100, 3);
        policy.setProbeMs(50);
        m_rig.engine->setBackoff(policy);
        QSignalSpy finished(m_rig.engine.get(), &SyncEngine::cycleFinished);
        m_rig.engine->start();
        QVERIFY(finished.wait(15000));
        QVERIFY(m_rig.engine->nextSyncInMs() > 50000);
        QCOMPARE(m_rig.engine->nextProbeInMs(), -1);
        m_rig.engine->stop();
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

    void aRefusedStaffSessionKeepsTheEventQueuedUntilANewToken()
    {
        // A decision whose hall session expired, a kiosk filing behind it, and a later event of
        // the same case by someone else, which must not reach the hall before the decision.
        QVERIFY(addEvent(QStringLiteral("s-1"), QStringLiteral("case-a"), kClerk));
        QVERIFY(m_rig.addEvents(1));
        QVERIFY(addEvent(QStringLiteral("s-2"), QStringLiteral("case-a"), kReviewer, 2));
        QHash<QString, QByteArray> tokens { { kClerk, "expired-token" },
            { kReviewer, "reviewer-token" } };
        m_rig.engine->setStaffTokenSource(
            [&](const QString &actor) { return tokens.value(actor); });
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
            if (r.method == "POST" && r.headers.value("authorization") == "Bearer expired-token")
                return ScriptedHall::Reply { 401,
                    json({ { QStringLiteral("code"), QStringLiteral("staff_session_required") },
                        { QStringLiteral("message"), QStringLiteral("sign in again") } }),
                    { { "WWW-Authenticate", "Bearer" } } };
            return ackAll(r);
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().parked, 0);
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QCOMPARE(sentWith(QStringLiteral("event-1")), QByteArray());

        // The refused token is not tried again.
        const qsizetype before = m_rig.hall->requests.size();
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushesWith("Bearer expired-token"), 1);
        QCOMPARE(m_rig.hall->requests.size(), before + 1); // the feed only
        QCOMPARE(m_rig.counters().queueDepth, 2);

        // The clerk signs in again: the decision goes with the new token, then the later event.
        tokens.insert(kClerk, "fresh-token");
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        QCOMPARE(m_rig.counters().parked, 0);
        QCOMPARE(sentWith(QStringLiteral("s-1")), QByteArray("Bearer fresh-token"));
        QCOMPARE(sentWith(QStringLiteral("s-2")), QByteArray("Bearer reviewer-token"));
    }

    void aStaffEventWithoutATokenWaitsUnsent()
    {
        QVERIFY(addEvent(QStringLiteral("s-1"), QStringLiteral("case-a"), kClerk));
        QVERIFY(m_rig.addEvents(1));
        QByteArray token;
        m_rig.engine->setStaffTokenSource(
            [&](const QString &actor) { return actor == kClerk ? token : QByteArray(); });
        m_rig.hall->handler = ackAll;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 1);
        QCOMPARE(m_rig.counters().parked, 0);
        QCOMPARE(pushesWith({}), 1); // the kiosk's event only
        QCOMPARE(sentWith(QStringLiteral("s-1")), QByteArray("none"));

        token = "clerk-token";
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        QCOMPARE(sentWith(QStringLiteral("s-1")), QByteArray("Bearer clerk-token"));
    }

private:
    const QString kClerk = QStringLiteral("staff:wang.min");
    const QString kReviewer = QStringLiteral("staff:chen.lixin");

    bool addEvent(const QString &id, const QString &caseId, const QString &actor, int seq = 1)
    {
        QSqlQuery q(m_rig.db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO events(event_id, case_id, seq, type, at, actor, body) "
                           "VALUES (?, ?, ?, 'accepted', '2026-11-23T09:30:00+08:00', ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(caseId);
        q.addBindValue(seq);
        q.addBindValue(actor);
        q.addBindValue(QByteArray("{}"));
        return q.exec();
    }

    // The Authorization header of the push that the hall acked the event in ("none": never sent).
    QByteArray sentWith(const QString &eventId) const
    {
        QByteArray found = "none";
        for (const auto &r : std::as_const(m_rig.hall->requests))
            if (r.method == "POST" && eventIdsOf(r).contains(eventId))
                found = r.headers.value("authorization");
        return found;
    }

    int pushesWith(const QByteArray &authorization) const
    {
        int n = 0;
        for (const auto &r : std::as_const(m_rig.hall->requests))
            n += r.method == "POST" && r.headers.value("authorization") == authorization;
        return n;
    }

    QTemporaryDir m_pkiDir;
    SyncRig m_rig;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
