// The content of a social security statement (参保证明): what it says, computed once in
// services so that the screen, the PDF and its verification value all agree.
#pragma once

#include "contributionhistory.h"

#include <QCoreApplication>
#include <QDateTime>

namespace onewindow {

struct StatementLine
{
    Insurance insurance = Insurance::Pension;
    QString status; // as worded for people
    QString place;
    PeriodTotals totals;
};

struct SocialSecurityStatement
{
    Q_DECLARE_TR_FUNCTIONS(SocialSecurityStatement)
public:
    QString statementNumber; // SS-yyyyMMdd-XXXXXXXX
    QString holderName;
    QString idNumber; // full on the printed copy, masked on screen
    QDate fromMonth;
    QDate toMonth;
    QList<StatementLine> lines;
    QDateTime issuedAt;
    QString terminalId;
    QString verificationValue; // what the QR code carries; checked at the hall

    // Which months: everything on record, or the last 12 / 60 complete months.
    enum class Period { All, Last12Months, Last5Years };

    static SocialSecurityStatement build(const SocialSecurityRecord &record,
        const ContributionHistory &history, const QString &holderName, const QString &idNumber,
        Period period, const QString &terminalId, const QDateTime &issuedAt);

    // The text the verification value is a digest of: every figure, one per line.
    QByteArray canonicalText() const;
    // "OW-SS1|number|terminal|digest": no personal data in the code itself.
    QString qrContent() const;
    int totalMonths(Insurance insurance) const;
};

} // namespace onewindow
