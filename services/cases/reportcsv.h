// The CSV conventions every town-hall report follows (supervision, KPIs), in one place: UTF-8
// with a byte order mark, RFC 4180 quoting, CRLF, a titled section per figure with bilingual
// headers, no cell a spreadsheet would run as a formula, and the sections the reports share.
#pragma once

#include "supervisionreport.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace onewindow {

class ReportCsv
{
public:
    // Titles and headers are translated in the report's own context (lupdate finds them as
    // QT_TRANSLATE_NOOP(context, …) where the report names them).
    explicit ReportCsv(const char *context);

    void row(const QStringList &cells);
    // "译文 / English source" in the report's context (the English alone without a translation).
    QString bilingual(const char *source) const;
    void section(const char *title, const QList<const char *> &headers);
    // The sections the reports share, headed as in the supervision report.
    void perDay(const QList<DailyCount> &days);
    void ratings(const QList<RatingLevel> &levels);

    // The byte order mark makes Excel in zh_CN read UTF-8 instead of GBK.
    QByteArray bytes() const;

    // "66.7%", "5.0", or the translated "no figure".
    static QString percent(std::optional<double> rate);
    static QString decimal(std::optional<double> value);

private:
    void section(const char *context, const char *title, const QList<const char *> &headers);

    const char *m_context;
    QString m_text;
};

} // namespace onewindow
