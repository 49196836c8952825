// FaultInjector: the set fraction of faults, the same sequence for the same seed.
#include "faultinjector.h"

#include <QTest>

using namespace onewindow::hall;

class TestFaultInjector : public QObject
{
    Q_OBJECT
private slots:
    void rateAndRepeatability()
    {
        FaultInjector a(0.3, 7), b(0.3, 7), c(0.3, 8);
        int faults = 0, different = 0;
        for (int i = 0; i < 10000; ++i) {
            const auto fa = a.next();
            QCOMPARE(fa, b.next());
            different += fa != c.next() ? 1 : 0;
            faults += fa != FaultInjector::Fault::None ? 1 : 0;
        }
        QVERIFY(faults > 2700 && faults < 3300);
        QVERIFY(different > 0);
    }
    void zeroNeverFails()
    {
        FaultInjector none(0, 1);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(none.next(), FaultInjector::Fault::None);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
