// Citizens this terminal has identified: ID number and name sealed at rest, found by keyed hash.
#pragma once

#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace onewindow {

class Database;
class FieldCipher;
class ResidentId;

struct Citizen
{
    QString citizenId; // random, not derived from the ID number
    QString idNumber;
    QString name;
};

class CitizenStore
{
    Q_DECLARE_TR_FUNCTIONS(CitizenStore)
public:
    CitizenStore(Database &database, const FieldCipher &cipher);

    // Stores the citizen (or updates the name of the one with this ID number); returns its id.
    Result<QString> remember(const ResidentId &id, const QString &name);
    Result<std::optional<Citizen>> findByIdNumber(const ResidentId &id) const;

private:
    Database &m_database;
    const FieldCipher &m_cipher;
};

} // namespace onewindow
