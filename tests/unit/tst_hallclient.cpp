#include "hallclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

// openssl s_server -WWW as the hall: it answers HTTP/1.0 without Content-Length, sends
// close_notify and waits for the client's before it closes the connection.
class OpensslHall
{
public:
    OpensslHall(const QString &pki, const QString &webRoot, const QString &certName,
        const QString &stapleFile)
    {
        QStringList args { QStringLiteral("s_server"), QStringLiteral("-accept"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("-WWW"), QStringLiteral("-Verify"),
            QStringLiteral("1"), QStringLiteral("-CAfile"), pki + QStringLiteral("/ca.pem"),
            QStringLiteral("-cert"), pki + QStringLiteral("/%1.pem").arg(certName),
            QStringLiteral("-key"), pki + QStringLiteral("/%1.key").arg(certName) };
        if (!stapleFile.isEmpty())
            args << QStringLiteral("-status_file") << pki + QLatin1Char('/') + stapleFile;
        m_process.setWorkingDirectory(webRoot);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"), args);
        static const QRegularExpression accept(QStringLiteral("ACCEPT [0-9.]+:(\\d+)"));
        while (m_process.waitForReadyRead(10000)) {
            m_log += m_process.readAll();
            if (const auto m = accept.match(QString::fromLatin1(m_log)); m.hasMatch()) {
                m_port = m.captured(1).toUShort();
                break;
            }
        }
    }
    ~OpensslHall()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    quint16 port() const { return m_port; }
    QByteArray log()
    {
        m_log += m_process.readAll();
        return m_log;
    }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

} // namespace

class TestHallClient : public QObject
{
    Q_OBJECT
    QTemporaryDir m_pki;
    QTemporaryDir m_web;

    HallSettings settingsFor(quint16 port) const
    {
        HallSettings s;
        s.url = QUrl(QStringLiteral("https://localhost:%1").arg(port));
        s.caFile = m_pki.filePath(QStringLiteral("ca.pem"));
        s.certFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        s.keyFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        s.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        s.timeoutMs = 5000;
        return s;
    }

    void writeHealth(const QByteArray &body)
    {
        QVERIFY(QDir(m_web.path()).mkpath(QStringLiteral("api/v1")));
        QFile f(m_web.filePath(QStringLiteral("api/v1/health")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(body);
    }

    static Result<HallResponse> health(const HallSettings &settings)
    {
        HallClient client(settings);
        std::optional<Result<HallResponse>> answer;
        HallRequest request;
        request.path = QStringLiteral("/health");
        client.send(request, [&](Result<HallResponse> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return Error { QStringLiteral("test.no_answer"), QStringLiteral("no callback") };
        return *answer;
    }

    static constexpr QByteArrayView kHealth
        = R"({"status":"ok","version":"s_server","serverTime":"2026-11-23T09:00:00+08:00"})";

private slots:
    void initTestCase()
    {
        QProcess script;
        script.start(QStringLiteral("bash"),
            { QStringLiteral(ONEWINDOW_PKI_SCRIPT), m_pki.path(),
                QStringLiteral("GZ-TH-KIOSK-0001") });
        QVERIFY(script.waitForFinished(120000) && script.exitCode() == 0);
    }

    // Issue 23, item 10: no stray Qt warning (a reply read after it was aborted printed one).
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void staplingIsRequiredByDefault() { QVERIFY(HallSettings().requireOcspStapling); }

    // Issue 23, item 4: the hall's stapled answer says "revoked".
    void refusesAHallWhoseStapleSaysRevoked()
    {
        writeHealth(kHealth.toByteArray());
        OpensslHall hall(m_pki.path(), m_web.path(), QStringLiteral("revoked-hall"),
            QStringLiteral("revoked-hall.ocsp.der"));
        QVERIFY(hall.port());
        const auto answer = health(settingsFor(hall.port()));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("hall.tls.revoked"));
        QVERIFY2(answer.error().message.contains(QLatin1String("revoked")),
            qPrintable(answer.error().message));
        QVERIFY(!hall.log().contains("FILE:"));
    }

    void refusesAHallWithoutStapleByDefault()
    {
        writeHealth(kHealth.toByteArray());
        OpensslHall hall(m_pki.path(), m_web.path(), QStringLiteral("hall"), {});
        QVERIFY(hall.port());
        const auto answer = health(settingsFor(hall.port()));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("hall.tls.no_ocsp"));
        QVERIFY(!hall.log().contains("FILE:"));
    }

    // The chain's own fault is named, not the missing staple Qt lists first.
    void namesTheCertificateFaultBeforeTheMissingStaple()
    {
        writeHealth(kHealth.toByteArray());
        OpensslHall hall(m_pki.path(), m_web.path(), QStringLiteral("expired-hall"), {});
        QVERIFY(hall.port());
        const auto answer = health(settingsFor(hall.port()));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("hall.tls.expired"));
    }

    void acceptsAHallWithoutStapleWhenOptedOut()
    {
        writeHealth(kHealth.toByteArray());
        OpensslHall hall(m_pki.path(), m_web.path(), QStringLiteral("hall"), {});
        QVERIFY(hall.port());
        HallSettings settings = settingsFor(hall.port());
        settings.requireOcspStapling = false;
        const auto answer = health(settings);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body.object().value(QLatin1String("version")).toString(),
            QStringLiteral("s_server"));
    }

    // Issue 23, item 10: s_server -WWW answers HTTP/1.0 without Content-Length, with a good
    // staple; the answer is read as soon as it is complete, well before the timeout.
    void readsAnHttp10AnswerWithoutContentLength()
    {
        writeHealth(kHealth.toByteArray());
        OpensslHall hall(
            m_pki.path(), m_web.path(), QStringLiteral("hall"), QStringLiteral("hall.ocsp.der"));
        QVERIFY(hall.port());
        HallSettings settings = settingsFor(hall.port());
        settings.timeoutMs = 30000;
        QElapsedTimer clock;
        clock.start();
        const auto answer = health(settings);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body.object().value(QLatin1String("version")).toString(),
            QStringLiteral("s_server"));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    // A body that is not (yet) a whole JSON document is never taken as the answer.
    void doesNotTakeAnIncompleteBodyWithoutContentLength()
    {
        writeHealth(kHealth.first(kHealth.size() - 1).toByteArray());
        OpensslHall hall(
            m_pki.path(), m_web.path(), QStringLiteral("hall"), QStringLiteral("hall.ocsp.der"));
        QVERIFY(hall.port());
        HallSettings settings = settingsFor(hall.port());
        settings.timeoutMs = 1000;
        const auto answer = health(settings);
        QVERIFY(!answer);
        QVERIFY2(HallClient::isTransient(answer.error()), qPrintable(answer.error().code));
    }

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
