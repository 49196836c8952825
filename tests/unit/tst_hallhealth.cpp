// HallHealth: the reference hall's /health answer read; wrong types named, not printed as "ok".
#include "fixtures/hallanswers.h"
#include "hallhealth.h"

#include <QTest>

using namespace onewindow;

class TestHallHealth : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceHallsAnswer()
    {
        const auto health
            = HallHealth::fromJson(hallanswers::document(QStringLiteral("hall_feed/health.json")));
        QVERIFY(health.ok());
        QCOMPARE(health->status, QStringLiteral("ok"));
        QVERIFY(!health->version.isEmpty());
        QVERIFY(health->serverTime.isValid());
        QCOMPARE(health->clockSkewSeconds(health->serverTime.addSecs(-3)), 3.0);
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("a list") << QByteArray("[]") << "$: not an object";
        QTest::newRow("no status") << QByteArray(R"({"version":"1"})") << "$.status";
        QTest::newRow("version a number")
            << QByteArray(R"({"status":"ok","version":7})") << "$.version";
        QTest::newRow("time not a time")
            << QByteArray(R"({"status":"ok","serverTime":"yesterday"})") << "$.serverTime";
    }

    void refusesWrongTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        const auto health = HallHealth::fromJson(QJsonDocument::fromJson(body));
        QVERIFY(!health.ok());
        QCOMPARE(health.error().code, QStringLiteral("hall.malformed"));
        QVERIFY2(health.error().message.contains(where), qPrintable(health.error().message));
    }

    void withoutServerTimeThereIsNoSkew()
    {
        const auto health = HallHealth::fromJson(QJsonDocument::fromJson(R"({"status":"ok"})"));
        QVERIFY(health.ok());
        QCOMPARE(health->clockSkewSeconds(QDateTime::currentDateTimeUtc()), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestHallHealth)
#include "tst_hallhealth.moc"
