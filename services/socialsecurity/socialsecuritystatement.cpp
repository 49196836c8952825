#include "socialsecuritystatement.h"

#include <QCryptographicHash>
#include <QUuid>

namespace onewindow {

SocialSecurityStatement SocialSecurityStatement::build(const SocialSecurityRecord &record,
    const ContributionHistory &history, const QString &holderName, const QString &idNumber,
    Period period, const QString &terminalId, const QDateTime &issuedAt)
{
    SocialSecurityStatement s;
    s.holderName = holderName;
    s.idNumber = idNumber;
    s.terminalId = terminalId;
    s.issuedAt = issuedAt;
    s.statementNumber = QStringLiteral("SS-%1-%2")
                            .arg(issuedAt.toString(QStringLiteral("yyyyMMdd")),
                                QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper());
    s.toMonth = history.lastCompleteMonth();
    QDate first;
    for (const InsuranceSummary &sum : history.summaries())
        if (sum.firstMonth.isValid() && (!first.isValid() || sum.firstMonth < first))
            first = sum.firstMonth;
    switch (period) {
    case Period::All:
        s.fromMonth = first.isValid() ? first : s.toMonth;
        break;
    case Period::Last12Months:
        s.fromMonth = s.toMonth.addMonths(-11);
        break;
    case Period::Last5Years:
        s.fromMonth = s.toMonth.addMonths(-59);
        break;
    }
    for (const InsuranceSummary &sum : history.summaries()) {
        StatementLine line;
        line.insurance = sum.insurance;
        const auto e = record.enrollment(sum.insurance);
        line.status = e ? SocialSecurityTerms::statusName(e->status) : tr("Not enrolled");
        line.place = e ? e->place.name : QString();
        line.totals = history.totals(sum.insurance, s.fromMonth, s.toMonth);
        s.lines.append(line);
    }
    const QByteArray digest
        = QCryptographicHash::hash(s.canonicalText(), QCryptographicHash::Sha256).toHex();
    s.verificationValue = QString::fromLatin1(digest.left(32)).toUpper();
    return s;
}

QByteArray SocialSecurityStatement::canonicalText() const
{
    // Names of insurances are codes here: the value must not depend on the screen's language.
    QStringList out { QStringLiteral("OW-SS1"), statementNumber, idNumber, holderName,
        fromMonth.toString(QStringLiteral("yyyy-MM")), toMonth.toString(QStringLiteral("yyyy-MM")),
        issuedAt.toUTC().toString(Qt::ISODate), terminalId };
    for (const StatementLine &l : lines)
        out.append(QStringLiteral("%1:%2:%3:%4")
                       .arg(SocialSecurityTerms::insuranceCode(l.insurance))
                       .arg(l.totals.paidMonths)
                       .arg(l.totals.personalTotal)
                       .arg(l.totals.employerTotal));
    return out.join(QLatin1Char('\n')).toUtf8();
}

QString SocialSecurityStatement::qrContent() const
{
    return QStringLiteral("OW-SS1|%1|%2|%3").arg(statementNumber, terminalId, verificationValue);
}

int SocialSecurityStatement::totalMonths(Insurance insurance) const
{
    for (const StatementLine &l : lines)
        if (l.insurance == insurance)
            return l.totals.paidMonths;
    return 0;
}

} // namespace onewindow
