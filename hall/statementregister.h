// StatementRegister: the social security statements (参保证明) terminals issued, and the check a
// receiver (an employer, a bank) makes at the hall with the number and verification value.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonObject>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class StatementRegister
{
public:
    explicit StatementRegister(Database &database);

    struct Answer
    {
        int status = 201; // 201 stored now, 200 the same statement again
        QJsonObject body; // {statementNumber, registeredAt}
    };
    // {statementNumber, verificationValue, issuedAt, period: {from, to}, terminalId?}. Nothing
    // personal. Errors: invalid, terminal_mismatch, conflict (the number is registered with
    // other content).
    Result<Answer> registerStatement(const TerminalInfo &terminal, const QJsonObject &statement);

    // {statementNumber, verificationValue} → {result: genuine | mismatch | unknown,
    // statementNumber, and for a known number issuedAt, terminalId, period}. Error: invalid.
    Result<QJsonObject> verify(const QJsonObject &request) const;

    static bool isValidNumber(const QString &number);
    static bool isValidValue(const QString &value);

private:
    Database &m_database;
};

} // namespace onewindow::hall
