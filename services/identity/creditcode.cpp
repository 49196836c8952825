#include "creditcode.h"

#include <array>

namespace onewindow {

namespace {

constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

qsizetype valueOf(QChar c) { return QStringView(kAlphabet, 31).indexOf(c); }

} // namespace

QStringView CreditCode::alphabet() { return QStringView(kAlphabet, 31); }

QChar CreditCode::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights
        = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += int(v) * weights[size_t(i)];
    }
    return alphabet()[(31 - sum % 31) % 31];
}

Result<CreditCode> CreditCode::parse(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty())
        return Error { QStringLiteral("identity.credit_empty"), tr("No credit code was entered.") };
    if (code.size() != 18)
        return Error { QStringLiteral("identity.credit_length"),
            tr("A unified social credit code has 18 characters; this one has %1. "
               "Check that no character is missing or doubled.")
                .arg(code.size()) };
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (valueOf(code.at(i)) < 0)
            return Error { QStringLiteral("identity.credit_characters"),
                tr("Character %1 of the credit code is not allowed: a code uses only "
                   "digits and the capital letters A to Y without I, O, Z, S and V.")
                    .arg(i + 1) };
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return Error { QStringLiteral("identity.credit_region"),
                tr("Characters 3 to 8 of a credit code are the region code and are "
                   "digits; these are not. Check those characters.") };
    }
    if (checkCharacter(QStringView(code).left(17)) != code.at(17))
        return Error { QStringLiteral("identity.credit_check"),
            tr("The check character (the last one) does not match the other 17: one "
               "character of this credit code is wrong. Enter it again carefully.") };
    return CreditCode(code);
}

} // namespace onewindow
