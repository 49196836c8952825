// A resident ID number (居民身份证号码) checked by GB 11643-1999; the 15-digit legacy form
// upgraded.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace onewindow {

class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)
public:
    // Accepts 18 characters (last may be X or x) or the 15-digit form of before 1999, which is
    // upgraded to 18 (century 19, new check digit). today bounds the birth date (tests pin it).
    static Result<ResidentId> parse(const QString &text, QDate today = QDate::currentDate());

    // The GB 11643 check character (ISO 7064 MOD 11-2) of 17 digits; a null QChar otherwise.
    static QChar checkCharacter(QStringView first17);

    QString number() const { return m_number; }
    QString regionCode() const { return m_number.left(6); }
    QDate birthDate() const { return m_birthDate; }
    bool isFemale() const { return (m_number.at(16).digitValue() % 2) == 0; }
    bool wasLegacy() const { return m_wasLegacy; }

private:
    ResidentId(QString number, QDate birthDate, bool wasLegacy)
        : m_number(std::move(number))
        , m_birthDate(birthDate)
        , m_wasLegacy(wasLegacy)
    { }
    QString m_number;
    QDate m_birthDate;
    bool m_wasLegacy = false;
};

} // namespace onewindow
