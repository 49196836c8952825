// The terminal's own settings (hall URL, certificate files, kiosk options) in its database.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace onewindow {

class Database;

class TerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSettings)
public:
    explicit TerminalSettings(Database &database)
        : m_database(database)
    { }

    // Undefined when the setting was never saved.
    QJsonValue value(const QString &key) const;
    QString text(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QJsonValue &value);

private:
    Database &m_database;
};

} // namespace onewindow
