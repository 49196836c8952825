// DemoSeeder: fills an empty hall with the demo citizens, their signed e-certificates and staff.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <random>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class KeyRing;

class DemoSeeder
{
public:
    DemoSeeder(Database &database, const KeyRing &issuers);

    // citizensJson is demo-citizens.json. Seeds only a hall with no citizens, so restarting a
    // hall with --seed-demo keeps what tests and terminals did to it.
    Status seed(const QByteArray &citizensJson);

    // GB 32100 unified social credit code: 17 characters given, the check character added.
    static QString withCreditCodeCheck(const QString &first17);

private:
    Status seedCitizen(const QJsonObject &citizen, const QJsonObject &spouse);
    // The people registered in the citizen's household (for paying their contributions).
    Status seedHousehold(const QJsonObject &citizen);
    Status addCertificate(
        const QString &idNumber, const QString &kid, QJsonObject payload, bool revoked);
    QString randomCode(int length);

    Database &m_database;
    const KeyRing &m_issuers;
    std::mt19937 m_random { 20261123 }; // fixed: the same demo data on every machine
};

} // namespace onewindow::hall
