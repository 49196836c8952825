// When to try the hall again: exponential backoff with full jitter, honouring Retry-After.
#pragma once

#include <optional>
#include <QRandomGenerator>

namespace onewindow {

class BackoffPolicy
{
public:
    BackoffPolicy(int baseMs = 1000, int capMs = 5 * 60 * 1000, quint32 seed = 0);

    // The wait before attempt number `failures` (1 after the first failure). Full jitter spreads
    // a fleet of terminals that all lost the hall at the same moment.
    int delayMs(int failures, std::optional<int> retryAfterSeconds = std::nullopt);

    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }

private:
    int m_baseMs;
    int m_capMs;
    QRandomGenerator m_random;
};

} // namespace onewindow
