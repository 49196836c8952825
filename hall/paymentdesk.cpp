#include "paymentdesk.h"

#include "database.h"
#include "halltime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace onewindow::hall {

PaymentDesk::PaymentDesk(Database &database, qint64 confirmAfterMs)
    : m_database(database)
    , m_confirmAfterMs(confirmAfterMs)
{ }

bool PaymentDesk::isValidOrderId(const QString &orderId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(orderId).hasMatch();
}

Result<PaymentDesk::Answer> PaymentDesk::create(
    const TerminalInfo &terminal, const QJsonObject &request)
{
    QString orderId = request.value(u"orderId").toString();
    if (orderId.isEmpty())
        orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isValidOrderId(orderId))
        return Error { QStringLiteral("invalid"),
            QStringLiteral("orderId must be 1–64 of A-Z a-z 0-9 _ -") };
    const QJsonValue amount = request.value(u"amountCents");
    if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger())
        || amount.toInteger() <= 0 || amount.toInteger() > 100'000'000)
        return Error { QStringLiteral("invalid"),
            QStringLiteral("amountCents must be a positive integer") };
    if (request.value(u"insurance").toString().isEmpty())
        return Error { QStringLiteral("invalid"), QStringLiteral("insurance is missing") };
    if (!request.value(u"periods").isArray() || request.value(u"periods").toArray().isEmpty())
        return Error { QStringLiteral("invalid"),
            QStringLiteral("periods must list at least one month") };

    const QString insured = request.value(u"insured").toObject().value(u"idNumber").toString();
    const QString insurance = request.value(u"insurance").toString();
    QStringList periods;
    for (const QJsonValue &v : request.value(u"periods").toArray()) {
        if (!v.isString() || v.toString().isEmpty() || periods.contains(v.toString()))
            return Error { QStringLiteral("invalid"),
                QStringLiteral("periods must be distinct non-empty strings") };
        periods.append(v.toString());
    }

    QJsonObject canonical = request;
    canonical.insert(QStringLiteral("orderId"), orderId);
    const QByteArray json = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    const QByteArray hash = QCryptographicHash::hash(json, QCryptographicHash::Sha256);

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT request_hash FROM payments WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up an order"));
    if (q.next()) {
        if (q.value(0).toByteArray() != hash)
            return Error { QStringLiteral("conflict"),
                QStringLiteral("another order was made under this order id") };
        q.finish();
        auto body = describe(orderId);
        if (!body)
            return body.error();
        return Answer { 200, body.value() };
    }
    q.finish();
    if (!insured.isEmpty())
        if (Status s = checkPeriods(orderId, insured, insurance, periods, amount.toInteger()); !s)
            return s.error();
    const QString now = hallNowIso();
    const QString qr = QStringLiteral("https://pay.gdsi.example.invalid/q/%1?amt=%2")
                           .arg(orderId)
                           .arg(amount.toInteger());
    q.prepare(QStringLiteral("INSERT INTO payments VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
    for (const QVariant &v : { QVariant(orderId), QVariant(terminal.terminalId), QVariant(hash),
             QVariant(amount.toInteger()), QVariant(now), QVariant(now), QVariant(qr),
             QVariant(QString::fromUtf8(json)) })
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store an order"));
    if (!insured.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO payment_periods VALUES (?, ?, ?, ?)"));
        for (const QString &period : periods) {
            for (const QVariant &v :
                { QVariant(orderId), QVariant(insured), QVariant(insurance), QVariant(period) })
                q.addBindValue(v);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store an order's periods"));
        }
    }
    auto body = describe(orderId);
    if (!body)
        return body.error();
    return Answer { 201, body.value() };
}

Status PaymentDesk::checkPeriods(const QString &orderId, const QString &insured,
    const QString &insurance, const QStringList &periods, qint64 amountCents)
{
    QSqlQuery q(m_database.connection());
    // A period paid, or in an order that may still be paid, is not sold again.
    const QString expiredBefore = isoTime(hallNow().addSecs(-qint64(kExpiryMinutes) * 60));
    q.prepare(QStringLiteral("SELECT 1 FROM payment_periods pp JOIN payments p USING (order_id) "
                             "WHERE pp.id_number = ? AND pp.insurance = ? AND pp.period = ? "
                             "AND pp.order_id <> ? AND (p.status = 'paid' OR "
                             "(p.status = 'pending' AND p.created_at > ?))"));
    qint64 dueTotal = 0;
    int dueFound = 0;
    for (const QString &period : periods) {
        for (const QVariant &v : { QVariant(insured), QVariant(insurance), QVariant(period),
                 QVariant(orderId), QVariant(expiredBefore) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("look up paid periods"));
        if (q.next())
            return Error { QStringLiteral("already_paid"),
                QStringLiteral("a period of this order is paid or in another open order") };
        QSqlQuery due(m_database.connection());
        due.prepare(QStringLiteral("SELECT amount_cents FROM ss_dues WHERE id_number = ? "
                                   "AND insurance = ? AND period = ?"));
        for (const QVariant &v : { QVariant(insured), QVariant(insurance), QVariant(period) })
            due.addBindValue(v);
        if (!due.exec())
            return Database::queryError(due, QStringLiteral("look up dues"));
        if (due.next()) {
            dueTotal += due.value(0).toLongLong();
            ++dueFound;
        }
    }
    // Periods the hall lists as due must be paid at the listed amount.
    if (dueFound == int(periods.size()) && dueTotal != amountCents)
        return Error { QStringLiteral("invalid"),
            QStringLiteral("amountCents is not the amount due for these periods") };
    return {};
}

Result<QString> PaymentDesk::owner(const QString &orderId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT terminal_id FROM payments WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up an order's terminal"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QJsonObject> PaymentDesk::status(const QString &orderId)
{
    // The simulated provider works lazily: an order's state moves on when someone asks.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status, created_at FROM payments WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up an order"));
    if (!q.next())
        return Error { QStringLiteral("not_found"), QStringLiteral("no such order") };
    const QString current = q.value(0).toString();
    const qint64 ageMs
        = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).msecsTo(hallNow());
    q.finish();
    QString next;
    if (current == u"pending" && m_confirmAfterMs >= 0 && ageMs >= m_confirmAfterMs)
        next = QStringLiteral("paid");
    else if (current == u"pending" && ageMs >= qint64(kExpiryMinutes) * 60 * 1000)
        next = QStringLiteral("expired");
    if (!next.isEmpty()) {
        q.prepare(
            QStringLiteral("UPDATE payments SET status = ?, updated_at = ? WHERE order_id = ?"));
        q.addBindValue(next);
        q.addBindValue(hallNowIso());
        q.addBindValue(orderId);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("update an order"));
    }
    return describe(orderId);
}

Result<QJsonObject> PaymentDesk::settle(const QString &orderId, bool paid)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE payments SET status = ?, updated_at = ? "
                             "WHERE order_id = ? AND status = 'pending'"));
    q.addBindValue(paid ? QStringLiteral("paid") : QStringLiteral("failed"));
    q.addBindValue(hallNowIso());
    q.addBindValue(orderId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("settle an order"));
    return describe(orderId);
}

Result<QJsonObject> PaymentDesk::describe(const QString &orderId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status, amount_cents, qr_content, created_at, updated_at "
                             "FROM payments WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read an order"));
    if (!q.next())
        return Error { QStringLiteral("not_found"), QStringLiteral("no such order") };
    QJsonObject out { { QStringLiteral("orderId"), orderId },
        { QStringLiteral("status"), q.value(0).toString() },
        { QStringLiteral("amountCents"), q.value(1).toLongLong() },
        { QStringLiteral("qrContent"), q.value(2).toString() },
        { QStringLiteral("createdAt"), q.value(3).toString() },
        { QStringLiteral("updatedAt"), q.value(4).toString() } };
    if (q.value(0).toString() == u"paid")
        out.insert(QStringLiteral("paidAt"), q.value(4).toString());
    return out;
}

} // namespace onewindow::hall
