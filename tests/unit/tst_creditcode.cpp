#include "creditcode.h"

#include <QTest>

using namespace onewindow;

namespace {
const QString kPublished = QStringLiteral("91350100M000100Y43"); // GB 32100-2015 example
} // namespace

class TestCreditCode : public QObject
{
    Q_OBJECT
private slots:
    void acceptsThePublishedExample()
    {
        auto code = CreditCode::parse(kPublished);
        QVERIFY2(code.ok(), qPrintable(code ? QString() : code.error().message));
        QCOMPARE(code->code(), kPublished);
        QCOMPARE(code->regionCode(), QStringLiteral("350100"));
        QVERIFY(CreditCode::parse(QStringLiteral(" 91350100m000100y43")).ok());
    }

    void alphabetHasThirtyOneCharacters()
    {
        QCOMPARE(CreditCode::alphabet().size(), 31);
        for (QChar c : { QLatin1Char('I'), QLatin1Char('O'), QLatin1Char('Z'), QLatin1Char('S'),
                 QLatin1Char('V') })
            QVERIFY(!CreditCode::alphabet().contains(c));
        QCOMPARE(CreditCode::checkCharacter(QStringView(kPublished).left(17)), QLatin1Char('3'));
    }

    void everyOneCharacterChangeIsInvalid()
    {
        int tried = 0;
        for (qsizetype pos = 0; pos < kPublished.size(); ++pos) {
            for (QChar c : CreditCode::alphabet()) {
                if (c == kPublished.at(pos))
                    continue;
                QString changed = kPublished;
                changed[pos] = c;
                auto code = CreditCode::parse(changed);
                QVERIFY2(!code.ok(), qPrintable(QStringLiteral("accepted %1").arg(changed)));
                QVERIFY(!code.error().message.isEmpty());
                ++tried;
            }
        }
        QCOMPARE(tried, 18 * 30);
    }

    void saysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "  "
                               << "identity.credit_empty";
        QTest::newRow("short") << "91350100M000100Y4"
                               << "identity.credit_length";
        QTest::newRow("very long") << QString(70000, QLatin1Char('9')) << "identity.credit_length";
        QTest::newRow("letter I") << "91350100I000100Y43"
                                  << "identity.credit_characters";
        QTest::newRow("sql") << "9135'; DROP TABLE-"
                             << "identity.credit_characters";
        QTest::newRow("region") << "91A50100M000100Y43"
                                << "identity.credit_region";
        QTest::newRow("check") << "91350100M000100Y44"
                               << "identity.credit_check";
    }
    void saysWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto parsed = CreditCode::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
