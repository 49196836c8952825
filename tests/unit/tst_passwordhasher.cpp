#include "passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace onewindow;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashesWithScryptAndASaltPerPassword()
    {
        auto first = PasswordHasher::hash(QStringLiteral("Correct horse 42"));
        auto second = PasswordHasher::hash(QStringLiteral("Correct horse 42"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->startsWith(QStringLiteral("$scrypt$ln=17,r=8,p=1$")));
        QVERIFY(first.value() != second.value());
        QVERIFY(!first->contains(QStringLiteral("horse")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("Correct horse 42"), first.value()));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("Correct horse 43"), first.value()));
        QVERIFY(!PasswordHasher::verify(QString(), first.value()));
    }

    void refusesMalformedAndTooExpensiveHashes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << "Correct horse 42";
        QTest::newRow("huge N")
            << "$scrypt$ln=30,r=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==";
        QTest::newRow("huge p")
            << "$scrypt$ln=17,r=8,p=9$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==";
        QTest::newRow("sql") << "' OR 1=1 --";
    }
    void refusesMalformedAndTooExpensiveHashes()
    {
        QFETCH(QString, stored);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), stored));
        QVERIFY(timer.elapsed() < 100);
    }

    void acceptsVeryLongPasswords()
    {
        const QString longPassword(100000, QLatin1Char('p'));
        auto hash = PasswordHasher::hash(longPassword);
        QVERIFY(hash.ok());
        QVERIFY(PasswordHasher::verify(longPassword, hash.value()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
