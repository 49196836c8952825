#include "workingdaycalendar.h"

#include "catalogstore.h"

namespace onewindow {

WorkingDayCalendar::WorkingDayCalendar(const QList<QDate> &holidays, const QList<QDate> &workdays)
{
    for (const QDate &d : holidays) {
        m_holidays.insert(d);
        m_years.insert(d.year());
    }
    for (const QDate &d : workdays) {
        m_workdays.insert(d);
        m_years.insert(d.year());
    }
}

WorkingDayCalendar WorkingDayCalendar::fromCatalogCalendar(const QHash<QDate, bool> &days)
{
    QList<QDate> holidays, workdays;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        (it.value() ? workdays : holidays).append(it.key());
    return WorkingDayCalendar(holidays, workdays);
}

WorkingDayCalendar WorkingDayCalendar::fromCatalog(const CatalogStore &catalog)
{
    auto days = catalog.calendar();
    return days ? fromCatalogCalendar(days.value()) : WorkingDayCalendar();
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() < 6;
}

Status WorkingDayCalendar::requireYears(int firstYear, int lastYear) const
{
    for (int year = firstYear; year <= lastYear; ++year)
        if (!covers(year))
            return Error { QStringLiteral("cases.calendar_missing"),
                tr("The catalog has no holiday calendar for %1, so time limits cannot be counted "
                   "in working days. Load a catalog that lists the holidays of %1.")
                    .arg(year) };
    return {};
}

Result<QDate> WorkingDayCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid() || n < 0 || n > kMaxDays)
        return Error { QStringLiteral("cases.bad_period"),
            tr("A time limit of %1 working days cannot be counted.").arg(n) };
    if (Status s = requireYears(start.year(), start.year()); !s)
        return s.error();
    QDate day = start;
    int counted = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (Status s = requireYears(day.year(), day.year()); !s)
            return s.error();
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

Result<int> WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return Error { QStringLiteral("cases.bad_period"), tr("The dates cannot be counted.") };
    if (to <= from)
        return 0;
    if (from.daysTo(to) > kMaxDays * 2)
        return Error { QStringLiteral("cases.bad_period"),
            tr("A period of more than ten years cannot be counted.") };
    if (Status s = requireYears(from.addDays(1).year(), to.year()); !s)
        return s.error();
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

} // namespace onewindow
