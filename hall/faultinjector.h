// FaultInjector: makes a set fraction of requests fail (503 or a dropped connection), repeatably.
#pragma once

#include <random>

namespace onewindow::hall {

class FaultInjector
{
public:
    enum class Fault {
        None,
        Unavailable, // answer 503 without doing anything
        UnavailableRetryAfter, // the same with "Retry-After: 1", which the terminal must honour
        DropBefore, // close the connection before doing anything
        DropAfter, // do the work, then close without answering: the answer is lost
    };

    // rate 0 never fails; the same seed gives the same sequence of faults.
    FaultInjector(double rate, unsigned seed);

    Fault next();
    double rate() const { return m_rate; }

private:
    double m_rate;
    std::mt19937 m_random;
};

} // namespace onewindow::hall
