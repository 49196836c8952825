#include "identifiercheck.h"

#include "creditcode.h"
#include "residentid.h"

namespace onewindow {

namespace {

bool looksLikeResidentId(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lastX = i == 17 && (c == QLatin1Char('X') || c == QLatin1Char('x'));
        if (!c.isDigit() && !lastX)
            return false;
    }
    return true;
}

} // namespace

IdentifierCheck::Outcome IdentifierCheck::check(const QString &text, QDate today)
{
    const QString trimmed = text.trimmed();
    Outcome outcome;
    if (trimmed.size() == 15) {
        outcome.kind = Kind::LegacyResidentId;
    } else if (trimmed.size() == 18) {
        // An all-digit code can be either kind: a valid credit code wins over an invalid ID.
        outcome.kind = looksLikeResidentId(trimmed) ? Kind::ResidentId : Kind::CreditCode;
        if (outcome.kind == Kind::ResidentId && !ResidentId::parse(trimmed, today)
            && CreditCode::parse(trimmed))
            outcome.kind = Kind::CreditCode;
    } else {
        outcome.problem = Error { QStringLiteral("identity.unknown_length"),
            trimmed.isEmpty()
                ? tr("Nothing was entered. Enter an 18-character ID number or credit code.")
                : tr("This has %1 characters; a resident ID number has 18 (15 in the old "
                     "form) and a unified social credit code has 18.")
                      .arg(trimmed.size()) };
        return outcome;
    }

    if (outcome.kind == Kind::CreditCode) {
        auto code = CreditCode::parse(trimmed);
        if (code)
            outcome.normalized = code->code();
        else
            outcome.problem = code.error();
        return outcome;
    }
    auto id = ResidentId::parse(trimmed, today);
    if (id)
        outcome.normalized = id->number();
    else
        outcome.problem = id.error();
    return outcome;
}

QString IdentifierCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ResidentId:
        return tr("resident ID number");
    case Kind::LegacyResidentId:
        return tr("resident ID number (old 15-digit form)");
    case Kind::CreditCode:
        return tr("unified social credit code");
    case Kind::Unknown:
        break;
    }
    return tr("neither a resident ID number nor a credit code");
}

} // namespace onewindow
