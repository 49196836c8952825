// HallApi: routing, error bodies, Idempotency-Key, citizens, staff, payments, catalog and trust.
#include "demoseeder.h"
#include "hallapi.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

const QString kKiosk = QStringLiteral("GZ-TH-KIOSK-0001");
const QString kChen = QStringLiteral("440106198503121018"); // 陈志强 in demo-citizens.json

QByteArray sourceFile(const char *name)
{
    QFile f(QStringLiteral(HALL_SOURCE_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HttpRequest request(const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
    QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = path.indexOf('?');
    r.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        for (const QByteArray &pair : path.mid(q + 1).split('&')) {
            const auto parts = pair.split('=');
            r.query.emplaceBack(parts.value(0), parts.value(1));
        }
    if (method == "POST")
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers = std::move(headers);
    // Every write carries an Idempotency-Key (hall-protocol.md); a fresh one unless given.
    static int counter = 0;
    if (method == "POST" && r.header("idempotency-key").isEmpty())
        r.headers.emplaceBack("idempotency-key", "test-key-" + QByteArray::number(++counter));
    return r;
}

QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

} // namespace

class TestHallApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = openTestDatabase(m_dir);
        auto ring = KeyRing::loadOrCreateDemoIssuers(m_dir.filePath(QStringLiteral("issuers")));
        QVERIFY(ring.ok());
        m_issuers = std::move(ring).value();
        m_api = std::make_unique<HallApi>(
            *m_db, m_publishers, m_issuers, HallApi::Options { 200, true });
        QVERIFY(DemoSeeder(*m_db, m_issuers).seed(sourceFile("demo-citizens.json")).ok());
        QVERIFY(m_api->staff().seedDemo(sourceFile("demo-staff.json")).ok());
    }

    void healthAndErrors()
    {
        HttpResponse r = m_api->handle(request("GET", "/api/v1/health"), kKiosk);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"status").toString(), QStringLiteral("ok"));
        QVERIFY(!json(r).value(u"serverTime").toString().isEmpty());

        r = m_api->handle(request("GET", "/api/v1/nothing"), kKiosk);
        QCOMPARE(r.status, 404);
        QCOMPARE(json(r).value(u"code").toString(), QStringLiteral("not_found"));
        QCOMPARE(m_api->handle(request("GET", "/elsewhere"), kKiosk).status, 404);
        QCOMPARE(m_api->handle(request("DELETE", "/api/v1/health"), kKiosk).status, 405);
        QCOMPARE(m_api->handle(request("GET", "/api/v1/events:batch"), kKiosk).status, 405);
        HttpRequest garbage = request("POST", "/api/v1/events:batch");
        garbage.body = "{not json";
        r = m_api->handle(garbage, kKiosk);
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r).value(u"code").toString(), QStringLiteral("invalid_json"));
    }

    void writesNeedAnIdempotencyKey()
    {
        HttpRequest r = request("POST", "/api/v1/evaluations",
            { { QStringLiteral("caseId"), QStringLiteral("rated-case") },
                { QStringLiteral("score"), 5 } });
        r.headers.clear();
        HttpResponse answer = m_api->handle(r, kKiosk);
        QCOMPARE(answer.status, 400);
        QCOMPARE(
            json(answer).value(u"code").toString(), QStringLiteral("idempotency_key_required"));
        // Queries and logins are not writes: no key needed, and their answers are not kept.
        r = request("POST", "/api/v1/citizens/certificates:query",
            { { QStringLiteral("idNumber"), kChen } }, { { "x-citizen-session", "attested" } });
        r.headers.removeIf([](const auto &h) { return h.first == "idempotency-key"; });
        QCOMPARE(m_api->handle(r, kKiosk).status, 200);
        // A rating is stored once; the same rating again is 200, another one a conflict.
        const QJsonObject rating { { QStringLiteral("caseId"), QStringLiteral("rated-case") },
            { QStringLiteral("score"), 5 } };
        QCOMPARE(m_api->handle(request("POST", "/api/v1/evaluations", rating), kKiosk).status, 201);
        QCOMPARE(m_api->handle(request("POST", "/api/v1/evaluations", rating), kKiosk).status, 200);
        QJsonObject worse = rating;
        worse[QStringLiteral("score")] = 1;
        QCOMPARE(m_api->handle(request("POST", "/api/v1/evaluations", worse), kKiosk).status, 409);
        worse[QStringLiteral("score")] = 6;
        QCOMPARE(m_api->handle(request("POST", "/api/v1/evaluations", worse), kKiosk).status, 400);
    }

    void batchRules()
    {
        QJsonObject body { { QStringLiteral("terminalId"), QStringLiteral("GZ-TH-KIOSK-0002") },
            { QStringLiteral("events"), QJsonArray() } };
        QCOMPARE(m_api->handle(request("POST", "/api/v1/events:batch", body), kKiosk).status, 403);
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(QJsonObject { { QStringLiteral("eventId"), QString::number(i) } });
        body = { { QStringLiteral("terminalId"), kKiosk }, { QStringLiteral("events"), many } };
        QCOMPARE(m_api->handle(request("POST", "/api/v1/events:batch", body), kKiosk).status, 413);
    }

    void idempotencyKey()
    {
        const QJsonObject event { { QStringLiteral("eventId"), QStringLiteral("idem-1") },
            { QStringLiteral("caseId"), QStringLiteral("idem-case") }, { QStringLiteral("seq"), 1 },
            { QStringLiteral("type"), QStringLiteral("submitted") },
            { QStringLiteral("at"), QStringLiteral("2026-11-23T09:00:00+08:00") },
            { QStringLiteral("actor"), QStringLiteral("kiosk") },
            { QStringLiteral("body"), QJsonObject() } };
        const QJsonObject body { { QStringLiteral("terminalId"), kKiosk },
            { QStringLiteral("events"), QJsonArray { event } } };
        const QList<QPair<QByteArray, QByteArray>> key { { "idempotency-key", "0f7c2b1e-key-1" } };
        const HttpResponse first
            = m_api->handle(request("POST", "/api/v1/events:batch", body, key), kKiosk);
        QCOMPARE(first.status, 200);
        const HttpResponse again
            = m_api->handle(request("POST", "/api/v1/events:batch", body, key), kKiosk);
        QCOMPARE(again.body, first.body);
        QJsonObject other = body;
        other[QStringLiteral("events")] = QJsonArray();
        const HttpResponse reused
            = m_api->handle(request("POST", "/api/v1/events:batch", other, key), kKiosk);
        QCOMPARE(reused.status, 409);
        QCOMPARE(json(reused).value(u"code").toString(), QStringLiteral("idempotency_key_reused"));

        const HttpResponse feed
            = m_api->handle(request("GET", "/api/v1/events?cursor=0&limit=10"), kKiosk);
        QCOMPARE(feed.status, 200);
        QCOMPARE(json(feed).value(u"events").toArray().size(), 1);
        // The cursor is a JSON number; paging on from it gives nothing new and the same cursor.
        QVERIFY(json(feed).value(u"nextCursor").isDouble());
        const qint64 next = json(feed).value(u"nextCursor").toInteger();
        QVERIFY(next > 0);
        const HttpResponse after = m_api->handle(
            request("GET", "/api/v1/events?cursor=" + QByteArray::number(next) + "&limit=10"),
            kKiosk);
        QCOMPARE(json(after).value(u"events").toArray().size(), 0);
        QCOMPARE(json(after).value(u"nextCursor").toInteger(), next);
        QCOMPARE(m_api->handle(request("GET", "/api/v1/events?cursor=abc"), kKiosk).status, 400);
    }

    void auditHeadIsWatched()
    {
        const auto batch = [](const QString &eventId, const QString &auditHead) {
            return QJsonObject { { QStringLiteral("terminalId"), kKiosk },
                { QStringLiteral("auditHead"), auditHead },
                { QStringLiteral("events"),
                    QJsonArray { QJsonObject { { QStringLiteral("eventId"), eventId },
                        { QStringLiteral("caseId"), QStringLiteral("audit-case") },
                        { QStringLiteral("seq"), eventId.right(1).toInt() },
                        { QStringLiteral("type"), QStringLiteral("submitted") },
                        { QStringLiteral("at"), QStringLiteral("2026-11-23T09:00:00+08:00") },
                        { QStringLiteral("actor"), QStringLiteral("kiosk") },
                        { QStringLiteral("body"), QJsonObject() } } } } };
        };
        const auto push = [&](const QJsonObject &body, const QByteArray &key) {
            return m_api->handle(
                request("POST", "/api/v1/events:batch", body, { { "idempotency-key", key } }),
                kKiosk);
        };
        const HttpResponse first
            = push(batch(QStringLiteral("audit-1"), QStringLiteral("5:aa")), "a-1");
        QCOMPARE(json(first).value(u"audit").toObject().value(u"status").toString(),
            QStringLiteral("ok"));
        // The answer was lost; meanwhile the terminal audited more. The retry (same key, same
        // events, newer head) is the same batch: the first answer comes back, not a 409.
        const HttpResponse retry
            = push(batch(QStringLiteral("audit-1"), QStringLiteral("6:bb")), "a-1");
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        // A head behind the highest one seen: the tail was cut off.
        HttpResponse r = push(batch(QStringLiteral("audit-2"), QStringLiteral("3:cc")), "a-2");
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"acked").toArray().size(), 1);
        const QJsonObject audit = json(r).value(u"audit").toObject();
        QCOMPARE(audit.value(u"status").toString(), QStringLiteral("tail_cut"));
        // The retry's newer head was seen, although its answer was the first one.
        QCOMPARE(audit.value(u"highestSeq").toInteger(), 6);
        r = push(batch(QStringLiteral("audit-3"), QStringLiteral("6:zz")), "a-3");
        QCOMPARE(json(r).value(u"audit").toObject().value(u"status").toString(),
            QStringLiteral("rewritten"));
        r = push(batch(QStringLiteral("audit-4"), QStringLiteral("9:dd")), "a-4");
        QCOMPARE(
            json(r).value(u"audit").toObject().value(u"status").toString(), QStringLiteral("ok"));
    }

    void replayedEmptyBatchStillShowsItsHead()
    {
        // Another terminal sends heads alone (no events), each under a key made from the head.
        const QString kiosk2 = QStringLiteral("GZ-TH-KIOSK-0002");
        const auto push = [&](const char *head) {
            const QJsonObject body { { QStringLiteral("terminalId"), kiosk2 },
                { QStringLiteral("auditHead"), QLatin1String(head) },
                { QStringLiteral("events"), QJsonArray() } };
            return m_api->handle(request("POST", "/api/v1/events:batch", body,
                                     { { "idempotency-key", QByteArray("head-") + head } }),
                kiosk2);
        };
        const HttpResponse first = push("3:aa");
        QCOMPARE(json(first).value(u"audit").toObject().value(u"status").toString(),
            QStringLiteral("ok"));
        QCOMPARE(push("8:bb").status, 200);
        // Restored from a backup, it sends the old head under the old key: the first answer
        // comes back, and the hall records the cut tail all the same.
        const HttpResponse replay = push("3:aa");
        QCOMPARE(replay.body, first.body);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM audit_alarms WHERE terminal_id = "
                                      "'GZ-TH-KIOSK-0002'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("tail_cut"));
    }

    void citizens()
    {
        const QJsonObject who { { QStringLiteral("idNumber"), kChen } };
        const QList<QPair<QByteArray, QByteArray>> session { { "x-citizen-session", "attested" } };
        QCOMPARE(m_api->handle(request("POST", "/api/v1/citizens/certificates:query", who), kKiosk)
                     .status,
            403);
        HttpResponse r = m_api->handle(
            request("POST", "/api/v1/citizens/certificates:query", who, session), kKiosk);
        QCOMPARE(r.status, 200);
        QVERIFY(json(r).value(u"certificates").toArray().size() >= 3);
        r = m_api->handle(
            request("POST", "/api/v1/citizens/certificates:query",
                { { QStringLiteral("idNumber"), QStringLiteral("440106198503121019") } }, session),
            kKiosk);
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r).value(u"code").toString(), QStringLiteral("invalid_id_number"));
        r = m_api->handle(
            request("POST", "/api/v1/citizens/social-security:query", who, session), kKiosk);
        QCOMPARE(r.status, 200);
        QVERIFY(json(r).value(u"contributions").toArray().size() >= 5 * 12);
        // A working citizen is not a pensioner; a retired one gets the next due date a year on.
        QCOMPARE(
            m_api
                ->handle(request("POST", "/api/v1/citizens/pension-certifications", who, session),
                    kKiosk)
                .status,
            422);
        const QString retired = QStringLiteral("440104195811021151"); // 黄伟明
        r = m_api->handle(
            request("POST", "/api/v1/citizens/pension-certifications",
                { { QStringLiteral("idNumber"), retired },
                    { QStringLiteral("certifiedAt"), QStringLiteral("2026-11-23T10:00:00+08:00") },
                    { QStringLiteral("photoHash"), QStringLiteral("ab12") } },
                session),
            kKiosk);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"nextDueDate").toString(), QStringLiteral("2027-11-23"));
    }

    // The resident couple are each other's household; a payer sees only the dues and a
    // masked name of someone else.
    void householdAndDues()
    {
        const QList<QPair<QByteArray, QByteArray>> session { { "x-citizen-session", "attested" } };
        const QString wife = QStringLiteral("440781196805201623"); // 梁桂芳
        const QString husband = QStringLiteral("44078119650811163X"); // 黄炳坤
        HttpResponse r = m_api->handle(request("POST", "/api/v1/citizens/social-security:query",
                                           { { QStringLiteral("idNumber"), wife } }, session),
            kKiosk);
        QCOMPARE(r.status, 200);
        const QJsonArray household = json(r).value(u"household").toArray();
        QCOMPARE(household.size(), 1);
        QCOMPARE(household.at(0)[u"idNumber"].toString(), husband);
        QCOMPARE(household.at(0)[u"relation"].toString(), QStringLiteral("spouse"));
        r = m_api->handle(request("POST", "/api/v1/citizens/social-security:query",
                              { { QStringLiteral("idNumber"), kChen } }, session),
            kKiosk);
        QVERIFY(json(r).value(u"household").toArray().isEmpty());

        r = m_api->handle(request("POST", "/api/v1/citizens/contribution-dues:query",
                              { { QStringLiteral("idNumber"), husband } }, session),
            kKiosk);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"maskedName").toString(), QStringLiteral("黄**"));
        QVERIFY(!json(r).value(u"dues").toArray().isEmpty());
        QVERIFY(!json(r).contains(u"contributions"));
        QCOMPARE(m_api
                     ->handle(request("POST", "/api/v1/citizens/contribution-dues:query",
                                  { { QStringLiteral("idNumber"), husband } }),
                         kKiosk)
                     .status,
            403);
        r = m_api->handle(
            request("POST", "/api/v1/citizens/contribution-dues:query",
                { { QStringLiteral("idNumber"), QStringLiteral("440106199001011235") } }, session),
            kKiosk);
        QCOMPARE(r.status, 404);
    }

    void staffSessions()
    {
        HttpResponse r = m_api->handle(
            request("POST", "/api/v1/staff/sessions",
                { { QStringLiteral("username"), QStringLiteral("rsj01") },
                    { QStringLiteral("password"), QStringLiteral("Demo-2026-rsj") } }),
            kKiosk);
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(u"department").toString(), QStringLiteral("GD-RSJ"));
        QCOMPARE(json(r).value(u"roles").toArray(), QJsonArray { QStringLiteral("reviewer") });
        QCOMPARE(m_api->staff().sessionUser(json(r).value(u"token").toString()),
            QStringLiteral("rsj01"));
        r = m_api->handle(request("POST", "/api/v1/staff/sessions",
                              { { QStringLiteral("username"), QStringLiteral("rsj01") },
                                  { QStringLiteral("password"), QStringLiteral("wrong") } }),
            kKiosk);
        QCOMPARE(r.status, 401);
        QCOMPARE(json(r).value(u"code").toString(), QStringLiteral("invalid_credentials"));
        // Shenzhen staff cannot log in at a Guangzhou terminal.
        r = m_api->handle(request("POST", "/api/v1/staff/sessions",
                              { { QStringLiteral("username"), QStringLiteral("sz-zhck01") },
                                  { QStringLiteral("password"), QStringLiteral("Demo-2026-sz") } }),
            kKiosk);
        QCOMPARE(r.status, 401);
    }

    void payments()
    {
        const QJsonObject order { { QStringLiteral("orderId"), QStringLiteral("PAY-0001") },
            { QStringLiteral("insurance"), QStringLiteral("养老") },
            { QStringLiteral("periods"), QJsonArray { QStringLiteral("2026-11") } },
            { QStringLiteral("amountCents"), 56000 },
            { QStringLiteral("payer"), QJsonObject { { QStringLiteral("idNumber"), kChen } } } };
        HttpResponse r = m_api->handle(request("POST", "/api/v1/payments", order), kKiosk);
        QCOMPARE(r.status, 201);
        QCOMPARE(json(r).value(u"status").toString(), QStringLiteral("pending"));
        QVERIFY(!json(r).value(u"qrContent").toString().contains(kChen));
        QCOMPARE(m_api->handle(request("POST", "/api/v1/payments", order), kKiosk).status, 200);
        QJsonObject changed = order;
        changed[QStringLiteral("amountCents")] = 1;
        QCOMPARE(m_api->handle(request("POST", "/api/v1/payments", changed), kKiosk).status, 409);
        QCOMPARE(json(m_api->handle(request("GET", "/api/v1/payments/PAY-0001"), kKiosk))
                     .value(u"status")
                     .toString(),
            QStringLiteral("pending"));
        QThread::msleep(250); // the simulated provider confirms after 200 ms here
        QCOMPARE(json(m_api->handle(request("GET", "/api/v1/payments/PAY-0001"), kKiosk))
                     .value(u"status")
                     .toString(),
            QStringLiteral("paid"));

        QJsonObject second = order;
        second[QStringLiteral("orderId")] = QStringLiteral("PAY-0002");
        QCOMPARE(m_api->handle(request("POST", "/api/v1/payments", second), kKiosk).status, 201);
        r = m_api->handle(request("POST", "/api/v1/payments/PAY-0002:fail"), kKiosk);
        QCOMPARE(json(r).value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(m_api->handle(request("GET", "/api/v1/payments/NOPE"), kKiosk).status, 404);
    }

    void catalogAndTrust()
    {
        QCOMPARE(m_api->handle(request("GET", "/api/v1/catalog"), kKiosk).status, 404);
        QCOMPARE(m_api->handle(request("GET", "/api/v1/catalog?since=2026.1"), kKiosk).status, 304);
        QCOMPARE(CatalogShelf::compareVersions(
                     QStringLiteral("2026.11.10"), QStringLiteral("2026.11.3")),
            1);

        const HttpResponse first = m_api->handle(request("GET", "/api/v1/trust"), kKiosk);
        QCOMPARE(first.status, 200);
        const QJsonObject trust = json(first);
        QCOMPARE(trust.value(u"issuers").toArray().size(), 5);
        QVERIFY(trust.value(u"revoked").toArray().size() >= 1);
        QVERIFY(trust.value(u"version").toInteger() >= 1);
        QCOMPARE(json(m_api->handle(request("GET", "/api/v1/trust"), kKiosk)).value(u"version"),
            trust.value(u"version"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_publishers;
    KeyRing m_issuers;
    std::unique_ptr<HallApi> m_api;
};

QTEST_GUILESS_MAIN(TestHallApi)
#include "tst_hallapi.moc"
