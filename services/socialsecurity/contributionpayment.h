// Pays resident contributions at the kiosk: one order per choice, the provider's QR code on
// screen, and "paid" only once the hall has confirmed it.
#pragma once

#include "payee.h"
#include "paymentorder.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace onewindow {

class CitizenSession;
class HallClient;
struct HallResponse;

class ContributionPayment : public QObject
{
    Q_OBJECT
public:
    ContributionPayment(HallClient *hall, CitizenSession &session, QObject *parent = nullptr);
    ~ContributionPayment() override;

    // Checks the choice against the dues the hall listed and prices it. Starts a new order
    // (with a new order id) unless one is on its way, which must first be paid or given up.
    Status prepare(
        const SocialSecurityRecord &record, Insurance insurance, const QStringList &periods);
    // The same for someone else's dues (a household member, another person); the payer stays
    // the citizen identified at the terminal.
    Status prepare(const Payee &insured, Insurance insurance, const QStringList &periods);
    // Sends the order; a second tap while it is on its way or waiting does nothing, and after a
    // lost answer it sends the same order again (same id, same body): never a second charge.
    void pay();
    // Gives up waiting (the citizen leaves); an order already made stays with the hall.
    void reset();

    const PaymentOrder &order() const { return m_order; }
    QString problem() const { return m_problem; }

    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // How long the terminal waits for the provider before calling it unconfirmed.
    void setConfirmationTimeout(int ms) { m_timeoutMs = ms; }

    // The hall's order object to a state; an answer for another order or amount is an Error.
    static Result<PaymentOrder::State> interpret(const PaymentOrder &order, const HallResponse &r);

signals:
    void changed();
    // Exactly once per order, after the hall confirmed it.
    void paid(const QString &orderId);

private:
    void create();
    void check();
    void settle(PaymentOrder::State state);
    void fail(const QString &message);

    QPointer<HallClient> m_hall;
    CitizenSession &m_session;
    PaymentOrder m_order;
    QString m_problem;
    QTimer m_poll;
    QElapsedTimer m_waiting;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_requestInFlight = false;
    bool m_paidAnnounced = false;
};

} // namespace onewindow
