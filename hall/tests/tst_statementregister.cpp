// StatementRegister through HallApi: POST /statements (registration, under the statement number
// as Idempotency-Key) and POST /statements:verify (genuine, mismatch, unknown).
#include "hallapi.h"
#include "halltestdatabase.h"
#include "keyring.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

const QString kKiosk = QStringLiteral("GZ-TH-KIOSK-0001");

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

class TestStatementRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = openTestDatabase(m_dir);
        m_api = std::make_unique<HallApi>(
            *m_db, m_publishers, m_issuers, HallApi::Options { 200, true });
    }

    // A statement the terminal registered is genuine with its value, a mismatch with another,
    // and unknown under a number the hall never saw.
    void statementsRegisterAndVerify()
    {
        const QJsonObject statement { { QStringLiteral("statementNumber"),
                                          QStringLiteral("SS-20261123-0A1B2C3D") },
            { QStringLiteral("verificationValue"),
                QStringLiteral("0123456789ABCDEF0123456789ABCDEF") },
            { QStringLiteral("issuedAt"), QStringLiteral("2026-11-23T10:15:00.000+08:00") },
            { QStringLiteral("period"),
                QJsonObject { { QStringLiteral("from"), QStringLiteral("2015-01") },
                    { QStringLiteral("to"), QStringLiteral("2026-10") } } },
            { QStringLiteral("terminalId"), kKiosk } };
        const QList<QPair<QByteArray, QByteArray>> key { { "idempotency-key",
            "SS-20261123-0A1B2C3D" } };
        HttpResponse r
            = m_api->handle(request("POST", "/api/v1/statements", statement, key), kKiosk);
        QCOMPARE(r.status, 201);
        // The same registration again (a lost answer): the first answer, stored once.
        HttpResponse again
            = m_api->handle(request("POST", "/api/v1/statements", statement, key), kKiosk);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, r.body);
        // Under a new key too (the queue was restored): 200, still one statement.
        QCOMPARE(
            m_api->handle(request("POST", "/api/v1/statements", statement), kKiosk).status, 200);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM statements")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Another terminal cannot register in this terminal's name, nor change the value.
        QCOMPARE(m_api
                     ->handle(request("POST", "/api/v1/statements", statement),
                         QStringLiteral("GZ-TH-KIOSK-0002"))
                     .status,
            403);
        QJsonObject changed = statement;
        changed.insert(QStringLiteral("verificationValue"),
            QStringLiteral("FFFF456789ABCDEF0123456789ABCDEF"));
        QCOMPARE(m_api->handle(request("POST", "/api/v1/statements", changed), kKiosk).status, 409);
        QJsonObject bad = statement;
        bad.insert(QStringLiteral("verificationValue"), QStringLiteral("not hex"));
        QCOMPARE(m_api->handle(request("POST", "/api/v1/statements", bad), kKiosk).status, 400);

        const auto verify = [&](const QString &number, const QString &value) {
            return json(m_api->handle(request("POST", "/api/v1/statements:verify",
                                          { { QStringLiteral("statementNumber"), number },
                                              { QStringLiteral("verificationValue"), value } }),
                QStringLiteral("SZ-FT-KIOSK-0009")));
        };
        // Checked from any terminal (the receiver's town hall), case of the hex digits aside.
        QJsonObject answer = verify(QStringLiteral("SS-20261123-0A1B2C3D"),
            QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(answer.value(u"result").toString(), QStringLiteral("genuine"));
        QCOMPARE(answer.value(u"terminalId").toString(), kKiosk);
        QCOMPARE(
            answer.value(u"issuedAt").toString(), QStringLiteral("2026-11-23T10:15:00.000+08:00"));
        QCOMPARE(answer.value(u"period")[u"to"].toString(), QStringLiteral("2026-10"));
        answer = verify(QStringLiteral("SS-20261123-0A1B2C3D"),
            QStringLiteral("0123456789ABCDEF0123456789ABCDEE"));
        QCOMPARE(answer.value(u"result").toString(), QStringLiteral("mismatch"));
        answer = verify(QStringLiteral("SS-20261123-FFFFFFFF"),
            QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
        QCOMPARE(answer.value(u"result").toString(), QStringLiteral("unknown"));
        QVERIFY(!answer.contains(u"terminalId"));
        QCOMPARE(m_api->handle(request("GET", "/api/v1/statements:verify"), kKiosk).status, 405);
        QCOMPARE(m_api
                     ->handle(request("POST", "/api/v1/statements:verify",
                                  { { QStringLiteral("statementNumber"), QStringLiteral("a/b") } }),
                         kKiosk)
                     .status,
            400);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    KeyRing m_issuers;
    const KeyRing m_publishers;
    std::unique_ptr<HallApi> m_api;
};

QTEST_GUILESS_MAIN(TestStatementRegister)
#include "tst_statementregister.moc"
