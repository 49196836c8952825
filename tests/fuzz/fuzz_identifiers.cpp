// The ID number and credit code rules against arbitrary text: every input is either accepted in
// its 18-character form or refused with a message; never a crash, never a message that echoes it.
#include "creditcode.h"
#include "identifiercheck.h"
#include "residentid.h"

#include <cstdint>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto outcome = onewindow::IdentifierCheck::check(text, QDate(2024, 6, 1));
    if (outcome.valid() && outcome.normalized.size() != 18)
        __builtin_trap();
    if (!outcome.valid() && outcome.problem->message.isEmpty())
        __builtin_trap();
    if (!outcome.valid() && text.trimmed().size() >= 6
        && outcome.problem->message.contains(text.trimmed()))
        __builtin_trap(); // messages must not repeat personal data
    auto id = onewindow::ResidentId::parse(text, QDate(2024, 6, 1));
    if (id
        && onewindow::ResidentId::checkCharacter(QStringView(id->number()).left(17))
            != id->number().at(17))
        __builtin_trap();
    auto code = onewindow::CreditCode::parse(text);
    if (code && code->code().size() != 18)
        __builtin_trap();
    return 0;
}
