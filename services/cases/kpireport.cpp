#include "kpireport.h"

#include "casereportsql.h"
#include "casestatus.h"
#include "database.h"
#include "displaytime.h"
#include "reportcsv.h"

#include <algorithm>
#include <QMap>
#include <QSqlQuery>

namespace onewindow {

namespace {

using casereport::startOf;

// The item's 在线办理深度 as filed: the snapshot is the item's JSON as published then. A level
// missing from it (or a snapshot that is not JSON) counts as 1, not online. The CAST: the
// snapshot is stored as a BLOB, which SQLite's JSON functions refuse.
QString onlineLevelSql()
{
    return QStringLiteral("CASE WHEN json_valid(CAST(c.item_snapshot AS TEXT)) THEN "
                          "CAST(coalesce(json_extract(CAST(c.item_snapshot AS TEXT), "
                          "'$.onlineLevel'), 1) AS INTEGER) "
                          "ELSE 1 END");
}

// Counts events of a case that led to one status, as an SQL expression.
QString eventsLeadingToSql(CaseStatus status)
{
    return QStringLiteral("(SELECT count(*) FROM case_history x WHERE x.case_id = c.case_id AND "
                          "x.status_after = '%1')")
        .arg(CaseStatuses::code(status));
}

struct ItemRow
{
    ItemCount count;
    QString latestFiling; // name and department as filed in the latest of the cases counted
};

// The per-item row for a case read, with the item's name as filed most recently.
ItemCount &itemOf(QMap<QString, ItemRow> &items, const QSqlQuery &q)
{
    ItemRow &row = items[q.value(0).toString()];
    const QString submittedAt = q.value(3).toString();
    if (row.latestFiling.isEmpty() || submittedAt > row.latestFiling) {
        row.latestFiling = submittedAt;
        row.count.itemCode = q.value(0).toString();
        row.count.itemName = q.value(1).toString();
        row.count.department = q.value(2).toString();
    }
    return row.count;
}

void bindPeriod(QSqlQuery &q, const KpiPeriod &p)
{
    q.bindValue(QStringLiteral(":start"), startOf(p.from));
    q.bindValue(QStringLiteral(":end"), startOf(p.to.addDays(1)));
}

Status readFiled(Database &db, KpiFigures &f, QMap<QString, ItemRow> &items)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT c.item_code, c.item_name, c.department, c.submitted_at, %1 "
                             "FROM cases c "
                             "WHERE c.submitted_at >= :start AND c.submitted_at < :end")
                  .arg(onlineLevelSql()));
    bindPeriod(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read filed cases"));
    while (q.next()) {
        const int level = q.value(4).toInt();
        ++f.filed;
        f.filedFullyOnline += level == 4 ? 1 : 0;
        f.filedOnline += level >= 3 ? 1 : 0;
        ++itemOf(items, q).filed;
    }
    return {};
}

Status readCompleted(Database &db, KpiFigures &f, QMap<QString, ItemRow> &items)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT c.item_code, c.item_name, c.department, c.submitted_at, %1, "
                             "%2, %3 "
                             "FROM cases c JOIN %4 h ON h.case_id = c.case_id "
                             "WHERE h.completed_at >= :start AND h.completed_at < :end")
                  .arg(onlineLevelSql(), eventsLeadingToSql(CaseStatus::Corrected),
                      eventsLeadingToSql(CaseStatus::Collected), casereport::completionsSql()));
    bindPeriod(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read completed cases"));
    while (q.next()) {
        const int level = q.value(4).toInt();
        const int corrections = q.value(5).toInt();
        const bool collected = q.value(6).toInt() > 0;
        ++f.completed;
        f.completedOnline += level == 4 && !collected ? 1 : 0;
        // Filing, each correction handed in, collecting: the times the applicant came.
        f.visits += 1 + corrections + (collected ? 1 : 0);
        ++itemOf(items, q).completed;
    }
    return {};
}

std::optional<double> ratio(int part, int whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / whole;
}

// The three rates and the one number, with what each is counted from, as both outputs list them.
struct Headline
{
    const char *label;
    int count;
    int outOf;
    std::optional<double> value;
    bool percent = true;
};

QList<Headline> headlines(const KpiFigures &f)
{
    return {
        { QT_TRANSLATE_NOOP("KpiReport", "Full-process online handling rate"), f.filedFullyOnline,
            f.filed, f.fullyOnlineRate() },
        { QT_TRANSLATE_NOOP("KpiReport", "Online application rate"), f.filedOnline, f.filed,
            f.onlineRate() },
        { QT_TRANSLATE_NOOP("KpiReport", "Online completion rate"), f.completedOnline, f.completed,
            f.completedOnlineRate() },
        { QT_TRANSLATE_NOOP("KpiReport", "Average visits per completed case"), f.visits,
            f.completed, f.averageVisits(), false },
    };
}

QString textPercent(std::optional<double> rate)
{
    return rate ? QString::number(*rate * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString textDecimal(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

} // namespace

std::optional<double> KpiFigures::fullyOnlineRate() const { return ratio(filedFullyOnline, filed); }

std::optional<double> KpiFigures::onlineRate() const { return ratio(filedOnline, filed); }

std::optional<double> KpiFigures::completedOnlineRate() const
{
    return ratio(completedOnline, completed);
}

std::optional<double> KpiFigures::averageVisits() const { return ratio(visits, completed); }

KpiReport::KpiReport(Database &database)
    : m_database(database)
{ }

Result<KpiFigures> KpiReport::compute(
    const KpiPeriod &period, const WorkingDayCalendar &calendar, QDate today) const
{
    if (period.from.isValid() && today.isValid() && period.from > today)
        return Error { QStringLiteral("report.future_period"),
            tr("The period begins on %1, after today (%2): there are no figures for it yet.")
                .arg(DisplayTime::date(period.from), DisplayTime::date(today)) };
    // The supervision figures check the period and the calendar, with their errors, and give
    // the on-time figures the same way the supervision page shows them. Those of the period
    // only: the KPIs have no backlog, so last year's report needs last year's calendar alone.
    auto supervision = SupervisionReport(m_database)
                           .computePeriod({ period.from, period.to, {} }, calendar, today);
    if (!supervision)
        return supervision.error();
    KpiFigures f;
    f.period = period;
    f.today = today;
    f.completion = supervision->completion;
    f.perDay = supervision->perDay;
    f.ratings = supervision->ratings;
    f.clockUnknown = supervision->clockUnknown;

    QMap<QString, ItemRow> items;
    if (Status s = readFiled(m_database, f, items); !s)
        return s.error();
    if (Status s = readCompleted(m_database, f, items); !s)
        return s.error();
    for (const ItemRow &row : std::as_const(items))
        f.perItem.append(row.count);
    // QMap gave them by code; a stable sort keeps that order among items filed as often.
    std::stable_sort(f.perItem.begin(), f.perItem.end(),
        [](const ItemCount &a, const ItemCount &b) { return a.filed > b.filed; });
    return f;
}

QByteArray KpiReport::toCsv(const KpiFigures &f)
{
    ReportCsv csv("KpiReport");
    csv.section(QT_TRANSLATE_NOOP("KpiReport", "KPI report"),
        { QT_TRANSLATE_NOOP("KpiReport", "From"), QT_TRANSLATE_NOOP("KpiReport", "To"),
            QT_TRANSLATE_NOOP("KpiReport", "As of") });
    csv.row({ f.period.from.toString(Qt::ISODate), f.period.to.toString(Qt::ISODate),
        f.today.toString(Qt::ISODate) });

    // 三率一数: each figure with what it is counted from.
    csv.section(QT_TRANSLATE_NOOP("KpiReport", "Three rates and one number"),
        { QT_TRANSLATE_NOOP("KpiReport", "Figure"), QT_TRANSLATE_NOOP("KpiReport", "Count"),
            QT_TRANSLATE_NOOP("KpiReport", "Out of"), QT_TRANSLATE_NOOP("KpiReport", "Value") });
    for (const Headline &h : headlines(f))
        csv.row({ csv.bilingual(h.label), QString::number(h.count), QString::number(h.outOf),
            h.percent ? ReportCsv::percent(h.value) : ReportCsv::decimal(h.value) });

    csv.section(QT_TRANSLATE_NOOP("KpiReport", "On-time completion"),
        { QT_TRANSLATE_NOOP("KpiReport", "Completed"), QT_TRANSLATE_NOOP("KpiReport", "On time"),
            QT_TRANSLATE_NOOP("KpiReport", "On-time rate"),
            QT_TRANSLATE_NOOP("KpiReport", "Average working days"),
            QT_TRANSLATE_NOOP("KpiReport", "Cases without calendar") });
    csv.row({ QString::number(f.completion.completed), QString::number(f.completion.onTime),
        ReportCsv::percent(f.completion.onTimeRate()),
        ReportCsv::decimal(f.completion.averageWorkingDays()), QString::number(f.clockUnknown) });

    csv.section(QT_TRANSLATE_NOOP("KpiReport", "Cases per item"),
        { QT_TRANSLATE_NOOP("KpiReport", "Item code"), QT_TRANSLATE_NOOP("KpiReport", "Item"),
            QT_TRANSLATE_NOOP("KpiReport", "Department"), QT_TRANSLATE_NOOP("KpiReport", "Filed"),
            QT_TRANSLATE_NOOP("KpiReport", "Completed") });
    for (const ItemCount &i : f.perItem)
        csv.row({ i.itemCode, i.itemName, i.department, QString::number(i.filed),
            QString::number(i.completed) });

    csv.perDay(f.perDay);
    csv.ratings(f.ratings);
    return csv.bytes();
}

QString KpiReport::toText(const KpiFigures &f)
{
    QString text;
    auto line = [&text](const QString &label, const QString &value, int indent = 0) {
        text += QString(indent, QLatin1Char(' ')) + label + QStringLiteral(": ") + value
            + QLatin1Char('\n');
    };
    text += tr("KPI report from %1 to %2, as of %3")
                .arg(f.period.from.toString(Qt::ISODate), f.period.to.toString(Qt::ISODate),
                    f.today.toString(Qt::ISODate))
        + QLatin1Char('\n');
    if (f.runsPastToday())
        text += tr("The period runs past today: the figures go up to %1.")
                    .arg(f.today.toString(Qt::ISODate))
            + QLatin1Char('\n');
    line(tr("Cases filed"), QString::number(f.filed));
    line(tr("Cases completed"), QString::number(f.completed));
    for (const Headline &h : headlines(f))
        line(tr(h.label), h.percent ? textPercent(h.value) : textDecimal(h.value));
    line(tr("On-time completion rate"), textPercent(f.completion.onTimeRate()));
    line(tr("Average working days to complete"), textDecimal(f.completion.averageWorkingDays()));
    line(tr("Cases without calendar"), QString::number(f.clockUnknown));
    text += tr("Ratings") + QLatin1Char('\n');
    for (const RatingLevel &r : f.ratings)
        line(SupervisionReport::ratingLevelName(r.score), QString::number(r.count), 2);
    text += tr("Cases per item (filed, completed)") + QLatin1Char('\n');
    for (const ItemCount &i : f.perItem)
        line(i.itemCode + QLatin1Char(' ') + i.itemName,
            QStringLiteral("%1, %2").arg(i.filed).arg(i.completed), 2);
    return text;
}

} // namespace onewindow
