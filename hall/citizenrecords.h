// CitizenRecords: the hall's answers about one citizen: e-certificates, social security, pension.
#pragma once

#include "result.h"
#include "terminalregistry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class CitizenRecords
{
public:
    explicit CitizenRecords(Database &database);

    // The citizen's envelopes, exactly as signed (an unknown citizen has none).
    Result<QJsonArray> certificates(const QString &idNumber) const;
    // Enrollment, monthly contributions, accounts, transfers, last pension certification;
    // an Error with code not_found for a citizen the hall does not know.
    Result<QJsonObject> socialSecurity(const QString &idNumber) const;
    // What a payer may see of another person: their masked name and open resident dues.
    Result<QJsonObject> duesFor(const QString &idNumber) const;
    // Records an annual pension eligibility certification; the next one is due a year later.
    // POST /citizens/identity:confirm: whether the typed name is the record's and the photo
    // shows the citizen ({nameMatches, faceMatches}); never the name itself. The reference hall
    // has no face matcher: a photo "shows" a citizen when it carries the simulated face token of
    // their ID number (a "# face TOKEN" comment, TOKEN = the first 32 hex digits of
    // SHA-256("onewindow-simulated-face:" + ID number)), which the terminal's simulated camera
    // writes for the person it is told stands in front of it.
    Result<QJsonObject> confirmIdentity(const QJsonObject &request) const;
    Result<QJsonObject> certifyPension(const TerminalInfo &terminal, const QJsonObject &request);
    // [{keyId, certNumber}] of revoked certificates, for /trust.
    Result<QJsonArray> revoked() const;

    static QString insuranceName(const QString &code);
    static QString statusName(const QString &code);

private:
    Result<QJsonArray> openDues(const QString &idNumber) const;
    // [{idNumber, name, relation}] of the people registered in the citizen's household.
    Result<QJsonArray> householdOf(const QString &idNumber) const;

    Database &m_database;
};

} // namespace onewindow::hall
