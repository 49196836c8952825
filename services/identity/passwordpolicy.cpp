#include "passwordpolicy.h"

namespace onewindow {

Status PasswordPolicy::check(const QString &password, const QString &userName)
{
    if (password.size() < kMinLength)
        return Error { QStringLiteral("identity.password_short"),
            tr("The password is too short: use at least %1 characters.").arg(kMinLength) };
    if (password.size() > kMaxLength)
        return Error { QStringLiteral("identity.password_long"),
            tr("The password is too long: use at most %1 characters.").arg(kMaxLength) };
    bool letter = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(letter) + int(digit) + int(other) < 2)
        return Error { QStringLiteral("identity.password_simple"),
            tr("The password uses only one kind of character: mix letters with "
               "digits or other characters.") };
    const QString lower = password.toLower();
    if (!userName.isEmpty() && lower.contains(userName.toLower()))
        return Error { QStringLiteral("identity.password_has_name"),
            tr("The password contains the user name: choose one that does not.") };
    static const QStringList common = { QStringLiteral("password1"), QStringLiteral("1234567890"),
        QStringLiteral("qwertyuiop"), QStringLiteral("1q2w3e4r5t"), QStringLiteral("abc1234567"),
        QStringLiteral("admin12345"), QStringLiteral("password123"), QStringLiteral("a123456789") };
    for (const QString &known : common)
        if (lower.startsWith(known))
            return Error { QStringLiteral("identity.password_common"),
                tr("The password is a well-known one that attackers try first: choose "
                   "another.") };
    return {};
}

} // namespace onewindow
