// Working days as the law counts them (限时办结): weekends and public holidays skipped,
// make-up working days (调休) counted, from the calendar the catalog publishes.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace onewindow {

class CatalogStore;

class WorkingDayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingDayCalendar)
public:
    WorkingDayCalendar() = default;
    WorkingDayCalendar(const QList<QDate> &holidays, const QList<QDate> &workdays);
    // The catalog store's form: date → true for a make-up working day, false for a holiday.
    static WorkingDayCalendar fromCatalogCalendar(const QHash<QDate, bool> &days);
    // The active catalog's calendar; an empty one when it cannot be read (every year is then
    // missing, and the figures that need one say so).
    static WorkingDayCalendar fromCatalog(const CatalogStore &catalog);

    // Whether the calendar knows the year's holidays; counting through a year it does not know
    // would silently treat 国庆 as working days, so that is refused.
    bool covers(int year) const { return m_years.contains(year); }
    bool isWorkingDay(QDate date) const;

    // The day on which n working days after start have passed. The start day itself does not
    // count (期间开始之日不计算在内), so a case filed on Friday with n = 1 is due on Monday;
    // n = 0 (即办件) is due on the start day.
    Result<QDate> addWorkingDays(QDate start, int n) const;
    // Working days after from, up to and including to (0 when to is not after from).
    Result<int> workingDaysBetween(QDate from, QDate to) const;

    static constexpr int kMaxDays = 3650;

private:
    Status requireYears(int firstYear, int lastYear) const;

    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};

} // namespace onewindow
