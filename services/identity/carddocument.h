// Turns what a reader hands over (JSON, as the simulated reader and the vendor SDK bridge write
// it) into checked card contents: a wrong ID number, an expired card or missing fields are refused.
#pragma once

#include "cardreader.h"

#include <QByteArray>
#include <QCoreApplication>

namespace onewindow {

class CardDocument
{
    Q_DECLARE_TR_FUNCTIONS(CardDocument)
public:
    // expected: the reader's kind; a social security card on the ID reader is refused.
    static Result<CardContents> parse(
        const QByteArray &json, CardKind expected, QDate today = QDate::currentDate());
    // 16 KiB is far more than any card holds (the photo is not passed through).
    static constexpr qsizetype kMaxSize = 16 * 1024;
};

} // namespace onewindow
