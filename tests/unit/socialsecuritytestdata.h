// Builders of hall answers for the social security tests: a valid answer, then broken on purpose.
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sstest {

inline QJsonObject place(const QString &code, const QString &name)
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("name"), name } };
}

inline QJsonObject enrollment(const QString &insurance, const QString &status,
    const QString &since = QStringLiteral("2015-01-01"))
{
    return { { QStringLiteral("insurance"), insurance },
        { QStringLiteral("insuranceCode"), insurance }, { QStringLiteral("status"), status },
        { QStringLiteral("statusCode"), status },
        { QStringLiteral("insuredPlace"),
            place(QStringLiteral("440100"), QStringLiteral("广州市")) },
        { QStringLiteral("since"), since } };
}

inline QJsonObject contribution(const QString &month,
    const QString &insurance = QStringLiteral("pension"), bool paid = true,
    const QString &placeCode = QStringLiteral("440100"), qint64 base = 500000)
{
    return { { QStringLiteral("month"), month }, { QStringLiteral("insurance"), insurance },
        { QStringLiteral("insuranceCode"), insurance }, { QStringLiteral("base"), base },
        { QStringLiteral("employerPart"), base * 14 / 100 },
        { QStringLiteral("personalPart"), base * 8 / 100 }, { QStringLiteral("paid"), paid },
        { QStringLiteral("placeCode"), placeCode } };
}

// Monthly pension contributions from first to last (both "yyyy-MM"), all paid, one place.
inline QJsonArray months(QDate first, QDate last,
    const QString &insurance = QStringLiteral("pension"),
    const QString &placeCode = QStringLiteral("440100"))
{
    QJsonArray out;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        out.append(contribution(m.toString(QStringLiteral("yyyy-MM")), insurance, true, placeCode));
    return out;
}

inline QJsonObject answer(const QJsonArray &enrollments, const QJsonArray &contributions,
    const QJsonArray &transfers = {})
{
    return { { QStringLiteral("amountUnit"), QStringLiteral("cent") },
        { QStringLiteral("enrollments"), enrollments },
        { QStringLiteral("contributions"), contributions },
        { QStringLiteral("accounts"),
            QJsonArray { QJsonObject { { QStringLiteral("accountCode"), QStringLiteral("pension") },
                { QStringLiteral("account"), QStringLiteral("养老保险个人账户") },
                { QStringLiteral("balance"), 1234567 },
                { QStringLiteral("asOf"), QStringLiteral("2026-10-31") } } } },
        { QStringLiteral("transfers"), transfers },
        { QStringLiteral("lastPensionCertification"), QJsonValue::Null } };
}

} // namespace sstest
