// AuditWatch: the audit chain head each terminal sends with its pushes, to notice a cut tail.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonObject>
#include <QJsonValue>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

// A terminal's audit chain only grows. A push whose head has a lower entry number than one the
// hall saw before means entries were cut off the end (a restored backup, a tampered file); the
// same number with another MAC means the chain was rewritten. The hall keeps the highest head,
// records each alarm, and tells the terminal in the push answer.
class AuditWatch
{
public:
    explicit AuditWatch(Database &database);

    // head is "SEQ:MAC" (as the terminal's sync engine sends it) or {seq, mac}. The answer:
    // {status: ok|tail_cut|rewritten|unreadable, seq, highestSeq}.
    Result<QJsonObject> observe(const TerminalInfo &terminal, const QJsonValue &head);

    // The number of alarms recorded for a terminal (for tests and the operator).
    Result<int> alarmCount(const QString &terminalId) const;

    struct Head
    {
        qint64 seq = -1; // -1: unreadable
        QString mac;
    };
    static Head parse(const QJsonValue &head);

private:
    Database &m_database;
};

} // namespace onewindow::hall
