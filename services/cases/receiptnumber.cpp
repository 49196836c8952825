#include "receiptnumber.h"

#include <QRegularExpression>

namespace onewindow {

namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

bool isPrefix(const QString &prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{2,12}$"));
    return pattern.match(prefix).hasMatch();
}

Error invalid()
{
    return Error { QStringLiteral("cases.bad_receipt_number"),
        ReceiptNumber::tr("This is not a receipt number. It is printed under the QR code on your "
                          "receipt, for example GZTH0007-20261123-00427.") };
}

} // namespace

QChar ReceiptNumber::checkCharacter(QStringView body)
{
    // Luhn mod N: doubling every second code point from the right catches every single-character
    // error and most swaps of neighbours.
    const int n = int(kAlphabet.size());
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        const qsizetype code = kAlphabet.indexOf(body.at(i));
        if (code < 0)
            return {};
        int addend = int(code) * (doubleIt ? 2 : 1);
        addend = addend / n + addend % n;
        sum += addend;
        doubleIt = !doubleIt;
    }
    return kAlphabet.at((n - sum % n) % n);
}

QString ReceiptNumber::prefixForTerminal(const QString &terminalId)
{
    static const QStringList kindWords { QStringLiteral("KIOSK"), QStringLiteral("DESK"),
        QStringLiteral("ADMIN"), QStringLiteral("BACKOFFICE") };
    QString prefix;
    for (const QString &part : terminalId.toUpper().split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        if (kindWords.contains(part))
            continue;
        for (QChar c : part)
            if (kAlphabet.contains(c))
                prefix.append(c);
    }
    if (prefix.size() > 12)
        prefix = prefix.right(12);
    return prefix.size() >= 2 ? prefix : QStringLiteral("OW") + prefix;
}

Result<ReceiptNumber> ReceiptNumber::make(const QString &prefix, QDate date, int sequence)
{
    if (!isPrefix(prefix) || !date.isValid() || sequence < 1 || sequence > kMaxSequence)
        return Error { QStringLiteral("cases.receipt_exhausted"),
            tr("No receipt number can be made (today's %1 numbers are used up, or the terminal "
               "id is not set). Ask the administrator.")
                .arg(kMaxSequence) };
    return ReceiptNumber(prefix, date, sequence);
}

Result<ReceiptNumber> ReceiptNumber::parse(const QString &text)
{
    QString compact;
    for (QChar c : text.toUpper())
        if (!c.isSpace() && c != QLatin1Char('-'))
            compact.append(c);
    // date (8) + sequence (4) + check (1) after a prefix of 2 to 12 characters
    if (compact.size() < 15 || compact.size() > 25)
        return invalid();
    const QString prefix = compact.left(compact.size() - 13);
    const QDate date = QDate::fromString(compact.mid(prefix.size(), 8), QStringLiteral("yyyyMMdd"));
    bool ok = false;
    const int sequence = compact.mid(prefix.size() + 8, 4).toInt(&ok);
    if (!isPrefix(prefix) || !date.isValid() || !ok || sequence < 1)
        return invalid();
    if (checkCharacter(QStringView(compact).chopped(1)) != compact.back())
        return Error { QStringLiteral("cases.receipt_check_failed"),
            tr("This receipt number has a typing error: please check each character against "
               "your receipt.") };
    return ReceiptNumber(prefix, date, sequence);
}

QString ReceiptNumber::text() const
{
    const QString body = m_prefix + m_date.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(m_sequence, 4, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3%4")
        .arg(m_prefix, m_date.toString(QStringLiteral("yyyyMMdd")))
        .arg(m_sequence, 4, 10, QLatin1Char('0'))
        .arg(checkCharacter(body));
}

} // namespace onewindow
