// FaultInjector: makes a set fraction of requests fail (500 or a dropped connection), repeatably.
#pragma once

#include <random>

namespace onewindow::hall {

class FaultInjector
{
public:
    enum class Fault {
        None,
        ServerError, // answer 500 without doing anything
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
