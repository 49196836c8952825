#include "auditwatch.h"

#include "database.h"
#include "halltime.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcHall)

namespace onewindow::hall {

AuditWatch::AuditWatch(Database &database)
    : m_database(database)
{ }

AuditWatch::Head AuditWatch::parse(const QJsonValue &head)
{
    Head out;
    if (head.isObject()) {
        const QJsonValue seq = head.toObject().value(u"seq");
        if (seq.isDouble() && seq.toDouble() >= 0 && seq.toDouble() == double(seq.toInteger()))
            out.seq = seq.toInteger();
        out.mac = head.toObject().value(u"mac").toString();
        return out;
    }
    const QString text = head.toString();
    const qsizetype colon = text.indexOf(u':');
    bool ok = false;
    const qint64 seq = (colon < 0 ? text : text.left(colon)).toLongLong(&ok);
    if (ok && seq >= 0) {
        out.seq = seq;
        out.mac = colon < 0 ? QString() : text.mid(colon + 1);
    }
    return out;
}

Result<QJsonObject> AuditWatch::observe(const TerminalInfo &terminal, const QJsonValue &head)
{
    const Head seen = parse(head);
    if (seen.seq < 0 || seen.mac.size() > 512)
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("unreadable") } };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, mac FROM audit_heads WHERE terminal_id = ?"));
    q.addBindValue(terminal.terminalId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read an audit head"));
    qint64 highest = -1;
    QString highestMac;
    if (q.next()) {
        highest = q.value(0).toLongLong();
        highestMac = q.value(1).toString();
    }
    q.finish();
    QString status = QStringLiteral("ok");
    if (seen.seq < highest)
        status = QStringLiteral("tail_cut");
    else if (seen.seq == highest && !highestMac.isEmpty() && seen.mac != highestMac)
        status = QStringLiteral("rewritten");
    const QString now = hallNowIso();
    if (status != u"ok") {
        // Numbers only: the log never holds personal data.
        qCWarning(lcHall).noquote() << terminal.terminalId << "audit chain" << status << "at"
                                    << seen.seq << "after" << highest;
        q.prepare(QStringLiteral("INSERT INTO audit_alarms (terminal_id, kind, seq, highest_seq, "
                                 "at) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : { QVariant(terminal.terminalId), QVariant(status),
                 QVariant(seen.seq), QVariant(highest), QVariant(now) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("record an audit alarm"));
    } else if (seen.seq > highest) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_heads VALUES (?, ?, ?, ?)"));
        for (const QVariant &v : { QVariant(terminal.terminalId), QVariant(seen.seq),
                 QVariant(seen.mac), QVariant(now) })
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("store an audit head"));
        highest = seen.seq;
    }
    return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("seq"), seen.seq },
        { QStringLiteral("highestSeq"), highest } };
}

Result<int> AuditWatch::alarmCount(const QString &terminalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_alarms WHERE terminal_id = ?"));
    q.addBindValue(terminalId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("count audit alarms"));
    return q.value(0).toInt();
}

} // namespace onewindow::hall
