// The sync engine against a hall that answers badly (issue 5): malformed JSON, wrong types, a
// huge body, a feed that repeats, jumps or goes backwards, a 409 for one event. Each time
// nothing is lost or doubled, and the reason reaches the sync counters the admin health page
// and `onewindowctl sync status` show.
#include "fixtures/hallanswers.h"
#include "fixtures/syncrig.h"

#include <QTest>

using namespace onewindow;
using namespace synctest;

namespace {

QJsonObject feedEvent(const QString &id)
{
    return { { QStringLiteral("eventId"), id }, { QStringLiteral("caseId"), QStringLiteral("c-9") },
        { QStringLiteral("seq"), 1 }, { QStringLiteral("type"), QStringLiteral("accepted") },
        { QStringLiteral("at"), QStringLiteral("2026-11-23T10:00:00+08:00") },
        { QStringLiteral("actor"), QStringLiteral("clerk") },
        { QStringLiteral("body"), QJsonObject {} } };
}

QByteArray page(std::initializer_list<const char *> ids, qint64 nextCursor)
{
    QJsonArray events;
    for (const char *id : ids)
        events.append(feedEvent(QString::fromLatin1(id)));
    return json(
        { { QStringLiteral("events"), events }, { QStringLiteral("nextCursor"), nextCursor } });
}

qint64 cursorOf(const ScriptedHall::Request &r)
{
    const QByteArray target = r.target;
    const qsizetype from = target.indexOf("cursor=") + 7;
    return target.mid(from, target.indexOf('&', from) - from).toLongLong();
}

} // namespace

class TestSyncEngineBadInput : public QObject
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

    void aFeedOfWrongTypesStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"events\": [") << "JSON";
        QTest::newRow("a list") << QByteArray("[]") << "$: not an object";
        QTest::newRow("cursor as text")
            << hallanswers::bytes(QStringLiteral("hall_feed/bad-cursor-string.json"))
            << "$.nextCursor";
        QTest::newRow("events not a list")
            << hallanswers::bytes(QStringLiteral("hall_feed/bad-events-object.json")) << "$.events";
        QTest::newRow("event without id")
            << hallanswers::bytes(QStringLiteral("hall_feed/bad-event-without-id.json"))
            << "$.events[1].eventId";
        QTest::newRow("seq as text")
            << hallanswers::bytes(QStringLiteral("hall_feed/bad-seq-string.json"))
            << "$.events[0].seq";
    }

    void aFeedOfWrongTypesStoresNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QVERIFY(m_rig.store->applyFeed({}, 2).ok());
        m_rig.hall->handler = [&](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, body };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 2);
        QCOMPARE(m_rig.inboxCount(), 0);
        QVERIFY2(
            m_rig.counters().lastError.contains(reason), qPrintable(m_rig.counters().lastError));
        // The hall mends its ways: the same place is read again and nothing was skipped.
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
            return ScriptedHall::Reply { 200, cursorOf(r) == 2 ? page({ "h-1" }, 4) : page({}, 4) };
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.inboxCount(), 1);
        QVERIFY(m_rig.counters().lastError.isEmpty());
    }

    void unreadablePushAnswersMarkNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("acked as text") << QByteArray(R"({"acked":"event-1"})") << "$.acked";
        QTest::newRow("rejected an object")
            << QByteArray(R"({"acked":[],"rejected":{"eventId":"event-1"}})") << "$.rejected";
        QTest::newRow("rejected entry a number")
            << QByteArray(R"({"acked":["event-1"],"rejected":[7]})") << "$.rejected[0]";
    }

    void unreadablePushAnswersMarkNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QVERIFY(m_rig.addEvents(2));
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            return r.method == "POST" ? ScriptedHall::Reply { 200, body } : ackAll(r);
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QCOMPARE(m_rig.counters().parked, 0);
        QCOMPARE(m_rig.sentCount(), 0);
        QVERIFY2(
            m_rig.counters().lastError.contains(reason), qPrintable(m_rig.counters().lastError));
    }

    // An answer over the cap is dropped unread: even the acks in it do not count.
    void aHugeAnswerIsDroppedAndNothingIsLost()
    {
        QVERIFY(m_rig.addEvents(2));
        bool huge = true;
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method != "POST" || !huge)
                return ackAll(r);
            QByteArray body = ackAll(r).body;
            body.chop(1);
            body += ",\"pad\":\"" + QByteArray(HallClient::kMaxBodyBytes, 'x') + "\"}";
            return ScriptedHall::Reply { 200, body };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 2);
        QCOMPARE(m_rig.sentCount(), 0);
        QVERIFY2(m_rig.counters().lastError.contains(QStringLiteral("MiB")),
            qPrintable(m_rig.counters().lastError));
        huge = false;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.sentCount(), 2);
    }

    // The cursor counts the hall's whole feed, of which a terminal sees a part: a jump is how
    // the reference hall passes events for others (hall/README.md), so it is followed.
    void aFeedThatJumpsAheadIsFollowed()
    {
        const QByteArray jump
            = hallanswers::bytes(QStringLiteral("hall_feed/feed-page-cursor-jump.json"));
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            return ScriptedHall::Reply { 200, cursorOf(r) == 0 ? jump : page({}, 18) };
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 18);
        QCOMPARE(m_rig.inboxCount(), 2);
        QVERIFY(m_rig.counters().lastError.isEmpty());
        QCOMPARE(m_rig.hall->requests.size(), 2);
    }

    // Events come again (a department routed late gets a case's history): applied once.
    void eventsThatComeAgainAreAppliedOnce()
    {
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
            switch (cursorOf(r)) {
            case 0:
                return ScriptedHall::Reply { 200, page({ "h-1", "h-2" }, 3) };
            case 3:
                return ScriptedHall::Reply { 200, page({ "h-2", "h-3" }, 5) };
            default:
                return ScriptedHall::Reply { 200, page({}, 5) };
            }
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.inboxCount(), 3);
        auto pending = m_rig.store->unappliedInbox(10, QStringLiteral("progress"));
        QCOMPARE(pending->size(), 3);
        for (const OutboxEvent &e : pending.value())
            QVERIFY(m_rig.store->markApplied(e.eventId).ok());

        // Later the hall sends the first two again: nothing new to apply, nothing doubled.
        m_rig.hall->handler = [](const ScriptedHall::Request &r) {
            return ScriptedHall::Reply { 200,
                cursorOf(r) == 5 ? page({ "h-1", "h-2" }, 9) : page({}, 9) };
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 9);
        QCOMPARE(m_rig.inboxCount(), 3);
        QVERIFY(m_rig.store->unappliedInbox(10, QStringLiteral("progress"))->isEmpty());
    }

    void aPageGoingBackwardsIsRefusedWhole()
    {
        QVERIFY(m_rig.store->applyFeed({}, 50).ok());
        m_rig.hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, page({ "h-7" }, 10) };
        };
        QVERIFY(!m_rig.runCycle());
        QCOMPARE(m_rig.counters().cursor, 50);
        QCOMPARE(m_rig.inboxCount(), 0);
        QVERIFY(m_rig.counters().lastError.contains(QStringLiteral("from 50 to 10")));
    }

    // The hall holds event-2 with other content: it answers 409 to every batch with it. The
    // engine narrows the refusal down to that event, parks it with the hall's reason and sends
    // the others; it is not sent again until a person retries it.
    void a409ForAnEventStoredWithOtherContentParksOnlyIt()
    {
        QVERIFY(m_rig.addEvents(4));
        const QString bad = QStringLiteral("event-2");
        int pushesWithBad = 0;
        m_rig.hall->handler = [&](const ScriptedHall::Request &r) {
            if (r.method == "POST" && eventIdsOf(r).contains(bad)) {
                ++pushesWithBad;
                return ScriptedHall::Reply { 409,
                    json({ { QStringLiteral("code"), QStringLiteral("conflict") },
                        { QStringLiteral("message"),
                            QStringLiteral("an event with this eventId is stored with other "
                                           "content") } }) };
            }
            return ackAll(r);
        };
        QVERIFY(m_rig.runCycle());
        QCOMPARE(m_rig.counters().queueDepth, 0);
        QCOMPARE(m_rig.counters().parked, 1);
        QCOMPARE(m_rig.sentCount(), 3);
        QVERIFY(m_rig.counters().lastError.isEmpty());
        const auto parked = m_rig.store->parkedEvents();
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().eventId, bad);
        QCOMPARE(parked->first().code, QStringLiteral("conflict"));
        QVERIFY(parked->first().message.contains(QStringLiteral("other content")));

        const int before = pushesWithBad;
        QVERIFY(m_rig.runCycle());
        QCOMPARE(pushesWithBad, before);
        QCOMPARE(m_rig.counters().parked, 1);
    }

private:
    QTemporaryDir m_pkiDir;
    SyncRig m_rig;
};

QTEST_GUILESS_MAIN(TestSyncEngineBadInput)
#include "tst_syncengine_badinput.moc"
