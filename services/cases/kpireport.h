// The town hall's KPIs for a period: the "three rates and one number" (三率一数), the on-time
// rate, handling days, cases per item and per day and the 好差评 distribution. The page, the CSV
// export and `onewindowctl report kpi` all read these figures, so they always agree.
#pragma once

#include "result.h"
#include "supervisionreport.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace onewindow {

class Database;
class WorkingDayCalendar;

struct KpiPeriod
{
    QDate from; // first local day
    QDate to; // last local day, included
};

struct ItemCount
{
    QString itemCode;
    QString itemName;
    QString department;
    int filed = 0; // filed in the period
    int completed = 0; // completed (办结) in the period
};

// How the three rates and the one number are counted, from what the terminal's database holds:
// - filed: cases submitted in the period; completed: cases whose first approved or refused
//   event falls in the period (the same completion day as the supervision figures).
// - 全流程网上办理率: filed cases whose item, as filed (item_snapshot), has onlineLevel 4, of all
//   filed cases.
// - 上网办理率: filed cases whose item has onlineLevel 3 or 4 (applied for online), of all filed.
// - 网上办结率: completed cases of an onlineLevel 4 item that were never collected at the
//   counter (no collected event), of all completed cases.
// - 跑动次数 (average visits per completed case): one visit to file at the town hall's terminal,
//   one per correction handed in (each event that led to corrected), one to collect (collected).
struct KpiFigures
{
    KpiPeriod period;
    QDate today;
    int filed = 0;
    int filedFullyOnline = 0;
    int filedOnline = 0;
    int completed = 0;
    int completedOnline = 0;
    int visits = 0; // of the completed cases, together

    // No case gives no rate: an empty period is "no figure", never 0% or 100%.
    std::optional<double> fullyOnlineRate() const;
    std::optional<double> onlineRate() const;
    std::optional<double> completedOnlineRate() const;
    std::optional<double> averageVisits() const;

    // From SupervisionReport over all departments, for the same period.
    CompletionFigure completion; // on-time rate and average working days
    QList<DailyCount> perDay;
    QList<RatingLevel> ratings; // always five levels, 5 first
    int clockUnknown = 0; // completed cases left out of the on-time figure: no calendar
    QList<ItemCount> perItem; // most filed first, then code

    // The period goes on after today: its figures stop at today (the page and the report say
    // so rather than show the rest as quiet days).
    bool runsPastToday() const { return period.to > today; }
};

class KpiReport
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)
public:
    explicit KpiReport(Database &database);

    // Refuses a period that begins after today (report.future_period: there are no figures
    // yet), a bad period (from after to, longer than ten years) or a calendar missing a year
    // of the period with the same errors as SupervisionReport. Today's year need not be in the
    // calendar: today only decides which ratings have defaulted (7 days after completion).
    Result<KpiFigures> compute(
        const KpiPeriod &period, const WorkingDayCalendar &calendar, QDate today) const;

    // UTF-8 with BOM, RFC 4180 quoting, CRLF, bilingual headers, no cell starting with
    // = + - @ (as SupervisionReport::toCsv).
    static QByteArray toCsv(const KpiFigures &figures);
    // The plain-text table `onewindowctl report kpi` prints (translated labels, one figure per
    // line, rates as percentages with one decimal, "—" for no figure).
    static QString toText(const KpiFigures &figures);

private:
    Database &m_database;
};

} // namespace onewindow
