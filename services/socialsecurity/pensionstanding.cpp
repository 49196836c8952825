#include "pensionstanding.h"

namespace onewindow {

PensionStanding PensionStanding::of(const SocialSecurityRecord &record, QDate today)
{
    PensionStanding s;
    if (!record.isPensioner())
        return s;
    if (!record.lastPensionCertification) {
        s.state = State::NeverCertified;
        return s;
    }
    const PensionCertification &c = *record.lastPensionCertification;
    s.lastCertified = c.certifiedAt.toOffsetFromUtc(8 * 3600).date();
    s.nextDue = c.nextDueDate.isValid() ? c.nextDueDate : s.lastCertified.addYears(1);
    s.daysUntilDue = int(today.daysTo(s.nextDue));
    // Month 1 is the month of the certification; the rule of 12 months means month 13 is the
    // first without eligibility, so the pension stops once that month begins unconfirmed.
    s.monthOfCycle = (today.year() - s.lastCertified.year()) * 12 + today.month()
        - s.lastCertified.month() + 1;
    if (today > s.nextDue) {
        s.state = State::Overdue;
        s.paymentStops = true;
    } else if (s.daysUntilDue <= 31 || s.monthOfCycle >= 12) {
        s.state = State::DueSoon;
    } else {
        s.state = State::Current;
    }
    return s;
}

} // namespace onewindow
