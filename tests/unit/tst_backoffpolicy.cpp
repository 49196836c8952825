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

    // Issue 24: resending began 86 s after the hall came back, the backoff having grown to
    // minutes. However long the hall was away, the terminal looks at it again within 6 s.
    void anUnreachableHallIsLookedAtWithinSecondsHoweverLongItWasAway()
    {
        BackoffPolicy policy(1000, 60000, 5); // the terminal's defaults
        QCOMPARE(policy.probeMs(), 5000);
        for (int failures = 1; failures <= 40; ++failures)
            for (int i = 0; i < 20; ++i) {
                const RetryPlan plan = policy.afterFailure(failures, true);
                QVERIFY2(plan.nextContactInMs() > 0 && plan.nextContactInMs() <= 6000,
                    qPrintable(QStringLiteral("after %1 failures: %2 ms")
                                   .arg(failures)
                                   .arg(plan.nextContactInMs())));
                QVERIFY(plan.syncInMs <= 60000);
                // A probe only where it comes before the cycle.
                QVERIFY(plan.probeInMs == 0 || plan.probeInMs < plan.syncInMs);
            }
    }

    void theDefaultBackoffStopsGrowingAtAMinute()
    {
        BackoffPolicy policy;
        QCOMPARE(policy.capMs(), 60000);
        for (int i = 0; i < 100; ++i)
            QVERIFY(policy.delayMs(30) <= 60000);
    }

    // A hall that answered (503, Retry-After) is there: no probe hurries the terminal back.
    void aHallThatAnsweredIsNotProbed()
    {
        BackoffPolicy policy(1000, 60000, 9);
        for (int failures = 1; failures <= 10; ++failures) {
            const RetryPlan plan = policy.afterFailure(failures, false, 30);
            QCOMPARE(plan.probeInMs, 0);
            QVERIFY(plan.syncInMs >= 30000);
            QCOMPARE(plan.nextContactInMs(), plan.syncInMs);
        }
    }

    void probesSpreadWithinAFifthOfTheInterval()
    {
        BackoffPolicy policy(1000, 60000, 13);
        policy.setProbeMs(1000);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int d = policy.probeDelayMs();
            QVERIFY2(d >= 800 && d <= 1200, qPrintable(QString::number(d)));
            seen.insert(d);
        }
        QVERIFY(seen.size() > 50);
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
