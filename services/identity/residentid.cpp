#include "residentid.h"

#include <array>

namespace onewindow {

namespace {

// Province-level codes of GB/T 2260 (and 83 for residence permits of Taiwan residents).
bool isProvinceCode(int code)
{
    static constexpr std::array<int, 35> provinces
        = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
              51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83 };
    return std::find(provinces.begin(), provinces.end(), code) != provinces.end();
}

bool allDigits(QStringView text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// The messages never repeat the number itself: it is personal data and may end up in a log.
Error error(const char *code, const QString &message)
{
    return Error { QLatin1String(code), message };
}

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights
        = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static constexpr char checks[] = "10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[size_t(i)];
    return QLatin1Char(checks[sum % 11]);
}

Result<ResidentId> ResidentId::parse(const QString &text, QDate today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return error("identity.id_empty", tr("No ID number was entered."));
    if (trimmed.size() != 18 && trimmed.size() != 15)
        return error("identity.id_length",
            tr("A resident ID number has 18 characters (15 in the old form); this one "
               "has %1. Check that no character is missing or doubled.")
                .arg(trimmed.size()));

    const bool legacy = trimmed.size() == 15;
    QString number = trimmed.toUpper();
    if (legacy ? !allDigits(number) : !allDigits(QStringView(number).left(17)))
        return error("identity.id_characters",
            legacy ? tr("An old 15-digit ID number has only digits; this one has other "
                        "characters.")
                   : tr("The first 17 characters of an ID number are digits; this one "
                        "has other characters."));
    if (!legacy) {
        const QChar last = number.at(17);
        if (!last.isDigit() && last != QLatin1Char('X'))
            return error("identity.id_characters",
                tr("The last character of an ID number is a digit or X; this one ends "
                   "with another character."));
    }

    if (!isProvinceCode(number.left(2).toInt()))
        return error("identity.id_region",
            tr("The first two digits of an ID number are a province code (for "
               "example 44 for Guangdong); these are not. Check the first digits."));

    const QString dateText = legacy ? QStringLiteral("19") + number.mid(6, 6) : number.mid(6, 8);
    const QDate birth = QDate::fromString(dateText, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1880)
        return error("identity.id_date",
            tr("Digits 7 to 14 of an ID number are the date of birth (year, month, "
               "day); these are not a real date. Check the date digits."));
    if (birth > today)
        return error("identity.id_future",
            tr("The date of birth in this ID number is in the future. Check the date "
               "digits."));

    if (legacy) {
        // GB 11643-1999 upgrade: insert the century, append the computed check character.
        const QString first17 = number.left(6) + dateText.left(2) + number.mid(6);
        return ResidentId(first17 + checkCharacter(first17), birth, true);
    }
    if (checkCharacter(QStringView(number).left(17)) != number.at(17))
        return error("identity.id_check_digit",
            tr("The check digit (the last character) does not match the other 17: one "
               "character of this ID number is wrong. Enter it again carefully."));
    return ResidentId(number, birth, false);
}

} // namespace onewindow
