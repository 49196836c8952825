// A resident contribution payment order (城乡居民养老/医保) and what the hall said of it.
#pragma once

#include "socialsecurityrecord.h"

#include <QStringList>

namespace onewindow {

struct PaymentOrder
{
    enum class State {
        Draft, // chosen, not yet sent
        Creating, // on its way to the hall
        AwaitingPayment, // the hall made it: the QR code is shown, the provider not yet done
        Paid, // the hall confirmed the payment
        Failed, // the provider refused it
        Expired, // not paid in time; nothing was taken
        Unconfirmed, // no confirmation in time: not shown as paid, not to be paid again
    };

    QString orderId; // the idempotency unit: the same order is never made twice
    Insurance insurance = Insurance::ResidentPension;
    QStringList periods;
    qint64 amountCents = 0;
    QString insuredIdNumber; // whose contributions
    QString payerIdNumber; // who pays (the citizen at the terminal)
    State state = State::Draft;
    QString qrContent;
    QDateTime paidAt;

    bool isFinal() const
    {
        return state == State::Paid || state == State::Failed || state == State::Expired;
    }
};

} // namespace onewindow
