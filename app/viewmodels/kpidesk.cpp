#include "kpidesk.h"

#include "catalogstore.h"
#include "figuretext.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

using namespace onewindow;

KpiDesk::KpiDesk(Database &database, const CatalogStore &catalog, StaffDesk &staff,
    QString exportFolder, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_exportFolder(std::move(exportFolder))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    const QDate today = m_clock().date();
    m_period = { today.addDays(-29), today };
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        m_figures.reset();
        m_problem.clear();
        emit figuresChanged();
    });
}

bool KpiDesk::setPeriod(const QString &from, const QString &to)
{
    const auto period = FigureText::period(from, to);
    if (!period) {
        setMessage(period.error().message);
        return false;
    }
    m_period = { period->first, period->second };
    setMessage({});
    refresh();
    return true;
}

void KpiDesk::lastDays(int days)
{
    const auto [from, to] = FigureText::lastDays(m_clock().date(), days);
    setPeriod(from, to);
}

void KpiDesk::refresh()
{
    m_figures.reset();
    m_problem.clear();
    // The KPIs are the town hall's management figures: administrators and supervisors.
    auto allowed = m_staff.authorize(Permission::ViewSupervision);
    if (!allowed) {
        m_problem = allowed.error().message;
        emit figuresChanged();
        return;
    }
    if (m_departmentNames.isEmpty())
        if (auto departments = m_catalog.departments())
            for (const CatalogDepartment &d : departments.value())
                m_departmentNames.insert(d.code, d.name);
    auto figures
        = KpiReport(m_database)
              .compute(m_period, WorkingDayCalendar::fromCatalog(m_catalog), m_clock().date());
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

QString KpiDesk::exportCsv()
{
    if (!m_figures) {
        setMessage(tr("There are no figures to export yet."));
        return {};
    }
    auto saved = FigureText::saveCsv(m_exportFolder,
        QStringLiteral("kpi-%1-%2.csv").arg(from(), to()), KpiReport::toCsv(*m_figures));
    setMessage(saved ? tr("Saved as %1.").arg(saved.value()) : saved.error().message);
    return saved ? saved.value() : QString();
}

void KpiDesk::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}
