// StatementRegistry without a hall: what is registered carries nothing personal, and a
// statement issued while the hall is unreachable stays queued (once) until it can be sent.
#include "database.h"
#include "hallclient.h"
#include "socialsecuritystatement.h"
#include "statementregistry.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

SocialSecurityStatement statement(const QString &number)
{
    SocialSecurityStatement s;
    s.statementNumber = number;
    s.holderName = QStringLiteral("陈志强");
    s.idNumber = QStringLiteral("440106198503121018");
    s.fromMonth = QDate(2015, 1, 1);
    s.toMonth = QDate(2026, 10, 1);
    s.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::OffsetFromUTC, 8 * 3600);
    s.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
    s.verificationValue = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
    return s;
}

} // namespace

class TestStatementRegistry : public QObject
{
    Q_OBJECT
private slots:
    void theRegistrationCarriesNothingPersonal()
    {
        const QJsonObject body = StatementRegistry::registrationBody(
            statement(QStringLiteral("SS-20261123-AAAA0001")));
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QVERIFY(!json.contains("440106198503121018"));
        QVERIFY(!json.contains(QStringLiteral("陈志强").toUtf8()));
        QCOMPARE(body.value(u"statementNumber").toString(), QStringLiteral("SS-20261123-AAAA0001"));
        QCOMPARE(body.value(u"verificationValue").toString(),
            QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
        QCOMPARE(body.value(u"period")[u"from"].toString(), QStringLiteral("2015-01"));
        QCOMPARE(body.value(u"period")[u"to"].toString(), QStringLiteral("2026-10"));
        QCOMPARE(body.value(u"terminalId").toString(), QStringLiteral("GZ-TH-KIOSK-0001"));
        QCOMPARE(QDateTime::fromString(body.value(u"issuedAt").toString(), Qt::ISODateWithMs),
            statement(QString()).issuedAt);
    }

    void withoutAHallTheStatementStaysQueued()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(db.ok());
        StatementRegistry registry(*db.value(), nullptr);
        QSignalSpy flushed(&registry, &StatementRegistry::flushed);
        QVERIFY(registry.enqueue(statement(QStringLiteral("SS-20261123-AAAA0001"))).ok());
        QVERIFY(registry.enqueue(statement(QStringLiteral("SS-20261123-AAAA0001"))).ok());
        QVERIFY(registry.enqueue(statement(QStringLiteral("SS-20261123-AAAA0002"))).ok());
        QCOMPARE(registry.pendingCount().value(), 2);
        QCOMPARE(registry.parkedCount().value(), 0);
        QVERIFY(!flushed.isEmpty());
        QCOMPARE(flushed.constLast().at(0).toBool(), false);
        // Kept in the database: a restart of the terminal still sends it.
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT body FROM statement_registrations")));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("440106198503121018")));
    }

    void theHallsCheckIsRead()
    {
        const auto check = [](int status, const char *json) {
            return StatementRegistry::interpretCheck(
                HallResponse { status, QJsonDocument::fromJson(json), std::nullopt });
        };
        auto genuine = check(200,
            R"({"result":"genuine","issuedAt":"2026-11-23T10:15:00.000+08:00","terminalId":"GZ-TH-KIOSK-0001"})");
        QVERIFY(genuine.ok());
        QCOMPARE(genuine->verdict, StatementCheck::Verdict::Genuine);
        QCOMPARE(genuine->terminalId, QStringLiteral("GZ-TH-KIOSK-0001"));
        QVERIFY(genuine->issuedAt.isValid());
        QCOMPARE(
            check(200, R"({"result":"mismatch"})")->verdict, StatementCheck::Verdict::Mismatch);
        QCOMPARE(check(200, R"({"result":"unknown"})")->verdict, StatementCheck::Verdict::Unknown);
        QCOMPARE(
            check(200, R"({"result":"maybe"})").error().code, QStringLiteral("statement.unclear"));
        QCOMPARE(
            check(400, R"({"code":"invalid"})").error().code, QStringLiteral("statement.unclear"));
    }
};

QTEST_GUILESS_MAIN(TestStatementRegistry)
#include "tst_statementregistry.moc"
