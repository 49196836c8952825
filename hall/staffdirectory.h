// StaffDirectory: hall staff accounts (PBKDF2-HMAC-SHA256 hashes) and the sessions they log in to.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <optional>
#include <QJsonObject>
#include <QStringList>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

// A live staff session: who logged in, at which terminal, and what they may do.
struct StaffSession
{
    QString username;
    QString terminalId; // the terminal the login was relayed by: the token is bound to it
    QStringList roles; // clerk (or front_desk), reviewer, supervisor, admin
    QString department; // empty for staff of no department
    QString townHall;
};

class StaffDirectory
{
public:
    static constexpr int kIterations = 60000;
    static constexpr int kSessionHours = 8;

    explicit StaffDirectory(Database &database);

    // staffJson is demo-staff.json; adds the accounts that are missing.
    Status seedDemo(const QByteArray &staffJson);

    // {token, roles, department, displayName, expiresAt}, or an Error with code
    // invalid_credentials (also for staff of another town hall: they cannot log in here).
    Result<QJsonObject> login(
        const TerminalInfo &terminal, const QString &username, const QString &password);
    // The username of a live session token, or an empty string.
    QString sessionUser(const QString &token) const;
    // The live session of a token with its staff member's roles; nullopt for a token the hall
    // never issued or one that has expired.
    Result<std::optional<StaffSession>> session(const QString &token) const;

    // "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64 parts).
    static QString hashPassword(const QString &password, const QByteArray &salt, int iterations);
    static bool verifyPassword(const QString &password, const QString &stored);

private:
    Database &m_database;
};

} // namespace onewindow::hall
