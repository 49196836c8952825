// EventFeed: audiences, each event once per terminal, late publication after the cursor.
#include "eventfeed.h"
#include "halltestdatabase.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
const TerminalInfo kKiosk { QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("GZ-TH"), {} };
const TerminalInfo kDeptDesk { QStringLiteral("GD-RSJ-DESK-0001"), QStringLiteral("GD-RSJ"),
    QStringLiteral("GD-RSJ") };
const TerminalInfo kStranger { QStringLiteral("SZ-FT-KIOSK-0001"), QStringLiteral("SZ-FT"), {} };

// Stores a bare event row as EventLog would; returns its hall sequence number.
qint64 storeEvent(Database &db, const QString &eventId, const QString &caseId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO events (event_id, case_id, case_seq, type, terminal_id, "
                             "content_hash, json, received_at) VALUES (?, ?, ?, 'submitted', "
                             "'GZ-TH-KIOSK-0001', x'00', ?, '2026-11-23T10:00:00+08:00')"));
    static int caseSeq = 0;
    q.addBindValue(eventId);
    q.addBindValue(caseId);
    q.addBindValue(++caseSeq);
    q.addBindValue(QStringLiteral(R"({"eventId":"%1","caseId":"%2"})").arg(eventId, caseId));
    if (!q.exec())
        qFatal("cannot store a test event: %s", qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

QStringList ids(const EventFeed::Page &page)
{
    QStringList out;
    for (const QJsonValue &v : page.events)
        out.append(v.toObject().value(u"eventId").toString());
    return out;
}
} // namespace

class TestEventFeed : public QObject
{
    Q_OBJECT
private slots:
    void audiencesAndOncePerTerminal()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        EventFeed feed(*db);
        const qint64 a = storeEvent(*db, QStringLiteral("a"), QStringLiteral("c1"));
        // Visible to the town hall, the filing terminal and a department: three rows, one event.
        QVERIFY(feed.publish(
                        a, QStringLiteral("GZ-TH"), kKiosk.terminalId, { QStringLiteral("GD-RSJ") })
                    .ok());
        const qint64 b = storeEvent(*db, QStringLiteral("b"), QStringLiteral("c2"));
        QVERIFY(feed.publish(b, QStringLiteral("SZ-FT"), kStranger.terminalId, {}).ok());
        const TerminalInfo both { kKiosk.terminalId, QStringLiteral("GZ-TH"),
            QStringLiteral("GD-RSJ") };
        QCOMPARE(ids(feed.page(kKiosk, 0, 10).value()), QStringList { QStringLiteral("a") });
        QCOMPARE(ids(feed.page(both, 0, 10).value()), QStringList { QStringLiteral("a") });
        QCOMPARE(ids(feed.page(kDeptDesk, 0, 10).value()), QStringList { QStringLiteral("a") });
        QCOMPARE(ids(feed.page(kStranger, 0, 10).value()), QStringList { QStringLiteral("b") });
        const auto page = feed.page(kKiosk, 0, 10).value();
        QCOMPARE(page.events[0].toObject().value(u"hallSeq").toInteger(), a);
        QCOMPARE(page.events[0].toObject().value(u"terminalId").toString(), kKiosk.terminalId);
        // The last page's cursor is past everything, the stranger's event included.
        QCOMPARE(page.nextCursor, 5); // a: three rows, b: two
        QVERIFY(!page.hasMore);
    }

    void historyComesAfterTheCursor()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        EventFeed feed(*db);
        for (const char *id : { "s1", "s2" }) {
            const qint64 seq = storeEvent(*db, QLatin1String(id), QStringLiteral("late"));
            QVERIFY(feed.publish(seq, QStringLiteral("GZ-TH"), kKiosk.terminalId, {}).ok());
        }
        const qint64 cursor = feed.page(kDeptDesk, 0, 10)->nextCursor;
        QVERIFY(feed.page(kDeptDesk, 0, 10)->events.isEmpty());
        const qint64 kioskCursor = feed.page(kKiosk, 0, 10)->nextCursor;
        QVERIFY(feed.publishHistory(QStringLiteral("late"), QStringLiteral("GD-RSJ")).ok());
        QCOMPARE(ids(feed.page(kDeptDesk, cursor, 10).value()),
            QStringList({ QStringLiteral("s1"), QStringLiteral("s2") }));
        // The kiosk saw them already and does not get them again.
        QVERIFY(feed.page(kKiosk, kioskCursor, 10)->events.isEmpty());
        const TerminalInfo townHallDesk { QStringLiteral("GZ-TH-DESK-0009"),
            QStringLiteral("GZ-TH"), QStringLiteral("GD-RSJ") };
        QCOMPARE(ids(feed.page(townHallDesk, 0, 10).value()),
            QStringList({ QStringLiteral("s1"), QStringLiteral("s2") }));
    }

    void pagesAndLimits()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        EventFeed feed(*db);
        for (int i = 0; i < 7; ++i) {
            const qint64 seq = storeEvent(*db, QStringLiteral("e%1").arg(i), QStringLiteral("c"));
            QVERIFY(feed.publish(seq, QStringLiteral("GZ-TH"), kKiosk.terminalId, {}).ok());
        }
        auto first = feed.page(kKiosk, 0, 3).value();
        QCOMPARE(first.events.size(), 3);
        QVERIFY(first.hasMore);
        auto rest = feed.page(kKiosk, first.nextCursor, 100).value();
        QCOMPARE(rest.events.size(), 4);
        QVERIFY(!rest.hasMore);
        QCOMPARE(feed.page(kKiosk, 0, 0)->events.size(), 1); // at least one per page
    }
};

QTEST_GUILESS_MAIN(TestEventFeed)
#include "tst_eventfeed.moc"
