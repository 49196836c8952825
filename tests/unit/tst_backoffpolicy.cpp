#include "backoffpolicy.h"

#include <QSet>
#include <QTest>

using namespace onewindow;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delaysGrowWithinTheCeilingAndNeverReachZero()
    {
        BackoffPolicy policy(1000, 60000, 7);
        for (int failures = 1; failures <= 40; ++failures) {
            const qint64 ceiling
                = std::min<qint64>(60000, qint64(1000) << std::min(failures - 1, 30));
            for (int i = 0; i < 50; ++i) {
                const int d = policy.delayMs(failures);
                QVERIFY2(d > 0 && d <= ceiling, qPrintable(QString::number(d)));
            }
        }
    }

    void fullJitterSpreadsTerminals()
    {
        BackoffPolicy policy(1000, 60000, 11);
        QSet<int> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(policy.delayMs(6));
        QVERIFY(seen.size() > 50);
    }

    void retryAfterIsHonoured()
    {
        BackoffPolicy policy(10, 100, 3);
        QVERIFY(policy.delayMs(1, 30) >= 30000);
        // An absurd Retry-After is capped at an hour.
        QCOMPARE(policy.delayMs(1, 10000000), 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
