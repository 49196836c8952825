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
        QHash<FaultInjector::Fault, int> kinds;
        for (int i = 0; i < 10000; ++i) {
            const auto fa = a.next();
            QCOMPARE(fa, b.next());
            different += fa != c.next() ? 1 : 0;
            faults += fa != FaultInjector::Fault::None ? 1 : 0;
            ++kinds[fa];
        }
        QVERIFY(faults > 2700 && faults < 3300);
        // Every kind of fault occurs: 503, 503 with Retry-After, dropped before and after.
        QCOMPARE(kinds.size(), 5);
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            QVERIFY(it.value() > 500);
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
