// Reads the hall's social security answer strictly: anything missing or odd is an Error.
#pragma once

#include "result.h"
#include "socialsecurityrecord.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace onewindow {

class SocialSecurityParser
{
    Q_DECLARE_TR_FUNCTIONS(SocialSecurityParser)
public:
    // The answer of POST /citizens/social-security:query. A partial record is refused as a
    // whole: showing half of someone's contributions as if it were all of them misleads more
    // than showing none. The error names the JSON path, never a value (values are personal).
    static Result<SocialSecurityRecord> parse(const QJsonDocument &answer);

    // The answer of /citizens/contribution-dues:query: {amountUnit, maskedName, dues: [...]}.
    static Result<QList<ContributionDue>> parseDues(const QJsonDocument &answer);
    // "2026-03" → 2026-03-01; invalid otherwise.
    static QDate parseMonth(const QString &text);
};

} // namespace onewindow
