// The minimum rules for a staff password, with a message that says which rule failed.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace onewindow {

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 256;

    // At least 10 and at most 256 characters, at least two kinds (letters, digits, others),
    // not the user name, not a well-known password.
    static Status check(const QString &password, const QString &userName);
};

} // namespace onewindow
