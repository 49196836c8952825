#include "receiptnumber.h"

#include <QTest>

using namespace onewindow;

class TestReceiptNumber : public QObject
{
    Q_OBJECT
private slots:
    void makesAndParsesBack()
    {
        const auto r = ReceiptNumber::make(QStringLiteral("GZTH0007"), QDate(2026, 11, 23), 42);
        QVERIFY(r.ok());
        const QString text = r->text();
        QVERIFY(text.startsWith(QStringLiteral("GZTH0007-20261123-0042")));
        QCOMPARE(text.size(), 23);
        const auto back = ReceiptNumber::parse(text);
        QVERIFY(back.ok());
        QCOMPARE(back->prefix(), QStringLiteral("GZTH0007"));
        QCOMPARE(back->date(), QDate(2026, 11, 23));
        QCOMPARE(back->sequence(), 42);
        // As typed: lower case, no dashes, spaces.
        QString typed = text.toLower();
        typed.remove(QLatin1Char('-'));
        QCOMPARE(
            ReceiptNumber::parse(QStringLiteral(" ") + typed + QStringLiteral(" "))->text(), text);
    }

    void catchesEverySingleTypo()
    {
        const QString text
            = ReceiptNumber::make(QStringLiteral("GZTH0007"), QDate(2026, 11, 23), 427)->text();
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        int checked = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('-'))
                continue;
            for (QChar c : alphabet) {
                if (c == text.at(i))
                    continue;
                QString typo = text;
                typo[i] = c;
                QVERIFY2(!ReceiptNumber::parse(typo).ok(), qPrintable(typo));
                ++checked;
            }
        }
        QVERIFY(checked > 500);
    }

    void refusesWhatIsNoReceipt()
    {
        for (const QString &bad : { QString(), QStringLiteral("hello"),
                 QStringLiteral("GZTH0007-20261323-00427"), QStringLiteral("G-20261123-00427"),
                 QStringLiteral("GZTH0007-20261123-00000"), QStringLiteral("张三-20261123-00427") })
            QVERIFY2(!ReceiptNumber::parse(bad).ok(), qPrintable(bad));
        QCOMPARE(ReceiptNumber::make(QStringLiteral("GZ"), QDate(2026, 1, 1), 10000).error().code,
            QStringLiteral("cases.receipt_exhausted"));
    }

    void prefixComesFromTheTerminalId()
    {
        QCOMPARE(ReceiptNumber::prefixForTerminal(QStringLiteral("GZ-TH-KIOSK-0007")),
            QStringLiteral("GZTH0007"));
        QCOMPARE(ReceiptNumber::prefixForTerminal(QStringLiteral("gz-th-desk-0002")),
            QStringLiteral("GZTH0002"));
        QCOMPARE(ReceiptNumber::prefixForTerminal(QString()), QStringLiteral("OW"));
        QVERIFY(ReceiptNumber::prefixForTerminal(QStringLiteral("A-VERY-LONG-TERMINAL-NAME-0001"))
                    .size()
            <= 12);
    }
};

QTEST_GUILESS_MAIN(TestReceiptNumber)
#include "tst_receiptnumber.moc"
