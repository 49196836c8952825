// IdNumberCheck: the GB 11643 check character and validity of 18-character ID numbers.
#include "idnumbercheck.h"

#include <QTest>

using namespace onewindow::hall;

class TestIdNumberCheck : public QObject
{
    Q_OBJECT
private slots:
    void checkCharacters()
    {
        QCOMPARE(IdNumberCheck::checkCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(IdNumberCheck::checkCharacter(u"44010619850312101"), QChar(u'8'));
        QVERIFY(IdNumberCheck::checkCharacter(u"4401061985031210").isNull());
        QVERIFY(IdNumberCheck::checkCharacter(u"4401061985031210A").isNull());
    }
    void validity()
    {
        QVERIFY(IdNumberCheck::isValid(u"11010519491231002X"));
        QVERIFY(!IdNumberCheck::isValid(u"11010519491231002x")); // the hall wants upper case
        QVERIFY(!IdNumberCheck::isValid(u"110105194912310021"));
        QVERIFY(!IdNumberCheck::isValid(u"440106198502301236")); // 30 February
        QVERIFY(!IdNumberCheck::isValid(u""));
    }
};

QTEST_GUILESS_MAIN(TestIdNumberCheck)
#include "tst_idnumbercheck.moc"
