// Where a pensioner stands with the yearly eligibility certification (养老待遇领取资格认证).
#pragma once

#include "socialsecurityrecord.h"

namespace onewindow {

struct PensionStanding
{
    enum class State {
        NotPensioner, // nothing to certify
        NeverCertified, // a pensioner without a certification on record: certify now
        Current, // certified, next due more than a month away
        DueSoon, // due within a month: certify now
        Overdue, // past due: payment stops in month 13 (or has stopped)
    };
    State state = State::NotPensioner;
    QDate lastCertified;
    QDate nextDue;
    int daysUntilDue = 0; // negative when overdue
    // Months since the last certification, the current one counted: 13 means payment stops.
    int monthOfCycle = 0;
    bool paymentStops = false; // month 13 reached: the pension is suspended until certified

    // today is the terminal's date; the hall's nextDueDate (a year after the last) rules.
    static PensionStanding of(const SocialSecurityRecord &record, QDate today);
};

} // namespace onewindow
