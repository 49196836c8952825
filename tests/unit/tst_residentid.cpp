#include "residentid.h"

#include <QTest>

using namespace onewindow;

namespace {
const QDate kToday(2024, 6, 1);
const QString kPublished = QStringLiteral("11010519491231002X"); // GB 11643-1999 example
} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT
private slots:
    void acceptsThePublishedExample()
    {
        auto id = ResidentId::parse(kPublished, kToday);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->number(), kPublished);
        QCOMPARE(id->birthDate(), QDate(1949, 12, 31));
        QCOMPARE(id->regionCode(), QStringLiteral("110105"));
        QVERIFY(id->isFemale());
        QVERIFY(!id->wasLegacy());
    }

    void acceptsLowerCaseXAndSurroundingSpace()
    {
        auto id = ResidentId::parse(QStringLiteral(" 11010519491231002x "), kToday);
        QVERIFY(id.ok());
        QCOMPARE(id->number(), kPublished);
    }

    void checkCharacterMatchesTheStandard()
    {
        QCOMPARE(ResidentId::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(ResidentId::checkCharacter(u"44030419900101001"), QLatin1Char('1'));
        QVERIFY(ResidentId::checkCharacter(u"1101051949123100").isNull());
        QVERIFY(ResidentId::checkCharacter(u"1101051949123100A").isNull());
    }

    void everyOneCharacterChangeIsInvalid()
    {
        const QString alphabet = QStringLiteral("0123456789X");
        int tried = 0;
        for (qsizetype pos = 0; pos < kPublished.size(); ++pos) {
            for (QChar c : alphabet) {
                if (c == kPublished.at(pos))
                    continue;
                QString changed = kPublished;
                changed[pos] = c;
                auto id = ResidentId::parse(changed, kToday);
                QVERIFY2(!id.ok(), qPrintable(QStringLiteral("accepted %1").arg(changed)));
                QVERIFY(!id.error().message.isEmpty());
                QVERIFY2(!id.error().message.contains(changed), "the message echoes the number");
                ++tried;
            }
        }
        QCOMPARE(tried, 18 * 10);
    }

    void saysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << "identity.id_empty";
        QTest::newRow("short") << "11010519491231002"
                               << "identity.id_length";
        QTest::newRow("long") << "11010519491231002X1"
                              << "identity.id_length";
        QTest::newRow("very long") << QString(100000, QLatin1Char('1')) << "identity.id_length";
        QTest::newRow("letter") << "1101051949123100AX"
                                << "identity.id_characters";
        QTest::newRow("bad last") << "11010519491231002Y"
                                  << "identity.id_characters";
        QTest::newRow("sql") << "1101051949';DROP--"
                             << "identity.id_characters";
        QTest::newRow("region") << "00010519491231002X"
                                << "identity.id_region";
        QTest::newRow("feb 30") << "110105194902300021"
                                << "identity.id_date";
        QTest::newRow("month 13") << "110105194913010021"
                                  << "identity.id_date";
        QTest::newRow("future") << "110105203001010021"
                                << "identity.id_future";
        QTest::newRow("check") << "110105194912310021"
                               << "identity.id_check_digit";
        QTest::newRow("fullwidth digits")
            << QString::fromUtf8("１１０１０５１９４９１２３１００２X") << "identity.id_characters";
    }
    void saysWhatIsWrong()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        auto id = ResidentId::parse(number, kToday);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
    }

    void lengthMessageCountsCharactersInBothLanguagesSources()
    {
        auto id = ResidentId::parse(QStringLiteral("1234"), kToday);
        QVERIFY(id.error().message.contains(QStringLiteral("18")));
        QVERIFY(id.error().message.contains(QStringLiteral("4")));
    }

    void upgradesTheLegacyFifteenDigitForm()
    {
        auto id = ResidentId::parse(QStringLiteral("110105491231002"), kToday);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->number(), kPublished);
        QVERIFY(id->wasLegacy());
        QCOMPARE(id->birthDate(), QDate(1949, 12, 31));

        QCOMPARE(ResidentId::parse(QStringLiteral("110105491331002"), kToday).error().code,
            QStringLiteral("identity.id_date"));
        QCOMPARE(ResidentId::parse(QStringLiteral("11010549123100X"), kToday).error().code,
            QStringLiteral("identity.id_characters"));
    }

    void leapDaysAreRealDates()
    {
        const QString first17 = QStringLiteral("44030420000229001");
        QVERIFY(ResidentId::parse(first17 + ResidentId::checkCharacter(first17), kToday).ok());
        const QString notLeap = QStringLiteral("44030419000229001");
        QCOMPARE(
            ResidentId::parse(notLeap + ResidentId::checkCharacter(notLeap), kToday).error().code,
            QStringLiteral("identity.id_date"));
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
