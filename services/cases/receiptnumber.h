// Receipt numbers (受理回执号): town-hall terminal prefix, filing date, daily sequence and a
// check character, e.g. GZTH0007-20261123-00427, so a mistyped number is caught at the kiosk.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace onewindow {

class ReceiptNumber
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptNumber)
public:
    static Result<ReceiptNumber> make(const QString &prefix, QDate date, int sequence);
    // Accepts what a citizen types or the QR reader delivers: any case, spaces, with or
    // without the dashes. Refuses a number whose check character does not match.
    static Result<ReceiptNumber> parse(const QString &text);

    // The prefix of a terminal: its id without separators and the word for its kind
    // (GZ-TH-KIOSK-0007 → GZTH0007), unique per terminal so terminals never collide.
    static QString prefixForTerminal(const QString &terminalId);
    // Luhn mod 36 over [0-9A-Z]; a null QChar for any other character.
    static QChar checkCharacter(QStringView body);

    QString text() const; // PREFIX-YYYYMMDD-NNNNC
    QString prefix() const { return m_prefix; }
    QDate date() const { return m_date; }
    int sequence() const { return m_sequence; }

    static constexpr int kMaxSequence = 9999;

private:
    ReceiptNumber(QString prefix, QDate date, int sequence)
        : m_prefix(std::move(prefix))
        , m_date(date)
        , m_sequence(sequence)
    { }
    QString m_prefix;
    QDate m_date;
    int m_sequence = 0;
};

} // namespace onewindow
