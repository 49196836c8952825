#include "terminalregistry.h"

#include "database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace onewindow::hall {

TerminalRegistry::TerminalRegistry(Database &database)
    : m_database(database)
{ }

QString TerminalRegistry::defaultTownHall(const QString &terminalId)
{
    const QStringList parts = terminalId.split(u'-');
    if (parts.size() < 2)
        return terminalId;
    return parts[0] + u'-' + parts[1];
}

TerminalKind TerminalRegistry::defaultKind(const QString &terminalId)
{
    return terminalId.section(u'-', 2, 2) == u"DESK" ? TerminalKind::Desk : TerminalKind::Kiosk;
}

std::optional<TerminalKind> TerminalRegistry::kindFromCode(const QString &code)
{
    if (code == u"kiosk")
        return TerminalKind::Kiosk;
    if (code == u"desk")
        return TerminalKind::Desk;
    return std::nullopt;
}

TerminalInfo TerminalRegistry::lookup(const QString &terminalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT town_hall, department, kind FROM terminals WHERE terminal_id = ?"));
    q.addBindValue(terminalId);
    if (q.exec() && q.next())
        return { terminalId, q.value(0).toString(), q.value(1).toString(),
            kindFromCode(q.value(2).toString()).value_or(defaultKind(terminalId)) };
    return { terminalId, defaultTownHall(terminalId), {}, defaultKind(terminalId) };
}

Status TerminalRegistry::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("registry.unreadable"),
            QStringLiteral("cannot read the terminal registry %1").arg(path) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray())
        return Error { QStringLiteral("registry.malformed"),
            QStringLiteral("%1 is not a JSON array of terminals").arg(path) };
    const QJsonArray entries = doc.array();
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO terminals (terminal_id, town_hall, "
                                 "department, kind) VALUES (?, ?, ?, ?)"));
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(u"terminalId").toString();
            if (id.isEmpty())
                return Error { QStringLiteral("registry.malformed"),
                    QStringLiteral("a terminal in %1 has no terminalId").arg(path) };
            q.addBindValue(id);
            q.addBindValue(o.value(u"townHall").toString(defaultTownHall(id)));
            const QString department = o.value(u"department").toString();
            q.addBindValue(department.isEmpty() ? QVariant() : QVariant(department));
            const QString kind = o.value(u"kind").toString();
            if (!kind.isEmpty() && !kindFromCode(kind))
                return Error { QStringLiteral("registry.malformed"),
                    QStringLiteral("terminal %1 in %2 has kind %3: kiosk or desk")
                        .arg(id, path, kind) };
            q.addBindValue(kind.isEmpty() ? QVariant() : QVariant(kind));
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store a terminal"));
        }
        return {};
    });
}

} // namespace onewindow::hall
