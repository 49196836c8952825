// When to try the hall again: exponential backoff with full jitter, honouring Retry-After; and
// while the hall cannot be reached at all, a light probe that notices its return within seconds.
#pragma once

#include <algorithm>
#include <optional>
#include <QRandomGenerator>

namespace onewindow {

// What a failed sync cycle leads to.
struct RetryPlan
{
    int syncInMs = 0; // the next full cycle (push and pull), by the backoff
    int probeInMs = 0; // the next probe of the hall's health; 0: no probe

    // When the terminal next looks at the hall, either way.
    int nextContactInMs() const { return probeInMs > 0 ? std::min(probeInMs, syncInMs) : syncInMs; }
};

class BackoffPolicy
{
public:
    // A minute at most between full cycles: a hall that answers with errors is asked again
    // soon enough for a citizen's case to go out the same hour, and a fleet still spreads.
    BackoffPolicy(int baseMs = 1000, int capMs = 60 * 1000, quint32 seed = 0);

    // The wait before attempt number `failures` (1 after the first failure). Full jitter spreads
    // a fleet of terminals that all lost the hall at the same moment.
    int delayMs(int failures, std::optional<int> retryAfterSeconds = std::nullopt);

    // After `failures` failed cycles. unreachable: the hall did not answer at all (no route,
    // refused, timed out). Then the backoff may have grown long, so a probe every probeMs()
    // (a little jitter, never more than 1.2 × probeMs()) looks for the hall and starts the
    // resend as soon as it answers. A hall that did answer (5xx, 429) is not probed: it is
    // there, and said when to come back.
    RetryPlan afterFailure(
        int failures, bool unreachable, std::optional<int> retryAfterSeconds = std::nullopt);

    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }
    // 5 s by default: resending starts within about 6 s of the hall's return.
    int probeMs() const { return m_probeMs; }
    // One probe interval with its jitter: 0.8 to 1.2 × probeMs().
    int probeDelayMs();
    void setProbeMs(int ms) { m_probeMs = std::max(1, ms); }

private:
    int m_baseMs;
    int m_capMs;
    int m_probeMs = 5000;
    QRandomGenerator m_random;
};

} // namespace onewindow
