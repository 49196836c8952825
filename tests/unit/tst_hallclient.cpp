#include "hallclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestHallClient : public QObject
{
    Q_OBJECT
private slots:
    void onlyProtocolPathsAreCalled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("batch") << QStringLiteral("/events:batch") << true;
        QTest::newRow("feed") << QStringLiteral("/events?cursor=12&limit=500") << true;
        QTest::newRow("health") << QStringLiteral("/health") << true;
        QTest::newRow("payment") << QStringLiteral("/payments/3f2a-19") << true;
        QTest::newRow("catalog") << QStringLiteral("/catalog?since=2026.11.3") << true;
        QTest::newRow("statement") << QStringLiteral("/statements") << true;
        QTest::newRow("statement check") << QStringLiteral("/statements:verify") << true;
        QTest::newRow("dues") << QStringLiteral("/citizens/contribution-dues:query") << true;
        QTest::newRow("statement number in path")
            << QStringLiteral("/statements/SS-20261123-0A1B2C3D") << false;
        QTest::newRow("id in path")
            << QStringLiteral("/citizens/11010519491231002X/certificates") << false;
        QTest::newRow("id in query")
            << QStringLiteral("/events?cursor=1&limit=5&id=11010519491231002X") << false;
        QTest::newRow("name in query")
            << QStringLiteral("/health?name=%E5%BC%A0%E4%B8%89") << false;
        QTest::newRow("other host") << QStringLiteral("//evil.example/health") << false;
    }
    void onlyProtocolPathsAreCalled()
    {
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        QCOMPARE(HallClient::isAllowedPath(path), allowed);
    }

    void refusesToStartWithoutUsableSettings_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("caIsCertificate");
        QTest::addColumn<QString>("code");
        QTest::newRow("no url") << QString() << true << QStringLiteral("hall.no_url");
        QTest::newRow("plain http")
            << QStringLiteral("http://hall.example") << true << QStringLiteral("hall.not_https");
        QTest::newRow("ca not a certificate")
            << QStringLiteral("https://hall.example") << false << QStringLiteral("hall.ca_invalid");
    }
    void refusesToStartWithoutUsableSettings()
    {
        QFETCH(QString, url);
        QFETCH(bool, caIsCertificate);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("ca.pem", caIsCertificate ? QByteArray() : QByteArray("not a certificate"));
        write("t.pem", "x");
        write("t.key", "x");
        HallSettings s;
        s.url = QUrl(url);
        s.caFile = dir.filePath(QStringLiteral("ca.pem"));
        s.certFile = dir.filePath(QStringLiteral("t.pem"));
        s.keyFile = dir.filePath(QStringLiteral("t.key"));
        HallClient client(s);
        QVERIFY(!client.readiness().ok());
        if (caIsCertificate)
            QCOMPARE(client.readiness().error().code, code);
        else
            QCOMPARE(client.readiness().error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestHallClient)
#include "tst_hallclient.moc"
