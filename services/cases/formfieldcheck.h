// Checks one answer of the one-window form against its field type, with a message in plain
// words that tells the citizen what to change (shown as they type).
#pragma once

#include "catalogmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace onewindow {

class FormFieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(FormFieldCheck)
public:
    // The answer as it will be stored: trimmed, ID numbers and credit codes upper-cased, dates
    // as yyyy-MM-dd, bools as "true"/"false"; or what is wrong. An empty optional answer is fine;
    // a required bool is a pledge and must be "true" (form.pledge_required).
    static Result<QString> check(
        const CatalogFormField &field, const QString &answer, QDate today = QDate::currentDate());
    // While typing, an unfinished answer (an ID number of 10 digits so far) is not yet an error:
    // only what can no longer become valid is reported.
    static Status checkPartial(const CatalogFormField &field, const QString &answer);

    static constexpr int kMaxText = 200;
    static constexpr int kMaxMultiline = 2000;
};

} // namespace onewindow
