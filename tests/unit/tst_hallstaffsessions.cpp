// The hall staff sessions of a back-office terminal against a scripted hall over real mutual
// TLS: what the login sends, the token kept per actor and its expiry, refusals, an unreachable
// hall, an answer after sign-out, and that no token reaches a file or the log.
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "hallstaffsessions.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

QStringList g_log;

void keepLog(QtMsgType, const QMessageLogContext &, const QString &message) { g_log << message; }

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

class TestHallStaffSessions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_pki;
    QTemporaryDir m_home; // HOME, XDG folders and the working folder: must stay empty
    QDateTime m_now { QDate(2026, 11, 23), QTime(9, 0), Qt::UTC };
    std::unique_ptr<ScriptedHall> m_hall;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<HallStaffSessions> m_sessions;

    // The reference hall's answer: a token for 8 hours from m_now.
    ScriptedHall::Reply granted(const QString &token) const
    {
        return { 200,
            json({ { QStringLiteral("token"), token },
                { QStringLiteral("roles"), QStringLiteral("clerk") },
                { QStringLiteral("expiresAt"), m_now.addSecs(8 * 3600).toString(Qt::ISODate) } }) };
    }

    Status open(const QString &username, const QString &password)
    {
        std::optional<Status> result;
        m_sessions->open(username, password, [&](Status s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error { QStringLiteral("test.timeout"), QStringLiteral("no answer") };
        return *result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ScriptedHall::makePki(m_pki.path()));
        for (const char *name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
            qputenv(name, m_home.path().toLocal8Bit());
        QDir::setCurrent(m_home.path());
        qInstallMessageHandler(keepLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        // Nothing the sessions did left a file anywhere a program writes by default.
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }

    void init()
    {
        m_hall = std::make_unique<ScriptedHall>();
        QVERIFY(m_hall->listen(m_pki.path()));
        HallSettings settings;
        settings.url = m_hall->url();
        settings.caFile = m_pki.filePath(QStringLiteral("ca.pem"));
        settings.certFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        settings.timeoutMs = 5000;
        m_client = std::make_unique<HallClient>(settings);
        m_sessions = std::make_unique<HallStaffSessions>(*m_client, [this] { return m_now; });
        g_log.clear();
    }

    void cleanup()
    {
        m_sessions.reset();
        m_client.reset();
        m_hall.reset();
    }

    void keepsOneTokenPerStaffMemberUntilItExpires()
    {
        m_hall->handler = [this](const ScriptedHall::Request &r) {
            const QString user
                = QJsonDocument::fromJson(r.body).object().value(u"username").toString();
            return granted(QStringLiteral("token-of-") + user);
        };
        QSignalSpy opened(m_sessions.get(), &HallStaffSessions::opened);
        QVERIFY(open(QStringLiteral("wang.min"), QStringLiteral("Pass-word 1")).ok());
        QVERIFY(open(QStringLiteral("chen.lixin"), QStringLiteral("Pass-word 2")).ok());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("wang.min"));

        // The login relayed as the protocol has it, without an Idempotency-Key.
        const ScriptedHall::Request &login = m_hall->requests.first();
        QCOMPARE(login.method, QByteArray("POST"));
        QCOMPARE(login.target, QByteArray("/api/v1/staff/sessions"));
        QVERIFY(!login.headers.contains("idempotency-key"));
        const QJsonObject body = QJsonDocument::fromJson(login.body).object();
        QCOMPARE(body.value(u"username").toString(), QStringLiteral("wang.min"));
        QCOMPARE(body.value(u"password").toString(), QStringLiteral("Pass-word 1"));

        QCOMPARE(m_sessions->tokenFor(QStringLiteral("staff:wang.min")), "token-of-wang.min");
        QCOMPARE(m_sessions->tokenFor(QStringLiteral("staff:chen.lixin")), "token-of-chen.lixin");
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:li.na")).isEmpty());
        QVERIFY(m_sessions->tokenFor(QStringLiteral("kiosk")).isEmpty());
        QVERIFY(m_sessions->tokenFor(QStringLiteral("wang.min")).isEmpty());
        QVERIFY(m_sessions->isOpen(QStringLiteral("wang.min")));

        // Sign-out forgets one; the hall's expiry ends the other.
        m_sessions->close(QStringLiteral("wang.min"));
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:wang.min")).isEmpty());
        m_now = m_now.addSecs(8 * 3600 - 1);
        QVERIFY(!m_sessions->tokenFor(QStringLiteral("staff:chen.lixin")).isEmpty());
        m_now = m_now.addSecs(1);
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:chen.lixin")).isEmpty());
        QVERIFY(!m_sessions->isOpen(QStringLiteral("chen.lixin")));

        // Neither a token nor a password reached the log.
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QStringLiteral("token-of")) && !line.contains(u"Pass-word"),
                qPrintable(line));
    }

    void aRefusedLoginOpensNothing()
    {
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply {
                401,
                json({ { QStringLiteral("code"), QStringLiteral("invalid_credentials") },
                    { QStringLiteral("message"), QStringLiteral("wrong username or password") } })
            };
        };
        QSignalSpy opened(m_sessions.get(), &HallStaffSessions::opened);
        const Status s = open(QStringLiteral("wang.min"), QStringLiteral("Pass-word 1"));
        QCOMPARE(s.error().code, QStringLiteral("hall.staff_login_refused"));
        QVERIFY(s.error().message.contains(QStringLiteral("invalid_credentials")));
        QCOMPARE(opened.count(), 0);
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:wang.min")).isEmpty());
    }

    void aHallThatFailsOrAnswersNonsenseOpensNothing()
    {
        m_hall->handler = [](const ScriptedHall::Request &) { return ScriptedHall::Reply { 503 }; };
        QCOMPARE(open(QStringLiteral("wang.min"), QStringLiteral("p")).error().code,
            QStringLiteral("hall.server_error"));
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200,
                json({ { QStringLiteral("token"), QStringLiteral("t") } }) };
        };
        QCOMPARE(open(QStringLiteral("wang.min"), QStringLiteral("p")).error().code,
            QStringLiteral("hall.malformed"));
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:wang.min")).isEmpty());
    }

    void anUnreachableHallOpensNothing()
    {
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, {}, {}, true };
        };
        const Status s = open(QStringLiteral("wang.min"), QStringLiteral("p"));
        QVERIFY(!s.ok());
        QVERIFY(HallClient::isTransient(s.error()));
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:wang.min")).isEmpty());
    }

    void anAnswerAfterSignOutIsDropped()
    {
        m_hall->handler
            = [this](const ScriptedHall::Request &) { return granted(QStringLiteral("late")); };
        std::optional<Status> result;
        m_sessions->open(
            QStringLiteral("wang.min"), QStringLiteral("p"), [&](Status s) { result = s; });
        m_sessions->close(QStringLiteral("wang.min"));
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(!result->ok());
        QVERIFY(m_sessions->tokenFor(QStringLiteral("staff:wang.min")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHallStaffSessions)
#include "tst_hallstaffsessions.moc"
