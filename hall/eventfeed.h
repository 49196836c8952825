// EventFeed: who sees which stored case event, in the order of the feed cursor.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonArray>
#include <QStringList>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

// The feed is a list of (cursor, event, audience) rows; an audience is a town hall, a filing
// terminal or a department. A case routed to a department late gets its earlier events again
// under that department's audience with new cursors, so a department terminal that polled past
// them before the routing still receives the whole case. A terminal that belongs to several
// audiences gets each event once, at the first cursor that made it visible to it.
class EventFeed
{
public:
    static constexpr int kMaxPage = 1000;

    struct Page
    {
        QJsonArray events; // stored events plus hallSeq (order at the hall) and terminalId
        QStringList filingTerminals; // per event: the terminal its case was filed at
        qint64 nextCursor = 0;
        bool hasMore = false;
    };

    explicit EventFeed(Database &database);

    // Makes a just-stored event visible to the case's town hall, its filing terminal and every
    // department the case is routed to. Runs inside the caller's transaction.
    Status publish(qint64 eventSeq, const QString &townHall, const QString &filingTerminal,
        const QStringList &departments);
    // Makes the case's events stored so far visible to a department it was just routed to.
    Status publishHistory(const QString &caseId, const QString &department);

    // Events after cursor that the terminal must see, oldest first.
    Result<Page> page(const TerminalInfo &terminal, qint64 cursor, int limit) const;

    static QString townHallAudience(const QString &townHall);
    static QString terminalAudience(const QString &terminalId);
    static QString departmentAudience(const QString &department);

private:
    Database &m_database;
};

} // namespace onewindow::hall
