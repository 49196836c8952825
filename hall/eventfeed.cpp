#include "eventfeed.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace onewindow::hall {

EventFeed::EventFeed(Database &database)
    : m_database(database)
{ }

QString EventFeed::townHallAudience(const QString &townHall)
{
    return QStringLiteral("hall:") + townHall;
}

QString EventFeed::terminalAudience(const QString &terminalId)
{
    return QStringLiteral("terminal:") + terminalId;
}

QString EventFeed::departmentAudience(const QString &department)
{
    return QStringLiteral("dept:") + department;
}

Status EventFeed::publish(qint64 eventSeq, const QString &townHall, const QString &filingTerminal,
    const QStringList &departments)
{
    QStringList audiences { townHallAudience(townHall), terminalAudience(filingTerminal) };
    for (const QString &d : departments)
        audiences.append(departmentAudience(d));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO feed (event_seq, audience) VALUES (?, ?)"));
    for (const QString &audience : std::as_const(audiences)) {
        q.addBindValue(eventSeq);
        q.addBindValue(audience);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("publish an event"));
    }
    return {};
}

Status EventFeed::publishHistory(const QString &caseId, const QString &department)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO feed (event_seq, audience) "
                             "SELECT seq, ? FROM events WHERE case_id = ? ORDER BY seq"));
    q.addBindValue(departmentAudience(department));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("publish a case to a department"));
    return {};
}

Result<EventFeed::Page> EventFeed::page(
    const TerminalInfo &terminal, qint64 cursor, int limit) const
{
    limit = std::clamp(limit, 1, kMaxPage);
    Page page;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // An audience that never matches stands in for "no department".
    const QString department = terminal.department.isEmpty()
        ? QStringLiteral("none:")
        : departmentAudience(terminal.department);
    // One more row than asked tells whether there is more. An event is delivered at the first
    // of its rows that the terminal may see; later rows of the same event are skipped.
    q.prepare(QStringLiteral(
        "SELECT f.cursor, e.seq, e.json, e.terminal_id, c.filing_terminal FROM feed f JOIN events "
        "e "
        "ON e.seq = f.event_seq LEFT JOIN cases c ON c.case_id = e.case_id WHERE f.cursor > "
        ":cursor AND f.audience IN (:hall, :terminal, "
        ":department) AND NOT EXISTS (SELECT 1 FROM feed g WHERE g.event_seq = f.event_seq "
        "AND g.cursor < f.cursor AND g.audience IN (:hall, :terminal, :department)) "
        "ORDER BY f.cursor LIMIT :limit"));
    q.bindValue(QStringLiteral(":cursor"), cursor);
    q.bindValue(QStringLiteral(":hall"), townHallAudience(terminal.townHall));
    q.bindValue(QStringLiteral(":terminal"), terminalAudience(terminal.terminalId));
    q.bindValue(QStringLiteral(":department"), department);
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read the event feed"));
    page.nextCursor = cursor;
    while (q.next()) {
        if (page.events.size() == limit) {
            page.hasMore = true;
            break;
        }
        QJsonObject e = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        e.insert(QStringLiteral("hallSeq"), q.value(1).toLongLong());
        e.insert(QStringLiteral("terminalId"), q.value(3).toString());
        page.events.append(e);
        page.filingTerminals.append(q.value(4).toString());
        page.nextCursor = q.value(0).toLongLong();
    }
    q.finish();
    if (!page.hasMore) {
        // Nothing visible is left: skip over the invisible rest so the next poll starts late.
        QSqlQuery max(m_database.connection());
        if (!max.exec(QStringLiteral("SELECT coalesce(max(cursor), 0) FROM feed")) || !max.next())
            return Database::queryError(max, QStringLiteral("read the feed end"));
        page.nextCursor = std::max(page.nextCursor, max.value(0).toLongLong());
    }
    return page;
}

} // namespace onewindow::hall
