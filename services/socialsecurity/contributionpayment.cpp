#include "contributionpayment.h"

#include "citizensession.h"
#include "hallclient.h"
#include "socialsecurityfetcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace onewindow {

ContributionPayment::ContributionPayment(HallClient *hall, CitizenSession &session, QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_session(session)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ContributionPayment::check);
    connect(&m_session, &CitizenSession::ended, this, &ContributionPayment::reset);
}

ContributionPayment::~ContributionPayment() = default;

Status ContributionPayment::prepare(
    const SocialSecurityRecord &record, Insurance insurance, const QStringList &periods)
{
    const auto subject = m_session.subject();
    if (!subject)
        return SocialSecurityFetcher::sessionEnded();
    // Paying one's own dues shows them: the same rule as reading the record.
    if (Status open = m_session.requireRecords(); !open)
        return open;
    Payee self;
    self.idNumber = subject->idNumber;
    self.dues = record.dues;
    return prepare(self, insurance, periods);
}

Status ContributionPayment::prepare(
    const Payee &insured, Insurance insurance, const QStringList &periods)
{
    using State = PaymentOrder::State;
    if (m_order.state == State::Creating || m_order.state == State::AwaitingPayment
        || m_order.state == State::Unconfirmed)
        return Error { QStringLiteral("payment.in_progress"),
            tr("A payment is already under way. Please finish it, or wait until it is "
               "confirmed or has expired.") };
    const auto applicant = m_session.applicant();
    if (!applicant || insured.idNumber.isEmpty())
        return SocialSecurityFetcher::sessionEnded();
    if (periods.isEmpty())
        return Error { QStringLiteral("payment.no_period"),
            tr("Please choose at least one period to pay for.") };
    qint64 amount = 0;
    for (const QString &period : periods) {
        const auto due = std::find_if(
            insured.dues.cbegin(), insured.dues.cend(), [&](const ContributionDue &d) {
                return d.insurance == insurance && d.period == period;
            });
        if (due == insured.dues.cend())
            return Error { QStringLiteral("payment.not_due"),
                tr("%1 is not due for payment (it may be paid already). Please choose from "
                   "the periods listed.")
                    .arg(period) };
        amount += due->amountCents;
    }
    PaymentOrder order;
    order.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.insurance = insurance;
    order.periods = periods;
    order.periods.removeDuplicates();
    order.periods.sort();
    if (order.periods.size() != periods.size())
        return Error { QStringLiteral("payment.no_period"),
            tr("Please choose each period only once.") };
    order.amountCents = amount;
    // Whoever's contributions these are, the payer is the citizen identified at the terminal.
    order.insuredIdNumber = insured.idNumber;
    order.payerIdNumber = applicant->idNumber;
    m_order = order;
    m_problem.clear();
    m_paidAnnounced = false;
    emit changed();
    return {};
}

void ContributionPayment::reset()
{
    m_poll.stop();
    m_order = PaymentOrder {};
    m_problem.clear();
    m_requestInFlight = false;
    emit changed();
}

void ContributionPayment::pay()
{
    using State = PaymentOrder::State;
    if (m_requestInFlight || m_order.orderId.isEmpty() || m_order.isFinal())
        return;
    if (m_order.state == State::Draft || m_order.state == State::Creating)
        return create();
    check(); // waiting or unconfirmed: ask the hall again, never make a second order
}

void ContributionPayment::fail(const QString &message)
{
    m_problem = message;
    emit changed();
}

void ContributionPayment::create()
{
    if (!m_hall)
        return fail(SocialSecurityFetcher::offline().message);
    if (!m_session.isActive())
        return fail(SocialSecurityFetcher::sessionEnded().message);
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/payments");
    request.idempotencyKey = m_order.orderId;
    request.citizenSession = m_session.attestation();
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("orderId"), m_order.orderId },
        { QStringLiteral("insurance"), SocialSecurityTerms::insuranceCode(m_order.insurance) },
        { QStringLiteral("periods"), QJsonArray::fromStringList(m_order.periods) },
        { QStringLiteral("amountCents"), m_order.amountCents },
        { QStringLiteral("payer"),
            QJsonObject { { QStringLiteral("idNumber"), m_order.payerIdNumber } } },
        { QStringLiteral("insured"),
            QJsonObject { { QStringLiteral("idNumber"), m_order.insuredIdNumber } } } });
    m_order.state = PaymentOrder::State::Creating;
    m_problem.clear();
    m_requestInFlight = true;
    emit changed();
    QPointer<ContributionPayment> self(this);
    const QString orderId = m_order.orderId;
    m_hall->send(request, [self, orderId](Result<HallResponse> answer) {
        if (!self || self->m_order.orderId != orderId)
            return;
        self->m_requestInFlight = false;
        if (!answer)
            return self->fail(tr("The payment order did not reach the hall, so nothing was "
                                 "charged. Please tap Pay again."));
        const HallResponse &r = answer.value();
        if (r.status == 409) {
            self->m_order.state = PaymentOrder::State::Failed;
            return self->fail(tr("The hall refused this order: these periods are already paid "
                                 "or being paid. Nothing more was charged."));
        }
        if (r.status != 200 && r.status != 201)
            return self->fail(
                tr("The hall did not make the payment order (%1). Nothing was "
                   "charged; please try again or ask at the service window.")
                    .arg(r.body.object().value(u"code").toString(QString::number(r.status))));
        const auto state = interpret(self->m_order, r);
        if (!state)
            return self->fail(state.error().message);
        self->m_order.qrContent = r.body.object().value(u"qrContent").toString();
        self->m_waiting.start();
        self->settle(state.value());
    });
}

void ContributionPayment::check()
{
    if (m_requestInFlight || !m_hall || m_order.orderId.isEmpty())
        return;
    HallRequest request;
    request.path = QStringLiteral("/payments/") + m_order.orderId;
    request.citizenSession = m_session.attestation();
    m_requestInFlight = true;
    QPointer<ContributionPayment> self(this);
    const QString orderId = m_order.orderId;
    m_hall->send(request, [self, orderId](Result<HallResponse> answer) {
        if (!self || self->m_order.orderId != orderId)
            return;
        self->m_requestInFlight = false;
        // A failed check changes nothing: the order is as unconfirmed as before.
        const auto state = answer ? interpret(self->m_order, answer.value())
                                  : Result<PaymentOrder::State>(answer.error());
        if (state)
            self->settle(state.value());
        else
            self->settle(self->m_order.state);
    });
}

void ContributionPayment::settle(PaymentOrder::State state)
{
    using State = PaymentOrder::State;
    // A final state never changes again: a second confirmation is not a second payment.
    if (m_order.isFinal())
        return;
    if (state == State::AwaitingPayment && m_waiting.isValid() && m_waiting.elapsed() > m_timeoutMs)
        state = State::Unconfirmed;
    if (state == State::AwaitingPayment && m_order.state == State::Unconfirmed)
        state = State::Unconfirmed;
    m_order.state = state;
    if (state == State::AwaitingPayment) {
        if (!m_poll.isActive())
            m_poll.start();
    } else {
        m_poll.stop();
    }
    if (state == State::Paid)
        m_order.paidAt = QDateTime::currentDateTime();
    m_problem.clear();
    emit changed();
    if (state == State::Paid && !m_paidAnnounced) {
        m_paidAnnounced = true;
        emit paid(m_order.orderId);
    }
}

Result<PaymentOrder::State> ContributionPayment::interpret(
    const PaymentOrder &order, const HallResponse &r)
{
    using State = PaymentOrder::State;
    const QJsonObject o = r.body.object();
    const Error unclear { QStringLiteral("payment.unclear"),
        tr("The hall's answer about this payment is unclear, so it is not shown as paid. "
           "Please do not pay again; ask at the service window.") };
    if ((r.status != 200 && r.status != 201) || o.value(u"orderId").toString() != order.orderId
        || o.value(u"amountCents").toInteger(-1) != order.amountCents)
        return unclear;
    const QString status = o.value(u"status").toString();
    if (status == u"pending")
        return State::AwaitingPayment;
    if (status == u"paid")
        return State::Paid;
    if (status == u"failed")
        return State::Failed;
    if (status == u"expired")
        return State::Expired;
    return unclear;
}

} // namespace onewindow
