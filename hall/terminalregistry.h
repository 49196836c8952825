// TerminalRegistry: maps a client certificate's terminal id to its town hall and department.
#pragma once

#include "result.h"

#include <optional>
#include <QString>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

// What a terminal is for: a kiosk serves citizens alone, a desk is a staffed window or back
// office where staff act on cases (hallauthorizer.h).
enum class TerminalKind { Kiosk, Desk };

struct TerminalInfo
{
    QString terminalId;
    QString townHall;
    QString department; // empty for terminals not bound to one department
    TerminalKind kind = TerminalKind::Kiosk; // the least a terminal may do
};

class TerminalRegistry
{
public:
    explicit TerminalRegistry(Database &database);

    // Registered terminals keep their entry; any other id GZ-TH-KIOSK-0001 belongs to town
    // hall GZ-TH (the first two dash-separated parts), with no department, and is of the kind
    // its third part names (defaultKind).
    TerminalInfo lookup(const QString &terminalId) const;

    // Loads [{terminalId, townHall, department, kind}] from a JSON file, replacing earlier
    // entries; kind is "kiosk" or "desk", else defaultKind.
    Status loadFile(const QString &path);

    static QString defaultTownHall(const QString &terminalId);
    // GZ-TH-DESK-0001 is a desk; every other id (KIOSK, or anything unknown) a kiosk, so that an
    // unexpected certificate gets the fewest rights.
    static TerminalKind defaultKind(const QString &terminalId);
    static std::optional<TerminalKind> kindFromCode(const QString &code);

private:
    Database &m_database;
};

} // namespace onewindow::hall
