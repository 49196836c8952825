#include "supervisionreport.h"

#include "casereportsql.h"
#include "casestatus.h"
#include "casetimelimits.h"
#include "database.h"
#include "displaytime.h"
#include "legalclock.h"
#include "reportcsv.h"
#include "workingdaycalendar.h"

#include <algorithm>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

namespace onewindow {

namespace {

using casereport::completionsSql;
using casereport::localDay;
using casereport::startOf;
using Pauses = QHash<QString, QList<ClockPause>>;

// Still being worked on: neither completed (办结) nor closed without a decision.
bool isOpen(CaseStatus s) { return !CaseStatuses::isFinal(s) && s != CaseStatus::Approved; }

// The status codes of cases no longer open, as an SQL list, from the one definition above.
QString closedStatusesSql()
{
    QStringList codes;
    for (int i = 0; i <= int(CaseStatus::Withdrawn); ++i)
        if (!isOpen(CaseStatus(i)))
            codes.append(QLatin1Char('\'') + CaseStatuses::code(CaseStatus(i)) + QLatin1Char('\''));
    return codes.join(QLatin1Char(','));
}

QString departmentFilter(const SupervisionPeriod &p, const QString &column)
{
    return p.department.isEmpty() ? QString() : QStringLiteral(" AND %1 = :department").arg(column);
}

void bindDepartment(QSqlQuery &q, const SupervisionPeriod &p)
{
    if (!p.department.isEmpty())
        q.bindValue(QStringLiteral(":department"), p.department);
}

Result<Pauses> readPauses(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT case_id, started_on, ended_on FROM clock_pauses")))
        return Database::queryError(q, QStringLiteral("read clock pauses"));
    Pauses pauses;
    while (q.next())
        pauses[q.value(0).toString()].append(
            { QDate::fromString(q.value(1).toString(), Qt::ISODate),
                QDate::fromString(q.value(2).toString(), Qt::ISODate) });
    return pauses;
}

Status readBacklog(
    Database &db, SupervisionFigures &f, const WorkingDayCalendar &calendar, const Pauses &pauses)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT c.case_id, g.receipt_number, c.item_code, c.item_name, c.department, "
            "c.submitted_at, c.legal_days, c.promised_days, c.extension_days, c.status "
            "FROM cases c JOIN case_groups g ON g.group_id = c.group_id "
            "WHERE c.status NOT IN (%1)%2")
            .arg(closedStatusesSql(), departmentFilter(f.period, QStringLiteral("c.department"))));
    bindDepartment(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read open cases"));
    QMap<QString, DepartmentBacklog> departments;
    QMap<QString, ItemBacklog> items;
    while (q.next()) {
        const QString caseId = q.value(0).toString();
        const QString department = q.value(4).toString();
        departments[department].department = department;
        ++departments[department].openCases;
        ItemBacklog &item = items[q.value(2).toString()];
        item.itemCode = q.value(2).toString();
        item.itemName = q.value(3).toString();
        item.department = department;
        ++item.openCases;
        // Both clocks, and late as the inbox has it: past the date the citizen was promised.
        const TimeLimitFacts facts {
            CaseStatuses::fromCode(q.value(9).toString()).value_or(CaseStatus::Submitted),
            localDay(q.value(5)), q.value(7).toInt(), q.value(6).toInt(), q.value(8).toInt(),
            pauses.value(caseId)
        };
        const TimeLimitReading limits = CaseTimeLimits::read(calendar, facts, f.today);
        // A case whose time runs into a year the catalog has no holidays for yet is counted
        // apart: one such case must not blank every other figure of the town hall.
        if (limits.urgency == Urgency::Unknown) {
            ++f.clockUnknown;
            continue;
        }
        if (limits.urgency == Urgency::Overdue) {
            OverdueCase o { caseId, q.value(1).toString(), item.itemCode, item.itemName, department,
                limits.committed.dueDate, -limits.committed.remainingDays, limits.legal.dueDate,
                limits.legal.overdue, limits.legal.overdue ? -limits.legal.remainingDays : 0 };
            f.overdue.append(o);
        }
    }

    // The parts of open cases each department still has to decide (并联审批).
    QSqlQuery t(db.connection());
    t.prepare(
        QStringLiteral("SELECT t.department, count(*) FROM review_tasks t "
                       "JOIN cases c ON c.case_id = t.case_id "
                       "WHERE t.status = 'open' AND c.status NOT IN (%1)%2 "
                       "GROUP BY t.department")
            .arg(closedStatusesSql(), departmentFilter(f.period, QStringLiteral("t.department"))));
    bindDepartment(t, f.period);
    if (!t.exec())
        return Database::queryError(t, QStringLiteral("read open review tasks"));
    while (t.next()) {
        const QString department = t.value(0).toString();
        departments[department].department = department;
        departments[department].openReviewTasks = t.value(1).toInt();
    }
    f.backlogByDepartment = departments.values();
    f.backlogByItem = items.values();
    std::stable_sort(f.backlogByItem.begin(), f.backlogByItem.end(),
        [](const ItemBacklog &a, const ItemBacklog &b) { return a.openCases > b.openCases; });
    std::stable_sort(f.overdue.begin(), f.overdue.end(),
        [](const OverdueCase &a, const OverdueCase &b) { return a.daysOver > b.daysOver; });
    return {};
}

Status readCompletions(
    Database &db, SupervisionFigures &f, const WorkingDayCalendar &calendar, const Pauses &pauses)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT c.case_id, c.department, c.submitted_at, "
                       "c.legal_days + c.extension_days, h.completed_at "
                       "FROM cases c JOIN %1 h ON h.case_id = c.case_id "
                       "WHERE h.completed_at >= :start AND h.completed_at < :end%2")
            .arg(completionsSql(), departmentFilter(f.period, QStringLiteral("c.department"))));
    q.bindValue(QStringLiteral(":start"), startOf(f.period.from));
    q.bindValue(QStringLiteral(":end"), startOf(f.period.to.addDays(1)));
    bindDepartment(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read completed cases"));
    QMap<QString, CompletionFigure> departments;
    while (q.next()) {
        // The clock read on the day of completion: working days run, pauses left out.
        auto clock = LegalClock::read(calendar, localDay(q.value(2)), q.value(3).toInt(),
            pauses.value(q.value(0).toString()), localDay(q.value(4)));
        if (!clock && clock.error().code == u"cases.calendar_missing") {
            ++f.clockUnknown;
            continue;
        }
        if (!clock)
            return clock.error();
        const bool onTime = clock->usedDays <= clock->limitDays;
        CompletionFigure &d = departments[q.value(1).toString()];
        d.department = q.value(1).toString();
        for (CompletionFigure *figure : { &d, &f.completion }) {
            ++figure->completed;
            figure->onTime += onTime ? 1 : 0;
            figure->workingDays += clock->usedDays;
        }
    }
    f.completion.department = f.period.department;
    f.completionByDepartment = departments.values();
    return {};
}

Status readPerDay(Database &db, SupervisionFigures &f)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT c.submitted_at FROM cases c "
                             "WHERE c.submitted_at >= :start AND c.submitted_at < :end%1")
                  .arg(departmentFilter(f.period, QStringLiteral("c.department"))));
    q.bindValue(QStringLiteral(":start"), startOf(f.period.from));
    q.bindValue(QStringLiteral(":end"), startOf(f.period.to.addDays(1)));
    bindDepartment(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read cases per day"));
    for (QDate day = f.period.from; day <= f.period.to; day = day.addDays(1))
        f.perDay.append({ day, 0 });
    while (q.next()) {
        const qint64 index = f.period.from.daysTo(localDay(q.value(0)));
        if (index >= 0 && index < f.perDay.size())
            ++f.perDay[index].submitted;
    }
    return {};
}

// Each case has one effective rating, counted in the period of its day: the rating given for its
// submission (the hall takes one evaluation per case), or else 基本满意 on the seventh calendar
// day after completion. A rating given later replaces the default in the figures then.
Status readRatings(Database &db, SupervisionFigures &f)
{
    const int lag = SupervisionReport::kDefaultRatingDays;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.score, h.completed_at FROM cases c "
        "LEFT JOIN case_ratings r ON r.group_id = c.group_id "
        "LEFT JOIN %1 h ON h.case_id = c.case_id "
        "WHERE ((r.group_id IS NOT NULL AND r.rated_at >= :start AND r.rated_at < :end) "
        "OR (r.group_id IS NULL AND h.completed_at >= :doneFrom AND h.completed_at < :doneTo))%2")
                  .arg(completionsSql(),
                      departmentFilter(f.period, QStringLiteral("c.department"))));
    q.bindValue(QStringLiteral(":start"), startOf(f.period.from));
    q.bindValue(QStringLiteral(":end"), startOf(f.period.to.addDays(1)));
    q.bindValue(QStringLiteral(":doneFrom"), startOf(f.period.from.addDays(-lag)));
    q.bindValue(QStringLiteral(":doneTo"), startOf(f.period.to.addDays(1 - lag)));
    bindDepartment(q, f.period);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read ratings"));
    for (int score = 5; score >= 1; --score)
        f.ratings.append({ score, 0, 0 });
    while (q.next()) {
        if (!q.value(0).isNull()) {
            const int score = q.value(0).toInt();
            if (score >= 1 && score <= 5)
                ++f.ratings[5 - score].count;
        } else if (localDay(q.value(1)).addDays(lag) <= f.today) {
            RatingLevel &fair = f.ratings[5 - SupervisionReport::kDefaultRatingScore];
            ++fair.count;
            ++fair.defaulted;
        } else {
            ++f.awaitingRating;
        }
    }
    return {};
}

} // namespace

std::optional<double> CompletionFigure::onTimeRate() const
{
    if (completed == 0)
        return std::nullopt;
    return double(onTime) / completed;
}

std::optional<double> CompletionFigure::averageWorkingDays() const
{
    if (completed == 0)
        return std::nullopt;
    return double(workingDays) / completed;
}

int SupervisionFigures::defaultedRatings() const
{
    int n = 0;
    for (const RatingLevel &r : ratings)
        n += r.defaulted;
    return n;
}

SupervisionReport::SupervisionReport(Database &database)
    : m_database(database)
{ }

QString SupervisionReport::overdueDatesText(const OverdueCase &o)
{
    const auto date = [](QDate d) {
        return d.isValid() ? DisplayTime::date(d)
                           : tr("a day in a year whose holidays the catalog does not have yet");
    };
    const QString committed = tr(
        "committed date (told to the applicant) %1, %n working day(s) over", nullptr, o.daysOver)
                                  .arg(date(o.committedDue));
    const QString legal = o.pastLegalLimit
        ? tr("legal limit %1, %n working day(s) over", nullptr, o.daysOverLegal)
              .arg(date(o.legalDue))
        : tr("legal limit %1, not reached yet").arg(date(o.legalDue));
    return tr("%1; %2").arg(committed, legal);
}

QString SupervisionReport::ratingLevelName(int score)
{
    switch (score) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Fair");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    }
    return {};
}

Result<SupervisionFigures> SupervisionReport::compute(
    const SupervisionPeriod &period, const WorkingDayCalendar &calendar, QDate today) const
{
    return figures(period, calendar, today, true);
}

Result<SupervisionFigures> SupervisionReport::computePeriod(
    const SupervisionPeriod &period, const WorkingDayCalendar &calendar, QDate today) const
{
    return figures(period, calendar, today, false);
}

Result<SupervisionFigures> SupervisionReport::figures(const SupervisionPeriod &period,
    const WorkingDayCalendar &calendar, QDate today, bool withBacklog) const
{
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from
        || period.from.daysTo(period.to) > WorkingDayCalendar::kMaxDays || !today.isValid())
        return Error { QStringLiteral("supervision.bad_period"),
            tr("Choose a period whose first day is not after its last day, of at most ten "
               "years.") };
    // Checked up front, not only when a case needs it: a report must not come out whole for a
    // quiet department and fail for a busy one on the same calendar.
    QList<int> years;
    if (withBacklog)
        years.append(today.year()); // the open cases' clocks are read as of today
    for (int year = period.from.year(); year <= period.to.year(); ++year)
        years.append(year);
    for (int year : years)
        if (!calendar.covers(year))
            return Error { QStringLiteral("cases.calendar_missing"),
                tr("The catalog has no holiday calendar for %1, so on-time figures cannot be "
                   "counted in working days. Load a catalog that lists the holidays of %1.")
                    .arg(year) };
    SupervisionFigures f;
    f.period = period;
    f.today = today;
    auto pauses = readPauses(m_database);
    if (!pauses)
        return pauses.error();
    if (withBacklog)
        if (Status s = readBacklog(m_database, f, calendar, pauses.value()); !s)
            return s.error();
    if (Status s = readCompletions(m_database, f, calendar, pauses.value()); !s)
        return s.error();
    if (Status s = readPerDay(m_database, f); !s)
        return s.error();
    if (Status s = readRatings(m_database, f); !s)
        return s.error();
    return f;
}

QByteArray SupervisionReport::toCsv(const SupervisionFigures &f)
{
    ReportCsv csv("SupervisionReport");
    const QString all = csv.bilingual(QT_TRANSLATE_NOOP("SupervisionReport", "All departments"));
    csv.section(QT_TRANSLATE_NOOP("SupervisionReport", "Supervision report"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "From"),
            QT_TRANSLATE_NOOP("SupervisionReport", "To"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Department"),
            QT_TRANSLATE_NOOP("SupervisionReport", "As of") });
    csv.row({ f.period.from.toString(Qt::ISODate), f.period.to.toString(Qt::ISODate),
        f.period.department.isEmpty() ? all : f.period.department, f.today.toString(Qt::ISODate) });

    csv.section(QT_TRANSLATE_NOOP("SupervisionReport", "Backlog by department"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Department"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Open cases"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Open review tasks") });
    for (const DepartmentBacklog &d : f.backlogByDepartment)
        csv.row({ d.department, QString::number(d.openCases), QString::number(d.openReviewTasks) });

    csv.section(QT_TRANSLATE_NOOP("SupervisionReport", "Backlog by item"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Item code"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Item"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Department"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Open cases") });
    for (const ItemBacklog &i : f.backlogByItem)
        csv.row({ i.itemCode, i.itemName, i.department, QString::number(i.openCases) });

    csv.section(QT_TRANSLATE_NOOP("SupervisionReport", "On-time completion"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Department"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Completed"),
            QT_TRANSLATE_NOOP("SupervisionReport", "On time"),
            QT_TRANSLATE_NOOP("SupervisionReport", "On-time rate"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Average working days") });
    QList<CompletionFigure> completion = f.completionByDepartment;
    completion.append(f.completion);
    for (const CompletionFigure &c : completion)
        csv.row({ c.department.isEmpty() ? all : c.department, QString::number(c.completed),
            QString::number(c.onTime), ReportCsv::percent(c.onTimeRate()),
            ReportCsv::decimal(c.averageWorkingDays()) });

    csv.section(QT_TRANSLATE_NOOP("SupervisionReport", "Overdue cases"),
        { QT_TRANSLATE_NOOP("SupervisionReport", "Case"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Receipt number"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Item code"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Item"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Department"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Committed date"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Working days over the committed date"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Legal limit date"),
            QT_TRANSLATE_NOOP("SupervisionReport", "Working days over the legal limit") });
    for (const OverdueCase &o : f.overdue)
        csv.row({ o.caseId, o.receiptNumber, o.itemCode, o.itemName, o.department,
            o.committedDue.toString(Qt::ISODate), QString::number(o.daysOver),
            o.legalDue.toString(Qt::ISODate), QString::number(o.daysOverLegal) });

    csv.perDay(f.perDay);
    csv.ratings(f.ratings);
    return csv.bytes();
}

} // namespace onewindow
