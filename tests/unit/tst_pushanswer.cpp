// PushAnswer: only events of the batch are acked or parked, each once, each parked one with a
// reason; an answer that cannot be read marks nothing.
#include "fixtures/hallanswers.h"
#include "pushanswer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace onewindow;

namespace {

QString id(int n) { return QStringLiteral("0d9e1c7a-1111-4c3e-9a1e-5d2b7e0c000%1").arg(n); }

} // namespace

class TestPushAnswer : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceHallsAnswers()
    {
        const auto ok = PushAnswer::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/push-acked-with-audit.json")),
            { id(1), id(2), id(3) });
        QVERIFY(ok.ok());
        QCOMPARE(ok->acked, (QStringList { id(1), id(2), id(3) }));
        QVERIFY(ok->rejected.isEmpty());

        const auto mixed = PushAnswer::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/push-rejected-conflict.json")),
            { id(1), id(9), id(4) });
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->acked, QStringList { id(4) });
        QCOMPARE(mixed->rejected.size(), 2);
        QCOMPARE(mixed->rejected.at(0).eventId, id(1));
        QCOMPARE(mixed->rejected.at(0).code, QStringLiteral("conflict"));
        QVERIFY(mixed->rejected.at(0).message.contains(QStringLiteral("other content")));
        QCOMPARE(mixed->rejected.at(1).code, QStringLiteral("invalid"));
    }

    void onlyEventsSentCountAndEachOnce()
    {
        // acked: one of ours, someone else's and ours again; ours is also "rejected".
        const auto answer = PushAnswer::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/push-acked-and-rejected.json")),
            { id(1), id(4), id(9) });
        QVERIFY(answer.ok());
        QCOMPARE(answer->acked, QStringList { id(4) });
        QStringList parked;
        for (const auto &r : answer->rejected)
            parked << r.eventId;
        QCOMPARE(parked, (QStringList { id(1), id(9) }));
    }

    void aRejectionWithoutReasonStillGivesOne()
    {
        const QJsonDocument body(QJsonObject { { QStringLiteral("acked"), QJsonArray {} },
            { QStringLiteral("rejected"),
                QJsonArray { QJsonObject { { QStringLiteral("eventId"), id(1) } } } } });
        const auto answer = PushAnswer::fromJson(body, { id(1) });
        QVERIFY(answer.ok());
        QCOMPARE(answer->rejected.size(), 1);
        QCOMPARE(answer->rejected.first().code, QStringLiteral("rejected"));
        QVERIFY(!answer->rejected.first().message.isEmpty());
    }

    void unreadableAnswersMarkNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("acked as text") << "push-bad-acked-string.json"
                                       << "$.acked";
        QTest::newRow("rejected an object") << "push-bad-rejected-object.json"
                                            << "$.rejected";
        QTest::newRow("rejected entry a number") << "push-bad-rejected-entries.json"
                                                 << "$.rejected[2]";
        QTest::newRow("an error body") << "push-409-key-reused.json"
                                       << "$.acked";
    }

    void unreadableAnswersMarkNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const auto answer = PushAnswer::fromJson(
            hallanswers::document(QStringLiteral("hall_feed/") + file), { id(1), id(4), id(9) });
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, QStringLiteral("hall.malformed"));
        QVERIFY2(answer.error().message.contains(where), qPrintable(answer.error().message));
    }

    void aRefusalOfTheBatchIsTheParkingReason()
    {
        const auto reused = PushAnswer::refusal(id(1), 409,
            hallanswers::document(QStringLiteral("hall_feed/push-409-key-reused.json")));
        QCOMPARE(reused.eventId, id(1));
        QCOMPARE(reused.code, QStringLiteral("idempotency_key_reused"));
        QVERIFY(reused.message.contains(QStringLiteral("different request")));

        const auto bare = PushAnswer::refusal(id(1), 409, QJsonDocument::fromJson("[1]"));
        QCOMPARE(bare.code, QStringLiteral("http_409"));
        QVERIFY(bare.message.contains(QStringLiteral("409")));
    }
};

QTEST_GUILESS_MAIN(TestPushAnswer)
#include "tst_pushanswer.moc"
