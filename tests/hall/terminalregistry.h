// TerminalRegistry: maps a client certificate's terminal id to its town hall and department.
#pragma once

#include "result.h"

#include <QString>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

struct TerminalInfo
{
    QString terminalId;
    QString townHall;
    QString department; // empty for terminals not bound to one department
};

class TerminalRegistry
{
public:
    explicit TerminalRegistry(Database &database);

    // Registered terminals keep their entry; any other id GZ-TH-KIOSK-0001 belongs to town
    // hall GZ-TH (the first two dash-separated parts), with no department.
    TerminalInfo lookup(const QString &terminalId) const;

    // Loads [{terminalId, townHall, department}] from a JSON file, replacing earlier entries.
    Status loadFile(const QString &path);

    static QString defaultTownHall(const QString &terminalId);

private:
    Database &m_database;
};

} // namespace onewindow::hall
