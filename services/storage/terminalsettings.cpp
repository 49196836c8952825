#include "terminalsettings.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow {

QJsonValue TerminalSettings::value(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM terminal_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QJsonValue(QJsonValue::Undefined);
    // Stored as a one-element JSON array so that any JSON value (string, number…) round-trips.
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return doc.isArray() && doc.array().size() == 1 ? doc.array().at(0)
                                                    : QJsonValue(QJsonValue::Undefined);
}

QString TerminalSettings::text(const QString &key, const QString &fallback) const
{
    const QJsonValue v = value(key);
    return v.isString() ? v.toString() : fallback;
}

Status TerminalSettings::setValue(const QString &key, const QJsonValue &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO terminal_settings(key, value, updated_at) "
        "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now')) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("save setting"));
    return {};
}

} // namespace onewindow
