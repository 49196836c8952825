// EventLog: the hall's ordered store of case events: batch push (idempotent) and the feed.
#pragma once

#include "eventfeed.h"
#include "result.h"
#include "terminalregistry.h"

#include <QJsonArray>
#include <QStringList>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class EventLog
{
public:
    static constexpr int kMaxBatch = 500;

    struct BatchOutcome
    {
        QStringList acked;
        QJsonArray rejected; // [{eventId, code, message, …}]
    };

    // What the hall knows of a case: where it was filed and where it was routed.
    struct CaseFacts
    {
        bool known = false; // no event of the case is stored yet
        QString townHall;
        QString filingTerminal;
        QStringList departments; // routed to
    };

    explicit EventLog(Database &database);

    // Stores the events of one batch in one transaction. An eventId stored before with the same
    // content is acknowledged again, with other content rejected as `conflict`; so is a second
    // decision on one department's part of a case. Invalid events are rejected as `invalid`.
    Result<BatchOutcome> push(const TerminalInfo &terminal, const QJsonArray &events);

    // Events after cursor that the terminal must see, oldest first.
    Result<EventFeed::Page> feed(const TerminalInfo &terminal, qint64 cursor, int limit) const;

    Result<CaseFacts> caseFacts(const QString &caseId) const;

    // The department a decision or routing event names (body.department or body.departmentCode).
    static QString departmentOf(const QJsonObject &body);
    // The departments a routed event sends the case to (body.departments and body.department).
    static QStringList routedDepartments(const QJsonObject &body);
    static bool isDecision(const QString &type);
    static bool isKnownType(const QString &type);

private:
    Database &m_database;
    EventFeed m_feed;
};

} // namespace onewindow::hall
