// A unified social credit code (统一社会信用代码) checked by GB 32100-2015.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace onewindow {

class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)
public:
    // The 31 characters a code may use (0-9 and A-Y without I, O, Z, S, V).
    static QStringView alphabet();

    // Accepts 18 characters; lower-case letters are taken as upper case.
    static Result<CreditCode> parse(const QString &text);

    // The GB 32100 check character (MOD 31) of the first 17 characters; null when not computable.
    static QChar checkCharacter(QStringView first17);

    QString code() const { return m_code; }
    QString regionCode() const { return m_code.mid(2, 6); }

private:
    explicit CreditCode(QString code)
        : m_code(std::move(code))
    { }
    QString m_code;
};

} // namespace onewindow
