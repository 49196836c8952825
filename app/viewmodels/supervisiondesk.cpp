#include "supervisiondesk.h"

#include "catalogstore.h"
#include "ratingfollowups.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

using namespace onewindow;

SupervisionDesk::SupervisionDesk(Database &database, const CatalogStore &catalog, StaffDesk &staff,
    QString exportFolder, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_exportFolder(std::move(exportFolder))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    const QDate today = m_clock().date();
    m_period = { today.addDays(-29), today, {} };
    // The figures are the supervisor's: they leave with them.
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        m_figures.reset();
        m_followUps.clear();
        m_problem.clear();
        emit figuresChanged();
    });
}

WorkingDayCalendar SupervisionDesk::calendar() const
{
    auto days = m_catalog.calendar();
    return days ? WorkingDayCalendar::fromCatalogCalendar(days.value()) : WorkingDayCalendar();
}

QString SupervisionDesk::departmentName(const QString &code) const
{
    return m_departmentNames.value(code, code);
}

void SupervisionDesk::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

bool SupervisionDesk::setPeriod(const QString &from, const QString &to)
{
    const QDate f = QDate::fromString(from.trimmed(), Qt::ISODate);
    const QDate t = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!f.isValid() || !t.isValid()) {
        setMessage(tr("Type the dates as 2026-11-01."));
        return false;
    }
    if (f > t) {
        setMessage(tr("The period must start before it ends."));
        return false;
    }
    if (f.daysTo(t) > 366) {
        setMessage(tr("Choose a period of at most one year."));
        return false;
    }
    m_period.from = f;
    m_period.to = t;
    setMessage({});
    refresh();
    return true;
}

void SupervisionDesk::lastDays(int days)
{
    const QDate today = m_clock().date();
    setPeriod(today.addDays(-(qBound(1, days, 366) - 1)).toString(Qt::ISODate),
        today.toString(Qt::ISODate));
}

void SupervisionDesk::refresh()
{
    const auto &session = m_staff.session();
    m_figures.reset();
    m_followUps.clear();
    m_problem.clear();
    if (!session
        || !StaffRoles::allows(
            session->role(), session->department(), Permission::ViewSupervision)) {
        m_problem = tr("Only a supervisor sees these figures.");
        emit figuresChanged();
        return;
    }
    if (m_departmentNames.isEmpty())
        if (auto departments = m_catalog.departments())
            for (const CatalogDepartment &d : departments.value())
                m_departmentNames.insert(d.code, d.name);
    const WorkingDayCalendar days = calendar();
    const QDateTime now = m_clock();
    auto figures = SupervisionReport(m_database).compute(m_period, days, now.date());
    if (figures)
        m_figures = figures.value();
    else
        m_problem = figures.error().message;
    if (m_figures && m_figures->clockUnknown > 0)
        m_problem = tr("%n case(s) run into a year the catalog has no holidays for: they are left "
                       "out of the on-time and overdue figures. Load a catalog with next year's "
                       "calendar.",
            nullptr, m_figures->clockUnknown);

    RatingFollowUps followUps(m_database);
    // Poor ratings that arrived since the last look get their follow-up now.
    if (Status opened = followUps.openForPoorRatings(days, now.toUTC()); !opened)
        m_problem = opened.error().message;
    if (auto open = followUps.open(now.date())) {
        for (const RatingFollowUp &f : open.value()) {
            QStringList names;
            for (const QString &d : f.departments)
                names.append(departmentName(d));
            m_followUps.append(QVariantMap { { QStringLiteral("groupId"), f.groupId },
                { QStringLiteral("receiptNumber"), f.receiptNumber },
                { QStringLiteral("departments"), names.join(QStringLiteral("、")) },
                { QStringLiteral("level"), SupervisionReport::ratingLevelName(f.score) },
                { QStringLiteral("dueOn"), f.dueOn.toString(Qt::ISODate) },
                { QStringLiteral("overdue"), f.overdue } });
        }
    }
    emit figuresChanged();
}

QString SupervisionDesk::onTimeRate() const
{
    const auto rate = m_figures ? m_figures->completion.onTimeRate() : std::nullopt;
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QLatin1Char('%') : tr("no figure");
}

QString SupervisionDesk::averageDays() const
{
    const auto days = m_figures ? m_figures->completion.averageWorkingDays() : std::nullopt;
    return days ? QLocale().toString(*days, 'f', 1) : tr("no figure");
}

int SupervisionDesk::openCases() const
{
    int n = 0;
    if (m_figures)
        for (const DepartmentBacklog &b : m_figures->backlogByDepartment)
            n += b.openCases;
    return n;
}

QVariantList SupervisionDesk::backlog() const
{
    QVariantList out;
    if (m_figures)
        for (const DepartmentBacklog &b : m_figures->backlogByDepartment)
            out.append(QVariantMap { { QStringLiteral("name"), departmentName(b.department) },
                { QStringLiteral("openCases"), b.openCases },
                { QStringLiteral("openTasks"), b.openReviewTasks } });
    return out;
}

QVariantList SupervisionDesk::backlogByItem() const
{
    QVariantList out;
    if (m_figures)
        for (const ItemBacklog &b : m_figures->backlogByItem)
            out.append(QVariantMap { { QStringLiteral("name"), b.itemName },
                { QStringLiteral("department"), departmentName(b.department) },
                { QStringLiteral("openCases"), b.openCases } });
    return out;
}

QVariantList SupervisionDesk::completionByDepartment() const
{
    QVariantList out;
    if (!m_figures)
        return out;
    const QLocale locale;
    for (const CompletionFigure &c : m_figures->completionByDepartment) {
        const auto rate = c.onTimeRate();
        const auto days = c.averageWorkingDays();
        out.append(QVariantMap { { QStringLiteral("name"), departmentName(c.department) },
            { QStringLiteral("completed"), c.completed }, { QStringLiteral("onTime"), c.onTime },
            { QStringLiteral("rate"),
                rate ? locale.toString(*rate * 100.0, 'f', 1) + QLatin1Char('%')
                     : tr("no figure") },
            { QStringLiteral("averageDays"),
                days ? locale.toString(*days, 'f', 1) : tr("no figure") } });
    }
    return out;
}

QVariantList SupervisionDesk::overdue() const
{
    QVariantList out;
    if (m_figures)
        for (const OverdueCase &o : m_figures->overdue)
            out.append(QVariantMap { { QStringLiteral("caseId"), o.caseId },
                { QStringLiteral("receiptNumber"), o.receiptNumber },
                { QStringLiteral("itemName"), o.itemName },
                { QStringLiteral("department"), departmentName(o.department) },
                { QStringLiteral("dueDate"), o.dueDate.toString(Qt::ISODate) },
                { QStringLiteral("daysOver"), o.daysOver } });
    return out;
}

QVariantList SupervisionDesk::perDay() const
{
    QVariantList out;
    if (m_figures)
        for (const DailyCount &d : m_figures->perDay)
            out.append(
                QVariantMap { { QStringLiteral("day"), d.day.toString(QStringLiteral("MM-dd")) },
                    { QStringLiteral("count"), d.submitted } });
    return out;
}

int SupervisionDesk::maxPerDay() const
{
    int most = 0;
    if (m_figures)
        for (const DailyCount &d : m_figures->perDay)
            most = qMax(most, d.submitted);
    return most;
}

QVariantList SupervisionDesk::ratings() const
{
    QVariantList out;
    if (m_figures)
        for (const RatingLevel &r : m_figures->ratings)
            out.append(QVariantMap { { QStringLiteral("score"), r.score },
                { QStringLiteral("name"), SupervisionReport::ratingLevelName(r.score) },
                { QStringLiteral("count"), r.count },
                { QStringLiteral("defaulted"), r.defaulted } });
    return out;
}

QString SupervisionDesk::ratingNote() const
{
    if (!m_figures)
        return {};
    return tr("%n case(s) without a rating 7 days after completion count as 基本满意.", nullptr,
               m_figures->defaultedRatings())
        + QLatin1Char(' ')
        + tr("%n completed case(s) may still be rated.", nullptr, m_figures->awaitingRating);
}

QString SupervisionDesk::exportCsv()
{
    if (!m_figures) {
        setMessage(tr("There are no figures to export yet."));
        return {};
    }
    QDir().mkpath(m_exportFolder);
    const QString path
        = QDir(m_exportFolder).filePath(QStringLiteral("supervision-%1-%2.csv").arg(from(), to()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SupervisionReport::toCsv(*m_figures)) < 0
        || !file.commit()) {
        setMessage(
            tr("The figures could not be saved in %1: %2").arg(m_exportFolder, file.errorString()));
        return {};
    }
    setMessage(tr("Saved as %1.").arg(path));
    return path;
}

bool SupervisionDesk::closeFollowUp(const QString &groupId, const QString &resolution)
{
    const auto &session = m_staff.session();
    if (!session)
        return false;
    const Status closed = RatingFollowUps(m_database)
                              .close(groupId, resolution,
                                  { session->userName(), session->role(), session->department() },
                                  m_clock().toUTC());
    if (!closed) {
        setMessage(closed.error().message);
        return false;
    }
    setMessage(tr("Follow-up closed."));
    refresh();
    return true;
}
