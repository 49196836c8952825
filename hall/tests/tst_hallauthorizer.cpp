// HallAuthorizer through the whole hall over real mutual TLS on loopback: each terminal is its
// demo PKI client certificate. A kiosk files a case, the town hall's clerk routes it to 人社 and
// 公安; forged 人社 decisions (no token, a made-up one, 公安's reviewer, a kiosk, another city's
// desk) are refused and change nothing, so the real 人社 reviewer's decision is then taken.
// Another town hall cannot route the case to itself to read it, a terminal cannot fail another
// terminal's payment, and a kiosk sees no applicant of a case filed elsewhere.
#include "demopki.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <map>
#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QTest>
#include <QUuid>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

const QString kKiosk = QStringLiteral("GZ-TH-KIOSK-0001");
const QString kOtherKiosk = QStringLiteral("GZ-TH-KIOSK-0002");
const QString kDesk = QStringLiteral("GZ-TH-DESK-0001");
const QString kShenzhenDesk = QStringLiteral("SZ-FT-DESK-0001");
const QString kCase = QStringLiteral("auth-case-1");
const QString kApplicantId = QStringLiteral("440106198503121018");
const QString kApplicantName = QStringLiteral("陈志强");

struct Answer
{
    int status = 0;
    QByteArray raw;
    QJsonObject body() const { return QJsonDocument::fromJson(raw).object(); }
    QString code() const { return body().value(u"code").toString(); }
};

QJsonObject caseEvent(const QString &eventId, int seq, const QString &type, const QString &actor,
    const QJsonObject &body = {})
{
    return { { QStringLiteral("eventId"), eventId }, { QStringLiteral("caseId"), kCase },
        { QStringLiteral("seq"), seq }, { QStringLiteral("type"), type },
        { QStringLiteral("at"), QStringLiteral("2026-11-23T09:30:00.000Z") },
        { QStringLiteral("actor"), actor }, { QStringLiteral("body"), body } };
}

// The desk's third event of the case (after accepting and routing it).
QJsonObject rsjApproves(const QString &eventId, const QString &actor)
{
    return caseEvent(eventId, 3, QStringLiteral("department_approved"), actor,
        { { QStringLiteral("department"), QStringLiteral("GD-RSJ") } });
}

} // namespace

class TestHallAuthorizer : public QObject
{
    Q_OBJECT

    // One request from the terminal of that client certificate, with a staff token or none.
    Answer call(const QString &terminalId, const QByteArray &method, const QString &path,
        const QJsonObject &body = {}, const QByteArray &token = {})
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setCaCertificates(QSslCertificate::fromPath(demopki::path(QStringLiteral("ca.pem"))));
        tls.setLocalCertificate(QSslCertificate::fromPath(
            demopki::path(QStringLiteral("terminal-%1.pem").arg(terminalId)))
                                    .value(0));
        QFile key(demopki::path(QStringLiteral("terminal-%1.key").arg(terminalId)));
        if (key.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        QNetworkRequest request(
            QUrl(QStringLiteral("https://localhost:%1/api/v1%2").arg(m_server->port()).arg(path)));
        request.setSslConfiguration(tls);
        request.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        if (method == "POST") {
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader(
                "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        }
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        // One network access manager per terminal: one reuses its connections, whatever client
        // certificate a later request names.
        auto &network = m_network[terminalId];
        if (!network)
            network = std::make_unique<QNetworkAccessManager>();
        QNetworkReply *reply = network->sendCustomRequest(request, method,
            method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer a;
        if (finished.wait(20'000)) {
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            a.raw = reply->readAll();
        }
        reply->deleteLater();
        return a;
    }

    Answer push(const QString &terminalId, const QJsonArray &events, const QByteArray &token = {})
    {
        return call(terminalId, "POST", QStringLiteral("/events:batch"),
            { { QStringLiteral("terminalId"), terminalId }, { QStringLiteral("events"), events } },
            token);
    }

    QByteArray login(const QString &terminalId, const QString &username, const QString &password)
    {
        return call(terminalId, "POST", QStringLiteral("/staff/sessions"),
            { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } })
            .body()
            .value(u"token")
            .toString()
            .toLatin1();
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Everything a refused request could have changed.
    QString stateOfTheHall()
    {
        return QStringLiteral("%1 events, %2 feed rows, %3 decisions, %4 routes, %5 cases, %6 kept")
            .arg(count(QStringLiteral("SELECT count(*) FROM events")))
            .arg(count(QStringLiteral("SELECT count(*) FROM feed")))
            .arg(count(QStringLiteral("SELECT count(*) FROM decisions")))
            .arg(count(QStringLiteral("SELECT count(*) FROM case_departments")))
            .arg(count(QStringLiteral("SELECT count(*) FROM cases")))
            .arg(count(QStringLiteral("SELECT count(*) FROM idempotency")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(demopki::make({ kKiosk, kOtherKiosk, kDesk, kShenzhenDesk }));
        m_db = openTestDatabase(m_dir);
        auto issuers = KeyRing::loadPrivateKeys(demopki::path(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        m_issuers = std::move(issuers).value();
        // Payments stay pending until a test hook settles them.
        m_api = std::make_unique<HallApi>(
            *m_db, m_publishers, m_issuers, HallApi::Options { -1, true });
        QFile staff(QStringLiteral(HALL_SOURCE_DIR "/demo-staff.json"));
        QVERIFY(staff.open(QIODevice::ReadOnly));
        QVERIFY(m_api->staff().seedDemo(staff.readAll()).ok());
        // The Shenzhen desk serves its town hall's 综合窗口.
        QFile registry(m_dir.filePath(QStringLiteral("terminals.json")));
        QVERIFY(registry.open(QIODevice::WriteOnly));
        registry.write(R"([{"terminalId": "SZ-FT-DESK-0001", "townHall": "SZ-FT",
                           "department": "SZ-FT-ZHCK", "kind": "desk"}])");
        registry.close();
        QVERIFY(m_api->registry().loadFile(registry.fileName()).ok());
        m_server = std::make_unique<HallServer>(*m_api, m_noFaults);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, demopki::hallTls()).ok());

        // The kiosk files the case; the town hall's clerk accepts it and routes it.
        const QJsonObject filing { { QStringLiteral("itemCode"), QStringLiteral("SB-001") },
            { QStringLiteral("department"), QStringLiteral("GD-RSJ") },
            { QStringLiteral("receiptNumber"), QStringLiteral("GZTH-20261123-0001") },
            { QStringLiteral("applicant"),
                QJsonObject { { QStringLiteral("idNumber"), kApplicantId },
                    { QStringLiteral("name"), kApplicantName } } },
            { QStringLiteral("answers"),
                QJsonObject { { QStringLiteral("phone"), QStringLiteral("13800138000") } } } };
        Answer a = push(kKiosk,
            { caseEvent(QStringLiteral("filed"), 1, QStringLiteral("submitted"),
                QStringLiteral("kiosk:") + kKiosk, filing) });
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body().value(u"acked").toArray().size(), 1);
        m_clerk = login(kDesk, QStringLiteral("zhck01"), QStringLiteral("Demo-2026-zhck"));
        QVERIFY(!m_clerk.isEmpty());
        a = push(kDesk,
            { caseEvent(QStringLiteral("accepted"), 1, QStringLiteral("accepted"),
                  QStringLiteral("staff:zhck01")),
                caseEvent(QStringLiteral("routed"), 2, QStringLiteral("routed"),
                    QStringLiteral("staff:zhck01"),
                    { { QStringLiteral("departments"),
                        QJsonArray { QStringLiteral("GD-RSJ"), QStringLiteral("GD-GAJ") } } }) },
            m_clerk);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body().value(u"acked").toArray().size(), 2);
    }

    void forgedDecisionIsRefused_data()
    {
        QTest::addColumn<QString>("terminal");
        QTest::addColumn<QString>("loginAs"); // empty: tokenText as it is
        QTest::addColumn<QString>("tokenText");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString rsj = QStringLiteral("staff:rsj01");
        QTest::newRow("no token") << kDesk << QString() << QString() << rsj << 401
                                  << QStringLiteral("staff_session_required");
        QTest::newRow("made-up token")
            << kDesk << QString() << QStringLiteral("bm90LWEtcmVhbC1zZXNzaW9u") << rsj << 401
            << QStringLiteral("staff_session_required");
        QTest::newRow("公安 reviewer's token")
            << kDesk << QStringLiteral("gaj01") << QString() << QStringLiteral("staff:gaj01") << 403
            << QStringLiteral("forbidden");
        QTest::newRow("公安 reviewer's token, 人社 actor")
            << kDesk << QStringLiteral("gaj01") << QString() << rsj << 403
            << QStringLiteral("forbidden");
        QTest::newRow("the clerk's token")
            << kDesk << QStringLiteral("zhck01") << QString() << QStringLiteral("staff:zhck01")
            << 403 << QStringLiteral("forbidden");
        QTest::newRow("citizen kiosk, 人社 reviewer logged in there")
            << kKiosk << QStringLiteral("rsj01") << QString() << rsj << 403
            << QStringLiteral("forbidden");
        QTest::newRow("another city's desk, its clerk's token")
            << kShenzhenDesk << QStringLiteral("sz-zhck01") << QString()
            << QStringLiteral("staff:sz-zhck01") << 403 << QStringLiteral("forbidden");
        QTest::newRow("another city's desk, 人社 token of the town hall's desk")
            << kShenzhenDesk << QStringLiteral("rsj01@desk") << QString() << rsj << 401
            << QStringLiteral("staff_session_required");
    }

    void forgedDecisionIsRefused()
    {
        QFETCH(QString, terminal);
        QFETCH(QString, loginAs);
        QFETCH(QString, tokenText);
        QFETCH(QString, actor);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QHash<QString, QString> passwords { { QStringLiteral("gaj01"),
                                                      QStringLiteral("Demo-2026-gaj") },
            { QStringLiteral("zhck01"), QStringLiteral("Demo-2026-zhck") },
            { QStringLiteral("rsj01"), QStringLiteral("Demo-2026-rsj") },
            { QStringLiteral("sz-zhck01"), QStringLiteral("Demo-2026-sz") } };
        QByteArray token = tokenText.toLatin1();
        if (loginAs == u"rsj01@desk") // a real token, copied off the desk it was issued to
            token = login(kDesk, QStringLiteral("rsj01"), passwords.value(QStringLiteral("rsj01")));
        else if (!loginAs.isEmpty())
            token = login(terminal, loginAs, passwords.value(loginAs));
        QVERIFY(!loginAs.isEmpty() ? !token.isEmpty() : true);

        const QString before = stateOfTheHall();
        const Answer a = push(terminal, { rsjApproves(QStringLiteral("forged"), actor) }, token);
        QCOMPARE(a.status, status);
        QCOMPARE(a.code(), code);
        QVERIFY(!a.body().value(u"message").toString().isEmpty());
        // Nothing stored, published or kept under the Idempotency-Key.
        QCOMPARE(stateOfTheHall(), before);
    }

    void theRealReviewerDecidesAfterTheForgeries()
    {
        const QByteArray rsj
            = login(kDesk, QStringLiteral("rsj01"), QStringLiteral("Demo-2026-rsj"));
        QVERIFY(!rsj.isEmpty());
        Answer a = push(
            kDesk, { rsjApproves(QStringLiteral("real"), QStringLiteral("staff:rsj01")) }, rsj);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body().value(u"acked").toArray(), QJsonArray { QStringLiteral("real") });
        QVERIFY(a.body().value(u"rejected").toArray().isEmpty());
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM decisions WHERE event_id = 'real'")), 1);
        // A decision on a department the case was not routed to is refused too.
        a = push(kDesk,
            { caseEvent(QStringLiteral("mzj-unrouted"), 4, QStringLiteral("department_approved"),
                QStringLiteral("staff:mzj01"),
                { { QStringLiteral("department"), QStringLiteral("GD-MZJ") } }) },
            login(kDesk, QStringLiteral("mzj01"), QStringLiteral("Demo-2026-mzj")));
        QCOMPARE(a.status, 403);
    }

    void anotherTownHallCannotRouteTheCaseToItself()
    {
        const QByteArray shenzhen
            = login(kShenzhenDesk, QStringLiteral("sz-zhck01"), QStringLiteral("Demo-2026-sz"));
        QVERIFY(!shenzhen.isEmpty());
        const QString before = stateOfTheHall();
        const Answer a = push(kShenzhenDesk,
            { caseEvent(QStringLiteral("sz-route"), 1, QStringLiteral("routed"),
                QStringLiteral("staff:sz-zhck01"),
                { { QStringLiteral("departments"),
                    QJsonArray { QStringLiteral("SZ-FT-ZHCK") } } }) },
            shenzhen);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.code(), QStringLiteral("forbidden"));
        QCOMPARE(stateOfTheHall(), before);
        // Its feed holds nothing of the case.
        const Answer feed
            = call(kShenzhenDesk, "GET", QStringLiteral("/events?cursor=0&limit=1000"));
        QCOMPARE(feed.status, 200);
        QVERIFY(!feed.raw.contains(kCase.toUtf8()));
        QVERIFY(!feed.raw.contains(kApplicantId.toUtf8()));
    }

    void onlyTheOrderingTerminalSettlesItsPayment()
    {
        const QJsonObject order { { QStringLiteral("orderId"), QStringLiteral("AUTH-PAY-1") },
            { QStringLiteral("insurance"), QStringLiteral("养老") },
            { QStringLiteral("periods"), QJsonArray { QStringLiteral("2026-11") } },
            { QStringLiteral("amountCents"), 56000 },
            { QStringLiteral("payer"),
                QJsonObject { { QStringLiteral("idNumber"), kApplicantId } } } };
        QCOMPARE(call(kOtherKiosk, "POST", QStringLiteral("/payments"), order).status, 201);
        for (const QString &other : { kKiosk, kDesk, kShenzhenDesk }) {
            Answer a = call(other, "POST", QStringLiteral("/payments/AUTH-PAY-1:fail"));
            QCOMPARE(a.status, 403);
            QCOMPARE(a.code(), QStringLiteral("forbidden"));
            QCOMPARE(
                call(other, "POST", QStringLiteral("/payments/AUTH-PAY-1:confirm")).status, 403);
            QCOMPARE(call(other, "GET", QStringLiteral("/payments/AUTH-PAY-1")).status, 403);
        }
        Answer mine = call(kOtherKiosk, "GET", QStringLiteral("/payments/AUTH-PAY-1"));
        QCOMPARE(mine.body().value(u"status").toString(), QStringLiteral("pending"));
        mine = call(kOtherKiosk, "POST", QStringLiteral("/payments/AUTH-PAY-1:fail"));
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.body().value(u"status").toString(), QStringLiteral("failed"));
        QCOMPARE(call(kKiosk, "GET", QStringLiteral("/payments/NO-SUCH-ORDER")).status, 404);
    }

    void aKioskSeesNoApplicantOfACaseFiledElsewhere()
    {
        const auto submitted = [&](const QString &terminalId) {
            const Answer feed
                = call(terminalId, "GET", QStringLiteral("/events?cursor=0&limit=1000"));
            for (const QJsonValue &e : feed.body().value(u"events").toArray())
                if (e.toObject().value(u"eventId").toString() == u"filed")
                    return std::make_pair(e.toObject().value(u"body").toObject(), feed.raw);
            return std::make_pair(QJsonObject(), feed.raw);
        };
        // Another kiosk of the town hall: the case, not who applied or what they answered.
        const auto [elsewhere, raw] = submitted(kOtherKiosk);
        QCOMPARE(elsewhere.value(u"itemCode").toString(), QStringLiteral("SB-001"));
        QVERIFY(!elsewhere.contains(u"applicant"));
        QVERIFY(!elsewhere.contains(u"answers"));
        QVERIFY(!elsewhere.contains(u"receiptNumber"));
        QVERIFY(!raw.contains(kApplicantId.toUtf8()));
        QVERIFY(!raw.contains(kApplicantName.toUtf8()));
        // The kiosk that filed it and the town hall's desk see the whole filing.
        QCOMPARE(submitted(kKiosk).first.value(u"applicant")[u"idNumber"].toString(), kApplicantId);
        QCOMPARE(submitted(kDesk).first.value(u"applicant")[u"name"].toString(), kApplicantName);
    }

    void aKioskCannotTouchAnotherTerminalsCase()
    {
        const QString before = stateOfTheHall();
        // A second filing of the same case id from another kiosk would add to someone's case.
        Answer a = push(kOtherKiosk,
            { caseEvent(QStringLiteral("refiled"), 1, QStringLiteral("submitted"),
                QStringLiteral("kiosk:") + kOtherKiosk) });
        QCOMPARE(a.status, 403);
        // A staff event from a kiosk, with or without a token.
        a = push(kOtherKiosk,
            { caseEvent(QStringLiteral("kiosk-accepts"), 1, QStringLiteral("accepted"),
                QStringLiteral("staff:zhck01")) });
        QCOMPARE(a.status, 403);
        QCOMPARE(stateOfTheHall(), before);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_publishers;
    KeyRing m_issuers;
    std::unique_ptr<HallApi> m_api;
    FaultInjector m_noFaults { 0.0, 1 };
    std::unique_ptr<HallServer> m_server;
    std::map<QString, std::unique_ptr<QNetworkAccessManager>> m_network;
    QByteArray m_clerk;
};

QTEST_GUILESS_MAIN(TestHallAuthorizer)
#include "tst_hallauthorizer.moc"
