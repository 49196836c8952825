// The figures a person reads off a social security record: months, gaps, totals, moves.
#pragma once

#include "socialsecurityrecord.h"

#include <QHash>
#include <QList>

namespace onewindow {

// Consecutive months, both ends included.
struct MonthRange
{
    QDate first;
    QDate last;
    int months = 0;
    bool operator==(const MonthRange &) const = default;
};

struct InsuranceSummary
{
    Insurance insurance = Insurance::Pension;
    int paidMonths = 0; // distinct months with a paid contribution
    int unpaidMonths = 0; // months the hall lists as due but not paid
    int duplicateMonths = 0; // months paid in two places (重复缴费, refundable)
    QDate firstMonth; // first and last paid month
    QDate lastMonth;
    QList<MonthRange> gaps; // months without a paid contribution, in order
    MonthRange longestGap; // months == 0 when there is none
    int missingLast12 = 0; // of the 12 complete months before today, for a contributor
    qint64 personalTotal = 0; // paid personal parts
    qint64 employerTotal = 0;
};

// One month of one insurance for a chart: zero where nothing was paid.
struct MonthPoint
{
    QDate month;
    qint64 amount = 0; // employer and personal part, paid
    bool inGap = false;
};

// Where the pension was contributed, one stretch per place (社保关系转移 between them).
struct PlaceStretch
{
    QString placeCode;
    QDate first;
    QDate last;
    int months = 0;
};

struct PeriodTotals
{
    int paidMonths = 0;
    qint64 personalTotal = 0;
    qint64 employerTotal = 0;
};

class ContributionHistory
{
public:
    ContributionHistory() = default;
    // today decides which months are complete: the current month is never counted missing.
    static ContributionHistory compute(const SocialSecurityRecord &record, QDate today);

    // Employee insurances first, then resident ones; only those with enrollment or records.
    QList<InsuranceSummary> summaries() const { return m_summaries; }
    std::optional<InsuranceSummary> summary(Insurance insurance) const;
    // Personal parts paid into the pension account over the years (累计个人缴费).
    qint64 cumulativePersonalPension() const { return m_cumulativePersonalPension; }
    QList<PlaceStretch> pensionPlaces() const { return m_pensionPlaces; }
    // Every month from the first record to the last complete month, for charts.
    QList<MonthPoint> monthly(Insurance insurance) const;
    // For a statement over a chosen period (months included at both ends).
    PeriodTotals totals(Insurance insurance, QDate fromMonth, QDate toMonth) const;
    QDate lastCompleteMonth() const { return m_lastCompleteMonth; }
    int totalPaidMonths() const;

    // Months between two firsts of a month: 2026-01 → 2026-03 is 2.
    static int monthsBetween(QDate from, QDate to);

private:
    QList<InsuranceSummary> m_summaries;
    QHash<int, QList<MonthPoint>> m_monthly; // by Insurance
    qint64 m_cumulativePersonalPension = 0;
    QList<PlaceStretch> m_pensionPlaces;
    QDate m_lastCompleteMonth;
    SocialSecurityRecord m_record;
};

} // namespace onewindow
