#include "contributionhistory.h"

#include <QMap>

namespace onewindow {

namespace {

int monthIndex(QDate month) { return month.year() * 12 + month.month() - 1; }
QDate monthAt(int index) { return QDate(index / 12, index % 12 + 1, 1); }

bool expectedToContribute(const std::optional<Enrollment> &e)
{
    return e && (e->status == EnrollmentStatus::Active || e->status == EnrollmentStatus::Suspended);
}

// One insurance: paid amount per month index, and the months listed unpaid.
struct Months
{
    QMap<int, qint64> paid; // ordered by month
    QMap<int, int> paidCount; // records per paid month (two places: 2)
    QMap<int, bool> unpaid;
    qint64 personal = 0;
    qint64 employer = 0;
};

} // namespace

int ContributionHistory::monthsBetween(QDate from, QDate to)
{
    return monthIndex(to) - monthIndex(from);
}

ContributionHistory ContributionHistory::compute(const SocialSecurityRecord &record, QDate today)
{
    ContributionHistory h;
    h.m_record = record;
    const int lastComplete = monthIndex(QDate(today.year(), today.month(), 1)) - 1;
    h.m_lastCompleteMonth = monthAt(lastComplete);

    QHash<int, Months> byInsurance;
    for (const Contribution &c : record.contributions) {
        Months &m = byInsurance[int(c.insurance)];
        const int i = monthIndex(c.month);
        if (c.paid) {
            m.paid[i] += c.employerPart + c.personalPart;
            m.paidCount[i] += 1;
            m.personal += c.personalPart;
            m.employer += c.employerPart;
            if (c.insurance == Insurance::Pension || c.insurance == Insurance::ResidentPension)
                h.m_cumulativePersonalPension += c.personalPart;
        } else {
            m.unpaid[i] = true;
        }
    }

    QList<Insurance> order = SocialSecurityTerms::employeeInsurances();
    order << Insurance::ResidentPension << Insurance::ResidentMedical;
    for (Insurance insurance : order) {
        const auto enrollment = record.enrollment(insurance);
        const auto found = byInsurance.constFind(int(insurance));
        if (!enrollment && found == byInsurance.constEnd())
            continue;
        const Months m = found == byInsurance.constEnd() ? Months {} : *found;
        InsuranceSummary s;
        s.insurance = insurance;
        s.paidMonths = int(m.paid.size());
        s.personalTotal = m.personal;
        s.employerTotal = m.employer;
        for (auto it = m.unpaid.cbegin(); it != m.unpaid.cend(); ++it)
            if (!m.paid.contains(it.key()))
                ++s.unpaidMonths;
        for (int count : m.paidCount)
            s.duplicateMonths += count > 1 ? 1 : 0;

        const bool contributing = expectedToContribute(enrollment);
        QList<MonthPoint> points;
        if (!m.paid.isEmpty() || !m.unpaid.isEmpty()) {
            const int first = std::min(m.paid.isEmpty() ? INT_MAX : m.paid.firstKey(),
                m.unpaid.isEmpty() ? INT_MAX : m.unpaid.firstKey());
            const int lastPaid = m.paid.isEmpty() ? first - 1 : m.paid.lastKey();
            // A contributor's record runs up to last month: months since the last payment are
            // a gap. Someone retired or gone has no gap after their last month.
            const int end = contributing ? std::max(lastComplete, lastPaid) : lastPaid;
            if (!m.paid.isEmpty()) {
                s.firstMonth = monthAt(m.paid.firstKey());
                s.lastMonth = monthAt(lastPaid);
            }
            int gapStart = -1;
            for (int i = first; i <= end + 1; ++i) {
                const bool paid = i <= end && m.paid.contains(i);
                if (i <= end)
                    points.append({ monthAt(i), m.paid.value(i), !paid });
                if (!paid && i <= end && gapStart < 0)
                    gapStart = i;
                if ((paid || i > end) && gapStart >= 0) {
                    const MonthRange gap { monthAt(gapStart), monthAt(i - 1), i - gapStart };
                    s.gaps.append(gap);
                    if (gap.months > s.longestGap.months)
                        s.longestGap = gap;
                    gapStart = -1;
                }
            }
        } else if (contributing && enrollment->since.isValid()) {
            // Enrolled without a single payment: everything since enrolment is missing.
            const int from
                = monthIndex(QDate(enrollment->since.year(), enrollment->since.month(), 1));
            if (from <= lastComplete) {
                s.longestGap = { monthAt(from), monthAt(lastComplete), lastComplete - from + 1 };
                s.gaps.append(s.longestGap);
            }
        }
        if (contributing)
            for (int i = lastComplete - 11; i <= lastComplete; ++i)
                s.missingLast12 += m.paid.contains(i) ? 0 : 1;
        // Before enrolment nothing was owed, so the count never exceeds the months enrolled.
        if (contributing && enrollment->since.isValid())
            s.missingLast12 = std::min(
                s.missingLast12, std::max(0, lastComplete - monthIndex(enrollment->since) + 1));
        h.m_monthly.insert(int(insurance), points);
        h.m_summaries.append(s);
    }

    // Pension stretches per place: where a transfer (社保关系转移) moved the record.
    for (const Contribution &c : record.contributions) {
        if (c.insurance != Insurance::Pension || !c.paid)
            continue;
        if (!h.m_pensionPlaces.isEmpty() && h.m_pensionPlaces.last().placeCode == c.placeCode) {
            PlaceStretch &s = h.m_pensionPlaces.last();
            if (c.month > s.last) {
                s.last = c.month;
                ++s.months;
            }
            continue;
        }
        h.m_pensionPlaces.append({ c.placeCode, c.month, c.month, 1 });
    }
    return h;
}

std::optional<InsuranceSummary> ContributionHistory::summary(Insurance insurance) const
{
    for (const InsuranceSummary &s : m_summaries)
        if (s.insurance == insurance)
            return s;
    return std::nullopt;
}

QList<MonthPoint> ContributionHistory::monthly(Insurance insurance) const
{
    return m_monthly.value(int(insurance));
}

PeriodTotals ContributionHistory::totals(Insurance insurance, QDate fromMonth, QDate toMonth) const
{
    PeriodTotals t;
    const int from = monthIndex(fromMonth);
    const int to = monthIndex(toMonth);
    int lastCounted = -1;
    for (const Contribution &c : m_record.contributions) {
        const int i = monthIndex(c.month);
        if (c.insurance != insurance || !c.paid || i < from || i > to)
            continue;
        // Contributions are sorted by month: a month paid in two places counts once.
        if (i != lastCounted)
            ++t.paidMonths;
        lastCounted = i;
        t.personalTotal += c.personalPart;
        t.employerTotal += c.employerPart;
    }
    return t;
}

int ContributionHistory::totalPaidMonths() const
{
    const auto pension = summary(Insurance::Pension);
    return pension ? pension->paidMonths : 0;
}

} // namespace onewindow
