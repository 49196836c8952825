#include "reportcsv.h"

#include <QCoreApplication>

namespace onewindow {

namespace {

// The supervision report's context: the shared sections keep its translations.
constexpr char kShared[] = "SupervisionReport";

// A header in both languages: the translation for the people reading it, the English source
// beside it for the scripts and the other offices that read the same file.
QString translatedBoth(const char *context, const char *source)
{
    const QString translated = QCoreApplication::translate(context, source);
    const QString english = QString::fromUtf8(source);
    return translated == english ? english : translated + QStringLiteral(" / ") + english;
}

// RFC 4180, and no cell a spreadsheet would run as a formula (CSV injection): an item name or
// department code comes from a catalog this terminal did not write.
QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return text;
}

} // namespace

ReportCsv::ReportCsv(const char *context)
    : m_context(context)
{ }

void ReportCsv::row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped.append(csvCell(c));
    m_text += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString ReportCsv::bilingual(const char *source) const { return translatedBoth(m_context, source); }

void ReportCsv::section(const char *title, const QList<const char *> &headers)
{
    section(m_context, title, headers);
}

void ReportCsv::section(const char *context, const char *title, const QList<const char *> &headers)
{
    if (!m_text.isEmpty())
        m_text += QStringLiteral("\r\n");
    row({ translatedBoth(context, title) });
    QStringList cells;
    for (const char *h : headers)
        cells.append(translatedBoth(context, h));
    row(cells);
}

void ReportCsv::perDay(const QList<DailyCount> &days)
{
    section(kShared, QT_TRANSLATE_NOOP("SupervisionReport", "Cases per day"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Date"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Submitted") });
    for (const DailyCount &d : days)
        row({ d.day.toString(Qt::ISODate), QString::number(d.submitted) });
}

void ReportCsv::ratings(const QList<RatingLevel> &levels)
{
    section(kShared, QT_TRANSLATE_NOOP("SupervisionReport", "Ratings"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Level"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Score"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Cases"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Of which defaulted") });
    for (const RatingLevel &r : levels)
        row({ SupervisionReport::ratingLevelName(r.score), QString::number(r.score),
            QString::number(r.count), QString::number(r.defaulted) });
}

QByteArray ReportCsv::bytes() const { return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8(); }

// No figure is an empty cell: a spreadsheet sums and charts a numeric column only when it holds
// numbers (acceptance: "无数据" inside the rate column).
QString ReportCsv::percent(std::optional<double> rate)
{
    return rate ? QString::number(*rate * 100, 'f', 1) + QLatin1Char('%') : QString();
}

QString ReportCsv::decimal(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

} // namespace onewindow
