// The supervisor's figures (效能监督): backlog per department and item, the on-time rate
// (按时办结率) and working days to complete by the legal clock, the overdue list (against the
// committed date, as the inbox counts), cases filed per
// day and the 好差评 distribution, with their CSV export. The one place their SQL lives.
#pragma once

#include "result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace onewindow {

class Database;
class WorkingDayCalendar;

struct SupervisionPeriod
{
    QDate from; // first day, local time
    QDate to; // last day, included
    QString department; // empty: all departments
};

// Open cases (not completed, rejected, withdrawn or collected) of one department.
struct DepartmentBacklog
{
    QString department;
    int openCases = 0;
    int openReviewTasks = 0; // 并联审批: parts this department still has to decide
};

struct ItemBacklog
{
    QString itemCode;
    QString itemName;
    QString department;
    int openCases = 0;
};

// Cases completed (办结: approved or refused) in the period, by the legal clock.
struct CompletionFigure
{
    QString department; // empty: all departments of the report
    int completed = 0;
    int onTime = 0; // within the legal days plus approved extensions
    int workingDays = 0; // all completed cases together, pauses left out

    // No completed case gives no figure: an idle department is not "100% on time".
    std::optional<double> onTimeRate() const;
    std::optional<double> averageWorkingDays() const;
};

// Overdue as the inbox counts it (CaseTimeLimits): past the committed date (承诺时限), the one the
// kiosk and the receipt told the citizen; the legal limit (法定时限) is given beside it.
struct OverdueCase
{
    QString caseId;
    QString receiptNumber;
    QString itemCode;
    QString itemName;
    QString department;
    QDate committedDue; // null when it falls in a year the calendar does not cover
    int daysOver = 0; // working days past the committed date
    QDate legalDue;
    bool pastLegalLimit = false;
    int daysOverLegal = 0; // working days past the legal limit; 0 when not past it
};

struct DailyCount
{
    QDate day;
    int submitted = 0;
};

// One of the five 好差评 levels, 5 (非常满意) down to 1 (非常不满意).
struct RatingLevel
{
    int score = 0;
    int count = 0; // given and defaulted together
    int defaulted = 0; // no rating 7 days after completion: counted as 基本满意
};

struct SupervisionFigures
{
    SupervisionPeriod period;
    QDate today;
    // As of today (a backlog has no period); the period's department filter applies.
    QList<DepartmentBacklog> backlogByDepartment;
    QList<ItemBacklog> backlogByItem;
    QList<OverdueCase> overdue; // past the committed date, most days over first
    // In the period.
    CompletionFigure completion;
    QList<CompletionFigure> completionByDepartment;
    QList<DailyCount> perDay; // every calendar day of the period, days without cases too
    QList<RatingLevel> ratings; // always five levels, 5 first
    // Cases whose legal clock needs a year the calendar lacks: left out of the on-time and
    // overdue figures (and counted here so the supervisor knows to load a newer catalog).
    int clockUnknown = 0;
    int awaitingRating = 0; // completed cases still inside the 7 days, counted nowhere yet

    int defaultedRatings() const;
};

class SupervisionReport
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionReport)
public:
    explicit SupervisionReport(Database &database);

    // Every legal-clock figure needs the calendar of each year it counts through; a year the
    // catalog has no holidays for is an error, not a guess. The backlog is read as of today, so
    // today's year is needed as well as the period's.
    Result<SupervisionFigures> compute(
        const SupervisionPeriod &period, const WorkingDayCalendar &calendar, QDate today) const;
    // The figures of the period only (completions, cases per day, ratings; no backlog or overdue
    // list): they need the calendar of the period's years alone, so last year's report can still
    // be made once the terminal's clock is in a year the catalog has no holidays for. Today only
    // decides which ratings have defaulted.
    Result<SupervisionFigures> computePeriod(
        const SupervisionPeriod &period, const WorkingDayCalendar &calendar, QDate today) const;

    // UTF-8 with a byte order mark (Excel in zh_CN needs it), RFC 4180 quoting and CRLF, one
    // section per figure with bilingual headers; no cell starts with = + - @ (CSV injection).
    static QByteArray toCsv(const SupervisionFigures &figures);

    // Both dates of an overdue case, each named: "committed date (told to the applicant)
    // 2026年3月4日, 8 working days over; legal limit 2026年3月30日, not reached yet".
    static QString overdueDatesText(const OverdueCase &overdue);

    // 非常满意 … 非常不满意 for 5 … 1, translated.
    static QString ratingLevelName(int score);

    static constexpr int kDefaultRatingDays = 7; // calendar days after completion
    static constexpr int kDefaultRatingScore = 3; // 基本满意

private:
    Result<SupervisionFigures> figures(const SupervisionPeriod &period,
        const WorkingDayCalendar &calendar, QDate today, bool withBacklog) const;

    Database &m_database;
};

} // namespace onewindow
