#include "contributionpaymentdesk.h"

#include "contributionpayment.h"
#include "socialsecurityfetcher.h"

using namespace onewindow;

ContributionPaymentDesk::ContributionPaymentDesk(HallClient *hall, CitizenSession &session,
    const SocialSecurityFetcher &records, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_payment(std::make_unique<ContributionPayment>(hall, session))
{
    connect(
        m_payment.get(), &ContributionPayment::changed, this, &ContributionPaymentDesk::changed);
    connect(m_payment.get(), &ContributionPayment::paid, this, &ContributionPaymentDesk::paid);
    connect(&records, &SocialSecurityFetcher::recordChanged, this, [this] {
        m_message.clear();
        emit duesChanged();
        emit changed();
    });
}

ContributionPaymentDesk::~ContributionPaymentDesk() = default;

QVariantList ContributionPaymentDesk::dues() const
{
    QVariantList out;
    if (!m_records.record())
        return out;
    for (const ContributionDue &d : m_records.record()->dues)
        out.append(QVariantMap {
            { QStringLiteral("insuranceCode"), SocialSecurityTerms::insuranceCode(d.insurance) },
            { QStringLiteral("insurance"), SocialSecurityTerms::insuranceName(d.insurance) },
            { QStringLiteral("period"), d.period },
            { QStringLiteral("amount"), SocialSecurityTerms::yuan(d.amountCents) },
            { QStringLiteral("dueBy"), d.dueBy.toString(Qt::ISODate) },
            { QStringLiteral("overdue"), d.dueBy < QDate::currentDate() } });
    return out;
}

ContributionPaymentDesk::Stage ContributionPaymentDesk::stage() const
{
    using S = PaymentOrder::State;
    switch (m_payment->order().state) {
    case S::Draft:
        return Stage::Choosing;
    case S::Creating:
        return Stage::Sending;
    case S::AwaitingPayment:
        return Stage::ShowQr;
    case S::Paid:
        return Stage::Paid;
    case S::Failed:
        return Stage::Failed;
    case S::Expired:
        return Stage::Expired;
    case S::Unconfirmed:
        return Stage::Unconfirmed;
    }
    return Stage::Choosing;
}

QString ContributionPaymentDesk::amount() const
{
    return m_payment->order().orderId.isEmpty()
        ? QString()
        : SocialSecurityTerms::yuan(m_payment->order().amountCents);
}

QString ContributionPaymentDesk::summary() const
{
    const PaymentOrder &o = m_payment->order();
    if (o.orderId.isEmpty())
        return {};
    return tr("%1, %2: %3 yuan")
        .arg(SocialSecurityTerms::insuranceName(o.insurance), o.periods.join(QStringLiteral("、")),
            SocialSecurityTerms::yuan(o.amountCents));
}

QString ContributionPaymentDesk::qrContent() const
{
    return stage() == Stage::ShowQr ? m_payment->order().qrContent : QString();
}

QString ContributionPaymentDesk::message() const
{
    if (!m_payment->problem().isEmpty())
        return m_payment->problem();
    switch (stage()) {
    case Stage::Choosing:
        return m_message;
    case Stage::Sending:
        return tr("Making the payment order…");
    case Stage::ShowQr:
        return tr("Scan the code with your phone's payment app and pay. This page says "
                  "\"Paid\" only when the payment is confirmed.");
    case Stage::Paid:
        return tr("Paid. The payment has been confirmed by the social security office.");
    case Stage::Failed:
        return tr("The payment did not go through. Nothing was charged.");
    case Stage::Expired:
        return tr("The payment code has expired and nothing was charged. You can start again.");
    case Stage::Unconfirmed:
        return tr("The payment is not confirmed yet. Please do not pay again: tap Check again "
                  "in a moment, or ask at the service window.");
    }
    return {};
}

bool ContributionPaymentDesk::busy() const { return stage() == Stage::Sending; }

bool ContributionPaymentDesk::choose(const QString &insuranceCode, const QStringList &periods)
{
    m_message.clear();
    const auto insurance = SocialSecurityTerms::insuranceFromCode(insuranceCode);
    if (!m_records.record() || !insurance) {
        m_message = tr("Please open your social security record first.");
        emit changed();
        return false;
    }
    const Status prepared = m_payment->prepare(*m_records.record(), *insurance, periods);
    if (!prepared) {
        m_message = prepared.error().message;
        emit changed();
        return false;
    }
    return true;
}

void ContributionPaymentDesk::pay() { m_payment->pay(); }

void ContributionPaymentDesk::startOver()
{
    const auto state = m_payment->order().state;
    // An order the provider may still pay is not dropped from view by a tap.
    if (state == PaymentOrder::State::Creating)
        return;
    m_message.clear();
    m_payment->reset();
}
