#include "kpidesk.h"

#include "auditlog.h"
#include "catalogstore.h"
#include "displaytime.h"
#include "figuretext.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

using namespace onewindow;

KpiDesk::KpiDesk(Database &database, const CatalogStore &catalog, StaffDesk &staff, AuditLog &audit,
    QString exportFolder, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_audit(audit)
    , m_exportFolder(std::move(exportFolder))
    , m_mediaRoots(RemovableMedia::defaultRoots())
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    const QDate today = DisplayTime::dayOf(m_clock());
    m_period = { today.addDays(-29), today };
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        clearFigures({});
        setMessage({});
    });
}

void KpiDesk::clearFigures(const QString &problem)
{
    m_figures.reset();
    m_problem = problem;
    emit figuresChanged();
}

bool KpiDesk::setPeriod(const QString &from, const QString &to)
{
    const auto period = FigureText::period(from, to);
    if (!period) {
        // The figures on screen belong to the old period: they go with the refusal.
        clearFigures({});
        setMessage(period.error().message, true);
        return false;
    }
    m_period = { period->first, period->second };
    setMessage({});
    refresh();
    return true;
}

void KpiDesk::lastDays(int days)
{
    const auto [from, to] = FigureText::lastDays(DisplayTime::dayOf(m_clock()), days);
    setPeriod(from, to);
}

void KpiDesk::thisYear()
{
    const QDate today = DisplayTime::dayOf(m_clock());
    setPeriod(QDate(today.year(), 1, 1).toString(Qt::ISODate), today.toString(Qt::ISODate));
}

void KpiDesk::refresh()
{
    // The KPIs are the town hall's management figures: administrators and supervisors.
    auto allowed = m_staff.authorize(Permission::ViewSupervision);
    if (!allowed) {
        clearFigures(allowed.error().message);
        return;
    }
    m_figures.reset();
    m_problem.clear();
    if (m_departmentNames.isEmpty())
        if (auto departments = m_catalog.departments())
            for (const CatalogDepartment &d : departments.value())
                m_departmentNames.insert(d.code, d.name);
    auto figures = KpiReport(m_database)
                       .compute(m_period, WorkingDayCalendar::fromCatalog(m_catalog),
                           DisplayTime::dayOf(m_clock()));
    if (figures)
        m_figures = figures.value();
    else
        m_problem = figures.error().message;
    emit figuresChanged();
}

QString KpiDesk::fullyOnlineRate() const
{
    return FigureText::percent(m_figures ? m_figures->fullyOnlineRate() : std::nullopt);
}

QString KpiDesk::onlineRate() const
{
    return FigureText::percent(m_figures ? m_figures->onlineRate() : std::nullopt);
}

QString KpiDesk::completedOnlineRate() const
{
    return FigureText::percent(m_figures ? m_figures->completedOnlineRate() : std::nullopt);
}

QString KpiDesk::averageVisits() const
{
    return FigureText::decimal(m_figures ? m_figures->averageVisits() : std::nullopt);
}

QString KpiDesk::onTimeRate() const
{
    return FigureText::percent(m_figures ? m_figures->completion.onTimeRate() : std::nullopt);
}

QString KpiDesk::averageDays() const
{
    return FigureText::decimal(
        m_figures ? m_figures->completion.averageWorkingDays() : std::nullopt);
}

QVariantList KpiDesk::perItem() const
{
    QVariantList out;
    if (m_figures)
        for (const ItemCount &i : m_figures->perItem)
            out.append(QVariantMap { { QStringLiteral("code"), i.itemCode },
                { QStringLiteral("name"), i.itemName },
                { QStringLiteral("department"),
                    m_departmentNames.value(i.department, i.department) },
                { QStringLiteral("filed"), i.filed },
                { QStringLiteral("completed"), i.completed } });
    return out;
}

QVariantList KpiDesk::perDay() const
{
    return m_figures ? FigureText::perDay(m_figures->perDay) : QVariantList();
}

int KpiDesk::maxPerDay() const { return m_figures ? FigureText::maxPerDay(m_figures->perDay) : 0; }

QVariantList KpiDesk::ratings() const
{
    return m_figures ? FigureText::ratings(m_figures->ratings) : QVariantList();
}

QString KpiDesk::notice() const
{
    if (!m_figures || !m_figures->runsPastToday())
        return {};
    return tr("The period runs past today: the figures go up to today, %1.")
        .arg(DisplayTime::date(m_figures->today));
}

QVariantList KpiDesk::exportFolders() const
{
    QVariantList folders { QVariantMap { { QStringLiteral("path"), m_exportFolder },
        { QStringLiteral("name"), tr("This terminal's export folder") } } };
    for (const MediaFolder &folder : m_media)
        folders << QVariantMap { { QStringLiteral("path"), folder.path },
            { QStringLiteral("name"), tr("USB stick %1").arg(folder.name) } };
    return folders;
}

void KpiDesk::setMediaRoots(const QStringList &roots)
{
    m_mediaRoots = roots;
    rescanMedia();
}

void KpiDesk::rescanMedia()
{
    m_media = RemovableMedia::folders(m_mediaRoots);
    emit exportFoldersChanged();
}

QString KpiDesk::exportCsv(const QString &folder)
{
    auto actor = m_staff.authorize(Permission::ViewSupervision);
    if (!actor) {
        setMessage(actor.error().message, true);
        return {};
    }
    if (!m_figures) {
        setMessage(tr("There are no figures to export yet."), true);
        return {};
    }
    const QString target = folder.isEmpty() ? m_exportFolder : folder;
    const QString fileName = QStringLiteral("kpi-%1-%2.csv").arg(from(), to());
    // The figures leave the terminal: who took which period where is for the audit trail.
    QString path;
    const Status saved = m_audit.record(actor.value(), AuditLog::kReportExport, fileName,
        QStringLiteral("kpi %1..%2 to %3").arg(from(), to(), target), [&]() -> Status {
            auto written = FigureText::saveCsv(
                target, fileName, KpiReport::toCsv(*m_figures), target == m_exportFolder);
            if (!written)
                return written.error();
            path = written.value();
            return {};
        });
    if (!saved) {
        setMessage(saved.error().message, true);
        return {};
    }
    setMessage(tr("Saved as %1.").arg(path));
    return path;
}

void KpiDesk::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error && !message.isEmpty();
    emit messageChanged();
}
