// SocialSecuritySeeder: 5–15 years of plausible social security history for one demo citizen.
#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <random>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class SocialSecuritySeeder
{
public:
    // The last month with contributions in the demo data.
    static constexpr int kLastYear = 2026;
    static constexpr int kLastMonth = 10;

    SocialSecuritySeeder(Database &database, std::mt19937 &random);

    // Reads the citizen's tags: retired, pensionCertified, pensionDue, unemployed, gap,
    // unpaidRecent, transfer:FROM>TO, young, resident (城乡居民: resident insurances only, with
    // contributions due).
    Status seed(const QJsonObject &citizen);

private:
    Status seedResident(const QJsonObject &citizen);

    Database &m_database;
    std::mt19937 &m_random;
};

} // namespace onewindow::hall
