#include "passwordpolicy.h"

#include <QTest>

using namespace onewindow;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private slots:
    void saysWhichRuleFailed_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("good") << "Tide-pool 42"
                              << "";
        QTest::newRow("chinese and digits") << QString::fromUtf8("广州天河区政务2024") << "";
        QTest::newRow("short") << "Ab1!"
                               << "identity.password_short";
        QTest::newRow("long") << QString(257, QLatin1Char('a')) + QStringLiteral("1")
                              << "identity.password_long";
        QTest::newRow("letters only") << "abcdefghijkl"
                                      << "identity.password_simple";
        QTest::newRow("digits only") << "123456789012"
                                     << "identity.password_simple";
        QTest::newRow("user name") << "Li.wei-2024!"
                                   << "identity.password_has_name";
        QTest::newRow("common") << "Password123"
                                << "identity.password_common";
    }
    void saysWhichRuleFailed()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status status = PasswordPolicy::check(password, QStringLiteral("li.wei"));
        QCOMPARE(status.ok() ? QString() : status.error().code, code);
        if (!status)
            QVERIFY(!status.error().message.contains(password));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
