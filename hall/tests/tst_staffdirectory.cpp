// StaffDirectory: salted PBKDF2 hashes, logins per town hall, session tokens stored as hashes.
#include "halltestdatabase.h"
#include "staffdirectory.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
const TerminalInfo kDesk { QStringLiteral("GZ-TH-DESK-0001"), QStringLiteral("GZ-TH"), {} };
const QByteArray kStaff = R"({"staff": [
    {"username": "zhck01", "password": "Demo-2026-zhck", "displayName": "综合窗口 王敏",
     "roles": ["clerk"], "department": "GZ-TH-ZHCK", "townHall": "GZ-TH"},
    {"username": "sz01", "password": "Demo-2026-sz", "displayName": "赵强",
     "roles": ["clerk"], "department": null, "townHall": "SZ-FT"}]})";
} // namespace

class TestStaffDirectory : public QObject
{
    Q_OBJECT
private slots:
    void hashes()
    {
        const QString a = StaffDirectory::hashPassword(QStringLiteral("pw"), "salt-one", 1000);
        QVERIFY(a.startsWith(u"pbkdf2-sha256$1000$"));
        QVERIFY(StaffDirectory::verifyPassword(QStringLiteral("pw"), a));
        QVERIFY(!StaffDirectory::verifyPassword(QStringLiteral("pW"), a));
        QVERIFY(a != StaffDirectory::hashPassword(QStringLiteral("pw"), "salt-two", 1000));
        QVERIFY(!StaffDirectory::verifyPassword(QStringLiteral("pw"), QStringLiteral("garbage")));
        QVERIFY(!StaffDirectory::verifyPassword(
            QStringLiteral("pw"), QStringLiteral("pbkdf2-sha256$999999999$AA==$AA==")));
    }

    void loginAndSession()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        StaffDirectory staff(*db);
        QVERIFY(staff.seedDemo(kStaff).ok());
        QVERIFY(staff.seedDemo(kStaff).ok()); // again: nothing changes
        auto session
            = staff.login(kDesk, QStringLiteral("zhck01"), QStringLiteral("Demo-2026-zhck"));
        QVERIFY(session.ok());
        const QString token = session->value(u"token").toString();
        QVERIFY(token.size() >= 40);
        QCOMPARE(session->value(u"roles").toArray(), QJsonArray { QStringLiteral("clerk") });
        QCOMPARE(session->value(u"department").toString(), QStringLiteral("GZ-TH-ZHCK"));
        QVERIFY(!session->value(u"expiresAt").toString().isEmpty());
        QCOMPARE(staff.sessionUser(token), QStringLiteral("zhck01"));
        QVERIFY(staff.sessionUser(token + u'x').isEmpty());
        // Only a hash of the token is kept, and no password in clear.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM staff_sessions")) && q.next());
        QVERIFY(q.value(0).toByteArray() != token.toUtf8());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM staff WHERE password_hash LIKE '%Demo%'"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusals()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        StaffDirectory staff(*db);
        QVERIFY(staff.seedDemo(kStaff).ok());
        const QString refused = QStringLiteral("invalid_credentials");
        QCOMPARE(staff.login(kDesk, QStringLiteral("zhck01"), QStringLiteral("wrong")).error().code,
            refused);
        QCOMPARE(staff.login(kDesk, QStringLiteral("nobody"), QStringLiteral("x")).error().code,
            refused);
        // Staff of another town hall cannot log in here, and are told nothing more.
        QCOMPARE(
            staff.login(kDesk, QStringLiteral("sz01"), QStringLiteral("Demo-2026-sz")).error().code,
            refused);
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
