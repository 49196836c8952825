#include "statementregister.h"

#include "database.h"
#include "halltime.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {

Error invalid(const QString &message) { return Error { QStringLiteral("invalid"), message }; }

bool isMonth(const QString &text)
{
    return QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate).isValid()
        && text.size() == 7;
}

} // namespace

StatementRegister::StatementRegister(Database &database)
    : m_database(database)
{ }

bool StatementRegister::isValidNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(number).hasMatch();
}

bool StatementRegister::isValidValue(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return pattern.match(value).hasMatch();
}

Result<StatementRegister::Answer> StatementRegister::registerStatement(
    const TerminalInfo &terminal, const QJsonObject &statement)
{
    const QString number = statement.value(u"statementNumber").toString();
    const QString value = statement.value(u"verificationValue").toString().toUpper();
    const QDateTime issuedAt
        = QDateTime::fromString(statement.value(u"issuedAt").toString(), Qt::ISODateWithMs);
    const QJsonObject period = statement.value(u"period").toObject();
    const QString from = period.value(u"from").toString();
    const QString to = period.value(u"to").toString();
    if (!isValidNumber(number))
        return invalid(QStringLiteral("statementNumber must be 1–64 of A-Z a-z 0-9 -"));
    if (!isValidValue(value))
        return invalid(QStringLiteral("verificationValue must be 32 hex digits"));
    if (!issuedAt.isValid())
        return invalid(QStringLiteral("issuedAt must be an ISO 8601 time"));
    if (!isMonth(from) || !isMonth(to) || from > to)
        return invalid(QStringLiteral("period needs from and to months (yyyy-MM), from ≤ to"));
    const QString claimed = statement.value(u"terminalId").toString();
    if (!claimed.isEmpty() && claimed != terminal.terminalId)
        return Error { QStringLiteral("terminal_mismatch"),
            QStringLiteral("terminalId is not the terminal of the client certificate") };

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT verification_value, issued_at, period_from, period_to, "
                             "terminal_id, registered_at FROM statements "
                             "WHERE statement_number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a statement"));
    if (q.next()) {
        const bool same = q.value(0).toString() == value
            && q.value(1).toString() == isoTime(issuedAt) && q.value(2).toString() == from
            && q.value(3).toString() == to && q.value(4).toString() == terminal.terminalId;
        if (!same)
            return Error { QStringLiteral("conflict"),
                QStringLiteral("another statement is registered under this number") };
        return Answer { 200,
            { { QStringLiteral("statementNumber"), number },
                { QStringLiteral("registeredAt"), q.value(5).toString() } } };
    }
    q.finish();
    const QString now = hallNowIso();
    q.prepare(QStringLiteral("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &v :
        { number, value, isoTime(issuedAt), from, to, terminal.terminalId, now })
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a statement"));
    return Answer { 201,
        { { QStringLiteral("statementNumber"), number },
            { QStringLiteral("registeredAt"), now } } };
}

Result<QJsonObject> StatementRegister::verify(const QJsonObject &request) const
{
    const QString number = request.value(u"statementNumber").toString();
    const QString value = request.value(u"verificationValue").toString().toUpper();
    if (!isValidNumber(number))
        return invalid(QStringLiteral("statementNumber must be 1–64 of A-Z a-z 0-9 -"));
    if (value.isEmpty())
        return invalid(QStringLiteral("verificationValue is missing"));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT verification_value, issued_at, period_from, period_to, "
                             "terminal_id FROM statements WHERE statement_number = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a statement"));
    QJsonObject answer { { QStringLiteral("statementNumber"), number } };
    if (!q.next()) {
        answer.insert(QStringLiteral("result"), QStringLiteral("unknown"));
        return answer;
    }
    answer.insert(QStringLiteral("result"),
        q.value(0).toString() == value ? QStringLiteral("genuine") : QStringLiteral("mismatch"));
    answer.insert(QStringLiteral("issuedAt"), q.value(1).toString());
    answer.insert(QStringLiteral("period"),
        QJsonObject { { QStringLiteral("from"), q.value(2).toString() },
            { QStringLiteral("to"), q.value(3).toString() } });
    answer.insert(QStringLiteral("terminalId"), q.value(4).toString());
    return answer;
}

} // namespace onewindow::hall
