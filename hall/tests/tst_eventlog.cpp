// EventLog: idempotent batches, conflicts, one transaction per batch, and who sees which events.
#include "eventlog.h"
#include "halltestdatabase.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

QJsonObject makeEvent(
    const QString &id, const QString &caseId, int seq, const QString &type, QJsonObject body = {})
{
    return { { QStringLiteral("eventId"), id }, { QStringLiteral("caseId"), caseId },
        { QStringLiteral("seq"), seq }, { QStringLiteral("type"), type },
        { QStringLiteral("at"), QStringLiteral("2026-11-23T09:30:00+08:00") },
        { QStringLiteral("actor"), QStringLiteral("kiosk") }, { QStringLiteral("body"), body } };
}

QJsonObject department(const QString &code) { return { { QStringLiteral("department"), code } }; }

const TerminalInfo kiosk { QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("GZ-TH"), {} };
const TerminalInfo kiosk2 { QStringLiteral("GZ-TH-KIOSK-0002"), QStringLiteral("GZ-TH"), {} };
const TerminalInfo desk { QStringLiteral("GZ-TH-DESK-0001"), QStringLiteral("GZ-TH"), {} };
const TerminalInfo elsewhere { QStringLiteral("SZ-FT-KIOSK-0001"), QStringLiteral("SZ-FT"), {} };
const TerminalInfo rsjDesk { QStringLiteral("GD-RSJ-DESK-0001"), QStringLiteral("GD-RSJ"),
    QStringLiteral("GD-RSJ") };

int stored(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM events"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = openTestDatabase(*m_dir);
        m_log = std::make_unique<EventLog>(*m_db);
    }

    void sameEventTwiceIsStoredOnce()
    {
        const QJsonArray batch { makeEvent(QStringLiteral("e1"), QStringLiteral("c1"), 1,
                                     QStringLiteral("submitted")),
            makeEvent(QStringLiteral("e2"), QStringLiteral("c1"), 2, QStringLiteral("accepted")) };
        for (int i = 0; i < 2; ++i) {
            auto r = m_log->push(kiosk, batch);
            QVERIFY(r.ok());
            QCOMPARE(r->acked, QStringList({ QStringLiteral("e1"), QStringLiteral("e2") }));
            QVERIFY(r->rejected.isEmpty());
        }
        QCOMPARE(stored(*m_db), 2);
        // Key order does not make other content.
        QJsonObject reordered = batch[0].toObject();
        auto again = m_log->push(kiosk, { reordered });
        QCOMPARE(again->acked.size(), 1);
    }

    void sameIdOtherContentIsAConflict()
    {
        QVERIFY(m_log
                    ->push(kiosk,
                        { makeEvent(QStringLiteral("e1"), QStringLiteral("c1"), 1,
                            QStringLiteral("submitted")) })
                    .ok());
        auto r = m_log->push(kiosk,
            { makeEvent(
                QStringLiteral("e1"), QStringLiteral("c1"), 1, QStringLiteral("withdrawn")) });
        QVERIFY(r->acked.isEmpty());
        QCOMPARE(r->rejected[0].toObject().value(u"code").toString(), QStringLiteral("conflict"));
        QCOMPARE(stored(*m_db), 1);
    }

    void secondDecisionForOneDepartmentIsAConflict()
    {
        auto r = m_log->push(desk,
            { makeEvent(QStringLiteral("e1"), QStringLiteral("c1"), 1, QStringLiteral("submitted")),
                makeEvent(QStringLiteral("e2"), QStringLiteral("c1"), 2,
                    QStringLiteral("department_approved"), department(QStringLiteral("GD-RSJ"))),
                makeEvent(QStringLiteral("e3"), QStringLiteral("c1"), 3,
                    QStringLiteral("department_refused"), department(QStringLiteral("GD-RSJ"))),
                makeEvent(QStringLiteral("e4"), QStringLiteral("c1"), 4,
                    QStringLiteral("department_approved"), department(QStringLiteral("GD-MZJ"))) });
        QCOMPARE(r->acked,
            QStringList({ QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e4") }));
        QCOMPARE(r->rejected.size(), 1);
        const QJsonObject rejected = r->rejected[0].toObject();
        QCOMPARE(rejected.value(u"eventId").toString(), QStringLiteral("e3"));
        QCOMPARE(rejected.value(u"code").toString(), QStringLiteral("conflict"));
        QCOMPARE(rejected.value(u"storedEventId").toString(), QStringLiteral("e2"));
        // Another reviewer at another terminal is refused as well; the first decision is acked
        // again.
        auto other = m_log->push(kiosk2,
            { makeEvent(QStringLiteral("e9"), QStringLiteral("c1"), 1,
                  QStringLiteral("department_refused"), department(QStringLiteral("GD-RSJ"))),
                makeEvent(QStringLiteral("e2"), QStringLiteral("c1"), 2,
                    QStringLiteral("department_approved"), department(QStringLiteral("GD-RSJ"))) });
        QCOMPARE(other->acked, QStringList({ QStringLiteral("e2") }));
        QCOMPARE(other->rejected.size(), 1);
    }

    void invalidEventsAreRejectedNotStored_data()
    {
        QTest::addColumn<QJsonObject>("e");
        QJsonObject base
            = makeEvent(QStringLiteral("e1"), QStringLiteral("c1"), 1, QStringLiteral("submitted"));
        QJsonObject noCase = base;
        noCase.remove(QStringLiteral("caseId"));
        QJsonObject badType = base;
        badType[QStringLiteral("type")] = QStringLiteral("approved_by_magic");
        QJsonObject badSeq = base;
        badSeq[QStringLiteral("seq")] = 0;
        QJsonObject badAt = base;
        badAt[QStringLiteral("at")] = QStringLiteral("yesterday");
        QJsonObject noBody = base;
        noBody[QStringLiteral("body")] = 3;
        QTest::newRow("no caseId") << noCase;
        QTest::newRow("unknown type") << badType;
        QTest::newRow("seq 0") << badSeq;
        QTest::newRow("bad time") << badAt;
        QTest::newRow("body not an object") << noBody;
        QTest::newRow("decision without department") << makeEvent(
            QStringLiteral("e1"), QStringLiteral("c1"), 1, QStringLiteral("department_approved"));
    }
    void invalidEventsAreRejectedNotStored()
    {
        QFETCH(QJsonObject, e);
        auto r = m_log->push(kiosk, { e });
        QVERIFY(r.ok());
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected[0].toObject().value(u"code").toString(), QStringLiteral("invalid"));
        QCOMPARE(stored(*m_db), 0);
    }

    void feedVisibility()
    {
        QVERIFY(m_log
                    ->push(kiosk,
                        { makeEvent(QStringLiteral("a1"), QStringLiteral("gz-case"), 1,
                              QStringLiteral("submitted")),
                            makeEvent(QStringLiteral("a2"), QStringLiteral("gz-case"), 2,
                                QStringLiteral("routed"),
                                { { QStringLiteral("departments"),
                                    QJsonArray { QStringLiteral("GD-RSJ") } } }) })
                    .ok());
        QVERIFY(m_log
                    ->push(elsewhere,
                        { makeEvent(QStringLiteral("b1"), QStringLiteral("sz-case"), 1,
                            QStringLiteral("submitted")) })
                    .ok());
        // A decision made at the department's desk on the Guangzhou case.
        QVERIFY(m_log
                    ->push(rsjDesk,
                        { makeEvent(QStringLiteral("a3"), QStringLiteral("gz-case"), 1,
                            QStringLiteral("department_approved"),
                            department(QStringLiteral("GD-RSJ"))) })
                    .ok());

        const auto ids = [&](const TerminalInfo &t) {
            QStringList out;
            // Keep the page alive: a range-for over a temporary's member would dangle.
            const auto page = m_log->feed(t, 0, 100);
            for (const QJsonValue &v : page->events)
                out.append(v.toObject().value(u"eventId").toString());
            return out;
        };
        QCOMPARE(ids(kiosk),
            QStringList({ QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3") }));
        QCOMPARE(ids(kiosk2), ids(kiosk)); // same town hall
        QCOMPARE(ids(elsewhere), QStringList({ QStringLiteral("b1") }));
        QCOMPARE(ids(rsjDesk),
            QStringList({ QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3") }));
    }

    void feedPagesWithACursor()
    {
        QJsonArray batch;
        for (int i = 1; i <= 25; ++i)
            batch.append(makeEvent(QStringLiteral("e%1").arg(i), QStringLiteral("c%1").arg(i % 3),
                1 + i / 3, QStringLiteral("submitted")));
        QVERIFY(m_log->push(kiosk, batch).ok());
        QVERIFY(m_log
                    ->push(elsewhere,
                        { makeEvent(QStringLiteral("x"), QStringLiteral("sz"), 1,
                            QStringLiteral("submitted")) })
                    .ok());
        qint64 cursor = 0, lastHallSeq = 0;
        QStringList seen;
        for (int page = 0; page < 10; ++page) {
            auto p = m_log->feed(kiosk, cursor, 10);
            QVERIFY(p.ok());
            QVERIFY(p->events.size() <= 10);
            for (const QJsonValue &v : p->events) {
                // Events come in the hall's order, across pages too.
                const qint64 hallSeq = v.toObject().value(u"hallSeq").toInteger();
                QVERIFY(hallSeq > lastHallSeq);
                lastHallSeq = hallSeq;
                seen.append(v.toObject().value(u"eventId").toString());
            }
            QVERIFY(p->nextCursor >= cursor);
            cursor = p->nextCursor;
            if (!p->hasMore)
                break;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.removeDuplicates(), 0);
        // The cursor is past the invisible Shenzhen event too: the next page holds only news.
        QVERIFY(m_log->feed(kiosk, cursor, 10)->events.isEmpty());
        QCOMPARE(m_log->feed(kiosk, cursor, 10)->nextCursor, cursor);
        QVERIFY(m_log
                    ->push(kiosk,
                        { makeEvent(QStringLiteral("new"), QStringLiteral("c9"), 1,
                            QStringLiteral("submitted")) })
                    .ok());
        const auto news = m_log->feed(kiosk, cursor, 10);
        QCOMPARE(news->events.size(), 1);
        QCOMPARE(news->events[0].toObject().value(u"eventId").toString(), QStringLiteral("new"));
    }

    void lateRoutingDeliversTheWholeCase()
    {
        // The department's desk polls before the case reaches it, and sees nothing of it.
        QVERIFY(m_log
                    ->push(kiosk,
                        { makeEvent(QStringLiteral("s1"), QStringLiteral("late"), 1,
                            QStringLiteral("submitted")) })
                    .ok());
        const auto before = m_log->feed(rsjDesk, 0, 10);
        QVERIFY(before->events.isEmpty());
        const qint64 cursor = before->nextCursor;
        QVERIFY(cursor > 0);
        // Routed later: the earlier events arrive after the desk's cursor, in the hall's order.
        QVERIFY(m_log
                    ->push(desk,
                        { makeEvent(QStringLiteral("s2"), QStringLiteral("late"), 1,
                              QStringLiteral("accepted")),
                            makeEvent(QStringLiteral("s3"), QStringLiteral("late"), 2,
                                QStringLiteral("routed"),
                                { { QStringLiteral("departments"),
                                    QJsonArray {
                                        QStringLiteral("GD-RSJ"), QStringLiteral("GD-MZJ") } } }) })
                    .ok());
        QVERIFY(m_log
                    ->push(rsjDesk,
                        { makeEvent(QStringLiteral("s4"), QStringLiteral("late"), 1,
                            QStringLiteral("department_approved"),
                            department(QStringLiteral("GD-RSJ"))) })
                    .ok());
        const auto after = m_log->feed(rsjDesk, cursor, 10);
        QStringList ids;
        qint64 lastSeq = 0;
        for (const QJsonValue &v : after->events) {
            ids.append(v.toObject().value(u"eventId").toString());
            QVERIFY(v.toObject().value(u"hallSeq").toInteger() > lastSeq);
            lastSeq = v.toObject().value(u"hallSeq").toInteger();
        }
        QCOMPARE(ids,
            QStringList({ QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                QStringLiteral("s4") }));
        // The town hall's terminals saw s1 before the routing and get each event exactly once.
        QStringList kioskIds;
        const auto all = m_log->feed(kiosk, 0, 100);
        for (const QJsonValue &v : all->events)
            kioskIds.append(v.toObject().value(u"eventId").toString());
        QCOMPARE(kioskIds,
            QStringList({ QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                QStringLiteral("s4") }));
    }

    void fullBatchIsQuick()
    {
        QJsonArray batch;
        for (int i = 0; i < EventLog::kMaxBatch; ++i)
            batch.append(makeEvent(QStringLiteral("evt-%1").arg(i),
                QStringLiteral("case-%1").arg(i / 5), 1 + i % 5, QStringLiteral("submitted"),
                { { QStringLiteral("form"), QStringLiteral("x").repeated(200) } }));
        QElapsedTimer t;
        t.start();
        auto r = m_log->push(kiosk, batch);
        const qint64 first = t.restart();
        auto again = m_log->push(kiosk, batch);
        const qint64 second = t.elapsed();
        QCOMPARE(r->acked.size(), EventLog::kMaxBatch);
        QCOMPARE(again->acked.size(), EventLog::kMaxBatch);
        qInfo() << "500 events:" << first << "ms new," << second << "ms repeated";
        QVERIFY2(first < 2000 && second < 2000, "a full batch must take milliseconds, not seconds");
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventLog> m_log;
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
