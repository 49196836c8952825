#include "faultinjector.h"

namespace onewindow::hall {

FaultInjector::FaultInjector(double rate, unsigned seed)
    : m_rate(rate)
    , m_random(seed)
{ }

FaultInjector::Fault FaultInjector::next()
{
    if (m_rate <= 0)
        return Fault::None;
    // Two draws per request whatever the outcome, so the sequence depends only on the count.
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double hit = unit(m_random);
    const double kind = unit(m_random);
    if (hit >= m_rate)
        return Fault::None;
    if (kind < 0.25)
        return Fault::Unavailable;
    if (kind < 0.5)
        return Fault::UnavailableRetryAfter;
    return kind < 0.75 ? Fault::DropBefore : Fault::DropAfter;
}

} // namespace onewindow::hall
