#include "contributionpaymentdesk.h"

#include "citizensession.h"
#include "contributionpayment.h"
#include "displaytime.h"
#include "paymentreceipt.h"
#include "socialsecurityfetcher.h"

using namespace onewindow;

ContributionPaymentDesk::ContributionPaymentDesk(HallClient *hall, CitizenSession &session,
    const SocialSecurityFetcher &records, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_records(records)
    , m_payment(std::make_unique<ContributionPayment>(hall, session))
    , m_lookup(std::make_unique<PayeeLookup>(hall, session))
{
    connect(
        m_payment.get(), &ContributionPayment::changed, this, &ContributionPaymentDesk::changed);
    connect(m_payment.get(), &ContributionPayment::paid, this, &ContributionPaymentDesk::paid);
    connect(m_payment.get(), &ContributionPayment::changed, this, [this] {
        if (m_payment->order().orderId.isEmpty())
            m_receiptMessage.clear();
    });
    // Whoever the citizen paid for leaves no trace after them.
    connect(&session, &CitizenSession::ended, this, [this] {
        resetPayee();
        m_receiptMessage.clear();
        m_lastReceiptOutput.clear();
        emit duesChanged();
        emit changed();
    });
    connect(&records, &SocialSecurityFetcher::recordChanged, this, [this] {
        m_message.clear();
        resetPayee();
        emit duesChanged();
        emit changed();
    });
}

void ContributionPaymentDesk::resetPayee()
{
    ++m_lookupSerial;
    m_payee.reset();
    m_payeeIndex = 0;
    m_lookingUp = false;
    m_payeeMessage.clear();
}

QList<Payee> ContributionPaymentDesk::choices() const
{
    const auto subject = m_session.subject();
    if (!m_records.record() || !subject)
        return {};
    return PayeeLookup::choices(*m_records.record(), subject->idNumber, subject->name);
}

QVariantList ContributionPaymentDesk::payees() const
{
    QVariantList out;
    for (const Payee &p : choices())
        out.append(QVariantMap { { QStringLiteral("label"),
                                     p.kind == Payee::Kind::Self
                                         ? tr("Myself (%1)").arg(p.maskedName)
                                         : QStringLiteral("%1 %2").arg(
                                             PayeeLookup::relationName(p.relation), p.maskedName) },
            { QStringLiteral("self"), p.kind == Payee::Kind::Self } });
    return out;
}

QString ContributionPaymentDesk::payeeLabel() const
{
    if (!m_payee || m_payee->kind == Payee::Kind::Self)
        return {};
    return tr("Paying for %1 (ID %2). You, the person identified at this terminal, are the "
              "payer.")
        .arg(m_payee->maskedName, CitizenSession::maskIdNumber(m_payee->idNumber));
}

void ContributionPaymentDesk::choosePayee(int index)
{
    const QList<Payee> list = choices();
    if (index < 0 || index >= list.size() || m_payment->order().state != PaymentOrder::State::Draft)
        return;
    m_payment->reset(); // a choice made for someone else is dropped with them
    resetPayee();
    m_payeeIndex = index;
    m_message.clear();
    if (index == 0) {
        emit duesChanged();
        emit changed();
        return;
    }
    lookUp(list.at(index), index);
}

bool ContributionPaymentDesk::lookUpPerson(const QString &idNumber)
{
    if (m_payment->order().state != PaymentOrder::State::Draft)
        return false;
    m_payment->reset();
    auto checked = PayeeLookup::checkTypedIdNumber(idNumber);
    if (!checked) {
        resetPayee();
        m_payeeIndex = -1;
        m_payeeMessage = checked.error().message;
        emit duesChanged();
        return false;
    }
    const auto subject = m_session.subject();
    if (subject && checked.value() == subject->idNumber) {
        choosePayee(0); // their own number: their own dues
        return true;
    }
    Payee other;
    other.kind = Payee::Kind::Other;
    other.idNumber = checked.value();
    lookUp(other, -1);
    return true;
}

void ContributionPaymentDesk::lookUp(const Payee &who, int index)
{
    resetPayee();
    m_payeeIndex = index;
    m_lookingUp = true;
    m_payeeMessage = tr("Asking the hall what is due…");
    emit duesChanged();
    const int serial = ++m_lookupSerial;
    m_lookup->lookUp(who, [this, index, serial](Result<Payee> found) {
        if (serial != m_lookupSerial || index != m_payeeIndex || !m_lookingUp)
            return; // another choice was made meanwhile
        m_lookingUp = false;
        if (!found) {
            m_payeeMessage = found.error().message;
        } else {
            m_payee = found.value();
            m_payeeMessage = m_payee->dues.isEmpty()
                ? tr("Nothing is due for %1 at the moment.").arg(m_payee->maskedName)
                : QString();
        }
        emit duesChanged();
        emit changed();
    });
}

ContributionPaymentDesk::~ContributionPaymentDesk() = default;

QVariantList ContributionPaymentDesk::dues() const
{
    QVariantList out;
    if (!m_records.record() || m_lookingUp || (m_payeeIndex != 0 && !m_payee))
        return out;
    for (const ContributionDue &d : m_payee ? m_payee->dues : m_records.record()->dues)
        out.append(QVariantMap {
            { QStringLiteral("insuranceCode"), SocialSecurityTerms::insuranceCode(d.insurance) },
            { QStringLiteral("insurance"), SocialSecurityTerms::insuranceName(d.insurance) },
            { QStringLiteral("period"), d.period },
            { QStringLiteral("amount"), SocialSecurityTerms::yuan(d.amountCents) },
            { QStringLiteral("dueBy"), d.dueBy.toString(Qt::ISODate) },
            { QStringLiteral("overdue"),
                d.dueBy < DisplayTime::dayOf(QDateTime::currentDateTimeUtc()) } });
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

bool ContributionPaymentDesk::canPrintReceipt() const { return stage() == Stage::Paid; }

void ContributionPaymentDesk::printReceipt()
{
    const auto applicant = m_session.applicant();
    if (!m_printer) {
        m_receiptMessage = tr("This terminal has no printer for receipts. Please ask at the "
                              "service window.");
    } else {
        auto printed = PaymentReceipt::print(
            *m_printer, m_payment->order(), applicant ? applicant->name : QString(), m_terminalId);
        if (!printed) {
            m_receiptMessage = printed.error().message;
        } else {
            m_lastReceiptOutput = printed->kind == PrintOutcome::Kind::SavedAsPdf
                ? printed->pdfPath
                : printed->printerName;
            m_receiptMessage = printed->kind == PrintOutcome::Kind::SavedAsPdf
                ? tr("Your receipt is ready at the service window.")
                : tr("Your receipt is printed. Please take it from the printer.");
        }
    }
    emit changed();
}

bool ContributionPaymentDesk::choose(const QString &insuranceCode, const QStringList &periods)
{
    m_message.clear();
    const auto insurance = SocialSecurityTerms::insuranceFromCode(insuranceCode);
    if (!m_records.record() || !insurance) {
        m_message = tr("Please open your social security record first.");
        emit changed();
        return false;
    }
    const Status prepared = m_payee ? m_payment->prepare(*m_payee, *insurance, periods)
                                    : m_payment->prepare(*m_records.record(), *insurance, periods);
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
    m_receiptMessage.clear();
    m_payment->reset();
}
