#include "idnumbercheck.h"

#include <QDate>

namespace onewindow::hall {

QChar IdNumberCheck::checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static constexpr char checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < u'0' || c > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QChar::fromLatin1(checks[sum % 11]);
}

bool IdNumberCheck::isValid(QStringView idNumber)
{
    if (idNumber.size() != 18 || checkCharacter(idNumber.first(17)) != idNumber[17])
        return false;
    const QDate birth = QDate::fromString(idNumber.sliced(6, 8).toString(), u"yyyyMMdd");
    return birth.isValid() && birth.year() >= 1900;
}

} // namespace onewindow::hall
