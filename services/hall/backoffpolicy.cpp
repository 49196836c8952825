#include "backoffpolicy.h"

#include <algorithm>

namespace onewindow {

BackoffPolicy::BackoffPolicy(int baseMs, int capMs, quint32 seed)
    : m_baseMs(std::max(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(seed ? seed : QRandomGenerator::system()->generate())
{ }

int BackoffPolicy::delayMs(int failures, std::optional<int> retryAfterSeconds)
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(m_capMs, qint64(m_baseMs) << exponent);
    // Never zero: a hall that just failed gets at least a moment.
    int delay
        = int(std::max<qint64>(m_baseMs / 10 + 1, qint64(m_random.bounded(quint64(ceiling) + 1))));
    if (retryAfterSeconds && *retryAfterSeconds > 0)
        delay = std::max(delay, std::min(*retryAfterSeconds, 3600) * 1000);
    return delay;
}

RetryPlan BackoffPolicy::afterFailure(
    int failures, bool unreachable, std::optional<int> retryAfterSeconds)
{
    RetryPlan plan;
    plan.syncInMs = delayMs(failures, retryAfterSeconds);
    if (unreachable) {
        plan.probeInMs = probeDelayMs();
        // A probe after the cycle itself would be pointless.
        if (plan.probeInMs >= plan.syncInMs)
            plan.probeInMs = 0;
    }
    return plan;
}

int BackoffPolicy::probeDelayMs()
{
    // Terminals that lost the hall together do not all knock at the same instant when it is
    // back.
    const int spread = m_probeMs / 5;
    return m_probeMs - spread + int(m_random.bounded(quint32(2 * spread + 1)));
}

} // namespace onewindow
