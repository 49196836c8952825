// Tells a resident ID number from a unified social credit code and checks it by its own rules.
#pragma once

#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace onewindow {

class IdentifierCheck
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierCheck)
public:
    enum class Kind { Unknown, ResidentId, LegacyResidentId, CreditCode };

    struct Outcome
    {
        Kind kind = Kind::Unknown;
        QString normalized; // the 18-character form when valid (legacy numbers upgraded)
        std::optional<Error> problem;
        bool valid() const { return !problem.has_value(); }
    };

    // Decides the kind by shape (15 digits: old ID; 17 digits then digit or X: ID; other 18
    // characters: credit code), then applies that kind's rules.
    static Outcome check(const QString &text, QDate today = QDate::currentDate());

    // The kind's name for people ("resident ID number", …), translated.
    static QString kindName(Kind kind);
};

} // namespace onewindow
