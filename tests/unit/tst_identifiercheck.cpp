#include "creditcode.h"
#include "identifiercheck.h"
#include "residentid.h"

#include <QTest>

using namespace onewindow;
using Kind = IdentifierCheck::Kind;

class TestIdentifierCheck : public QObject
{
    Q_OBJECT
private slots:
    void tellsTheKinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("id") << "11010519491231002X" << Kind::ResidentId << true
                            << "11010519491231002X";
        QTest::newRow("id bad") << "11010519491231002Y" << Kind::CreditCode << false << "";
        QTest::newRow("id check") << "110105194912310021" << Kind::ResidentId << false << "";
        QTest::newRow("legacy") << "110105491231002" << Kind::LegacyResidentId << true
                                << "11010519491231002X";
        QTest::newRow("credit") << "91350100M000100Y43" << Kind::CreditCode << true
                                << "91350100M000100Y43";
        QTest::newRow("credit bad") << "91350100M000100Y44" << Kind::CreditCode << false << "";
        QTest::newRow("short") << "123" << Kind::Unknown << false << "";
        QTest::newRow("empty") << "" << Kind::Unknown << false << "";
    }
    void tellsTheKinds()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto outcome = IdentifierCheck::check(text, QDate(2024, 6, 1));
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.valid(), valid);
        QCOMPARE(outcome.normalized, normalized);
        if (!valid)
            QVERIFY(!outcome.problem->message.isEmpty());
        QVERIFY(!IdentifierCheck::kindName(kind).isEmpty());
    }

    void anAllDigitCreditCodeIsNotTakenForAnId()
    {
        // 17 digits whose MOD 31 check character is a digit, and which fail as an ID number.
        for (int serial = 0; serial < 100; ++serial) {
            const QString first17
                = QStringLiteral("914403000000%1").arg(serial, 5, 10, QLatin1Char('0'));
            const QChar check = CreditCode::checkCharacter(first17);
            if (!check.isDigit() || ResidentId::checkCharacter(first17) == check)
                continue;
            const auto outcome = IdentifierCheck::check(first17 + check);
            QCOMPARE(outcome.kind, Kind::CreditCode);
            QVERIFY(outcome.valid());
            return;
        }
        QFAIL("no all-digit credit code found");
    }
};

QTEST_GUILESS_MAIN(TestIdentifierCheck)
#include "tst_identifiercheck.moc"
