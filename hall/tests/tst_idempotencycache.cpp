// IdempotencyCache: the first answer replayed for the same key and body; 409 for another body.
#include "halltestdatabase.h"
#include "idempotencycache.h"

using namespace onewindow;
using namespace onewindow::hall;

class TestIdempotencyCache : public QObject
{
    Q_OBJECT
private slots:
    void replayAndConflict()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        IdempotencyCache cache(*db);
        const QString t1 = QStringLiteral("GZ-TH-KIOSK-0001");
        const QString key = QStringLiteral("5b0c7f0e-0000-4000-8000-000000000001");
        const QByteArray route("POST /payments"), body(R"({"orderId":"o1"})");

        auto first = cache.lookup(t1, key, route, body);
        QVERIFY(first.ok());
        QVERIFY(!first.value().has_value());
        const HttpResponse answer
            = HttpResponse::error(400, QStringLiteral("invalid"), QStringLiteral("first"));
        QVERIFY(cache.remember(t1, key, route, body, answer).ok());

        auto replay = cache.lookup(t1, key, route, body);
        QVERIFY(replay.value().has_value());
        QCOMPARE(replay.value()->status, 400);
        QCOMPARE(replay.value()->body, answer.body);

        auto otherBody = cache.lookup(t1, key, route, QByteArray(R"({"orderId":"o2"})"));
        QCOMPARE(otherBody.value()->status, 409);
        auto otherRoute = cache.lookup(t1, key, QByteArray("POST /evaluations"), body);
        QCOMPARE(otherRoute.value()->status, 409);

        // Keys belong to one terminal: another terminal's same key is new to the hall.
        QVERIFY(!cache.lookup(QStringLiteral("GZ-TH-KIOSK-0002"), key, route, body)
                     .value()
                     .has_value());
    }

    void serverErrorsStayRetryable()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        IdempotencyCache cache(*db);
        const QString t = QStringLiteral("T"), key = QStringLiteral("k");
        QVERIFY(cache
                    .remember(t, key, "POST /x", "{}",
                        HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("x")))
                    .ok());
        QVERIFY(!cache.lookup(t, key, "POST /x", "{}").value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyCache)
#include "tst_idempotencycache.moc"
