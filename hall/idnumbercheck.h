// IdNumberCheck: GB 11643 18-character resident ID numbers (check digit, birth date).
#pragma once

#include <QChar>
#include <QString>

namespace onewindow::hall {

class IdNumberCheck
{
public:
    // The check character for the first 17 digits, or a null QChar when they are not digits.
    static QChar checkCharacter(QStringView first17);
    // 18 characters, 17 digits plus the right check character (X upper case), a real date.
    static bool isValid(QStringView idNumber);
};

} // namespace onewindow::hall
