#include "supervisiondesk.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "displaytime.h"
#include "figuretext.h"
#include "ratingfollowups.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

#include <QLocale>

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
    const QDate today = DisplayTime::dayOf(m_clock());
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
    return WorkingDayCalendar::fromCatalog(m_catalog);
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
    const auto period = FigureText::period(from, to);
    if (!period) {
        setMessage(period.error().message);
        return false;
    }
    m_period.from = period->first;
    m_period.to = period->second;
    setMessage({});
    refresh();
    return true;
}

void SupervisionDesk::lastDays(int days)
{
    const auto [from, to] = FigureText::lastDays(DisplayTime::dayOf(m_clock()), days);
    setPeriod(from, to);
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
    return FigureText::percent(m_figures ? m_figures->completion.onTimeRate() : std::nullopt);
}

QString SupervisionDesk::averageDays() const
{
    return FigureText::decimal(
        m_figures ? m_figures->completion.averageWorkingDays() : std::nullopt);
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
    for (const CompletionFigure &c : m_figures->completionByDepartment) {
        const auto rate = c.onTimeRate();
        const auto days = c.averageWorkingDays();
        out.append(QVariantMap { { QStringLiteral("name"), departmentName(c.department) },
            { QStringLiteral("completed"), c.completed }, { QStringLiteral("onTime"), c.onTime },
            { QStringLiteral("rate"), FigureText::percent(rate) },
            { QStringLiteral("averageDays"), FigureText::decimal(days) } });
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
                { QStringLiteral("committedDue"), DisplayTime::date(o.committedDue) },
                { QStringLiteral("legalDue"), DisplayTime::date(o.legalDue) },
                { QStringLiteral("daysOver"), o.daysOver },
                { QStringLiteral("pastLegalLimit"), o.pastLegalLimit },
                { QStringLiteral("dates"), SupervisionReport::overdueDatesText(o) } });
    return out;
}

QVariantList SupervisionDesk::perDay() const
{
    return m_figures ? FigureText::perDay(m_figures->perDay) : QVariantList();
}

int SupervisionDesk::maxPerDay() const
{
    return m_figures ? FigureText::maxPerDay(m_figures->perDay) : 0;
}

QVariantList SupervisionDesk::ratings() const
{
    return m_figures ? FigureText::ratings(m_figures->ratings) : QVariantList();
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
    const QString fileName = QStringLiteral("supervision-%1-%2.csv").arg(from(), to());
    const QByteArray bytes = SupervisionReport::toCsv(*m_figures);
    if (!m_audit) {
        auto saved = FigureText::saveCsv(m_exportFolder, fileName, bytes);
        setMessage(saved ? tr("Saved as %1.").arg(saved.value()) : saved.error().message);
        return saved ? saved.value() : QString();
    }
    // Saved and recorded together: an export that cannot be audited does not happen.
    QString path;
    const Status done = m_audit->record(m_staff.userName(), AuditLog::kReportExport, fileName,
        QStringLiteral("supervision %1..%2 to %3").arg(from(), to(), m_exportFolder),
        [&]() -> Status {
            auto saved = FigureText::saveCsv(m_exportFolder, fileName, bytes);
            if (!saved)
                return saved.error();
            path = saved.value();
            return {};
        });
    setMessage(done ? tr("Saved as %1.").arg(path) : done.error().message);
    return done ? path : QString();
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
