// PaymentDesk: contribution payment orders and a simulated payment provider that confirms them.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonObject>
#include <QStringList>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class PaymentDesk
{
public:
    static constexpr int kExpiryMinutes = 15;

    // confirmAfterMs: the simulated provider reports a pending order paid this long after it was
    // made (negative: only the test call confirm() pays; unpaid orders expire after 15 min).
    PaymentDesk(Database &database, qint64 confirmAfterMs);

    struct Answer
    {
        int status = 200; // 201 for a new order, 200 for a repeated one
        QJsonObject body;
    };
    // The order id is the idempotency unit: the same order again gives the same answer, another
    // order under the same id is a conflict. With insured.idNumber, a period already paid or in
    // another open order is refused (already_paid): nobody pays a period twice.
    Result<Answer> create(const TerminalInfo &terminal, const QJsonObject &request);
    // Errors: not_found.
    Result<QJsonObject> status(const QString &orderId);
    // The terminal that made the order, or an empty string when there is no such order.
    Result<QString> owner(const QString &orderId) const;
    // The test hook of the simulated provider: paid (or failed), now.
    Result<QJsonObject> settle(const QString &orderId, bool paid);

    static bool isValidOrderId(const QString &orderId);

private:
    // Errors: already_paid (a period paid or in another open order), invalid (wrong amount).
    Status checkPeriods(const QString &orderId, const QString &insured, const QString &insurance,
        const QStringList &periods, qint64 amountCents);
    Result<QJsonObject> describe(const QString &orderId);

    Database &m_database;
    qint64 m_confirmAfterMs;
};

} // namespace onewindow::hall
