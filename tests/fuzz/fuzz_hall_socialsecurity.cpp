// The terminal's readers of the hall's social security answers against arbitrary bytes: the
// record (POST /citizens/social-security:query) and the figures computed from it, the dues of
// a payee, a payment order's state, a pension certification receipt and a statement check.
// Each gives a value the screens may show or an error with a reason; never a crash, never a
// payment shown as paid from an answer about another order or amount.
// The seed corpus (corpus/hall_socialsecurity) is the reference hall's real answers for demo
// citizens plus damaged ones.
#include "contributionhistory.h"
#include "contributionpayment.h"
#include "hallclient.h"
#include "payee.h"
#include "pensioncertifier.h"
#include "socialsecurityfetcher.h"
#include "socialsecurityparser.h"
#include "statementregistry.h"

#include <cstdint>

namespace {

using namespace onewindow;

void checkError(const Error &e)
{
    if (e.code.isEmpty() || e.message.isEmpty())
        __builtin_trap();
}

template<typename T>
bool failed(const Result<T> &r)
{
    if (!r)
        checkError(r.error());
    return !r;
}

void checkRecord(const QJsonDocument &document)
{
    static const QDate today(2026, 11, 23);
    const auto record = SocialSecurityParser::parse(document);
    if (failed(record))
        return;
    for (qsizetype i = 0; i < record->contributions.size(); ++i) {
        const Contribution &c = record->contributions.at(i);
        if (!c.month.isValid() || c.month.day() != 1 || c.base < 0 || c.personalPart < 0
            || c.employerPart < 0 || (i > 0 && record->contributions.at(i - 1).month > c.month))
            __builtin_trap(); // the figures below rely on valid, sorted months
    }
    for (const ContributionDue &d : record->dues)
        if (d.amountCents <= 0 || !d.dueBy.isValid())
            __builtin_trap();
    // What the screens and statements compute from the record must not fall over either.
    const ContributionHistory history = ContributionHistory::compute(record.value(), today);
    for (const InsuranceSummary &s : history.summaries()) {
        (void)history.monthly(s.insurance);
        (void)history.totals(s.insurance, QDate(1990, 1, 1), today);
    }
    (void)history.totalPaidMonths();
}

HallResponse response(int status, const QJsonDocument &document)
{
    HallResponse r;
    r.status = status;
    r.body = document;
    return r;
}

void checkAnswers(const QJsonDocument &document)
{
    for (int status : { 200, 404, 503 })
        (void)failed(SocialSecurityFetcher::interpret(response(status, document)));
    (void)failed(SocialSecurityParser::parseDues(document));
    Payee other { Payee::Kind::Other, QStringLiteral("44078119650811163X"), {}, {}, {} };
    if (auto payee = PayeeLookup::interpret(other, response(200, document)); !failed(payee))
        if (payee->idNumber != other.idNumber)
            __builtin_trap();

    // The order of the seed corpus's payment answers.
    PaymentOrder order;
    order.orderId = QStringLiteral("6b1f7c2e-8a0d-4f5e-9b1a-2c3d4e5f6a71");
    order.amountCents = 36000;
    for (int status : { 200, 201, 409 }) {
        const auto state = ContributionPayment::interpret(order, response(status, document));
        if (!failed(state)
            && (document.object().value(QLatin1String("orderId")).toString() != order.orderId
                || document.object().value(QLatin1String("amountCents")).toInteger() != 36000))
            __builtin_trap(); // a state only from an answer about this very order
    }
    if (auto receipt = PensionCertifier::interpretReceipt(document); !failed(receipt))
        if (receipt->certificationId.isEmpty() || !receipt->certifiedAt.isValid()
            || !receipt->nextDueDate.isValid())
            __builtin_trap();
    (void)failed(StatementRegistry::interpretCheck(response(200, document)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkRecord(document);
    checkAnswers(document);
    return 0;
}
