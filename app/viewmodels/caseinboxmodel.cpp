#include "caseinboxmodel.h"

#include "catalogstore.h"
#include "displaytime.h"
#include "staffdesk.h"
#include "workingdaycalendar.h"

#include <QCollator>
#include <QLocale>
#include <QMap>

using namespace onewindow;

namespace {

bool isDecided(const InboxRow &r) { return r.limits.urgency == Urgency::Decided; }

} // namespace

CaseInboxModel::CaseInboxModel(
    Database &database, const CatalogStore &catalog, StaffDesk &staff, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_staff(staff)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
{
    loadCatalogNames();
    // A new staff member starts from their own inbox; nobody's cases stay on screen after
    // sign-out.
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        m_selectedCaseId.clear();
        m_itemFilter.clear();
        m_statusFilter.clear();
        m_departmentFilter.clear();
        emit filterChanged();
        refresh();
    });
}

void CaseInboxModel::loadCatalogNames()
{
    m_departmentNames.clear();
    m_departmentChoices.clear();
    auto departments = m_catalog.departments();
    if (!departments)
        return;
    for (const CatalogDepartment &d : departments.value()) {
        m_departmentNames.insert(d.code, d.name);
        m_departmentChoices.append(
            QVariantMap { { QStringLiteral("code"), d.code }, { QStringLiteral("name"), d.name } });
    }
}

int CaseInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow &r = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return r.caseId;
    case ReceiptNumberRole:
        return r.receiptNumber;
    case ItemNameRole:
        return r.itemName;
    case DepartmentNameRole:
        return departmentName(r.department);
    case StatusCodeRole:
        return CaseStatuses::code(r.status);
    case StatusTextRole:
        return CaseStatuses::displayName(r.status);
    case SubmittedRole:
        return DisplayTime::dateTime(r.submittedAt);
    case DaysLeftRole:
        return r.clockKnown ? QVariant(r.limits.committed.remainingDays) : QVariant();
    case DaysLeftTextRole:
        return CaseTimeLimits::daysLeftText(r.limits);
    case UrgencyRole:
        return CaseTimeLimits::urgencyCode(r.limits.urgency);
    case DueDateRole:
        return r.clockKnown ? DisplayTime::date(r.limits.committed.dueDate) : QString();
    case LegalDueDateRole:
        return r.clockKnown ? DisplayTime::date(r.limits.legal.dueDate) : QString();
    case DatesTextRole:
        return isDecided(r) ? QString() : CaseTimeLimits::shortDatesText(r.limits);
    }
    return {};
}

QHash<int, QByteArray> CaseInboxModel::roleNames() const
{
    return { { CaseIdRole, "caseId" }, { ReceiptNumberRole, "receiptNumber" },
        { ItemNameRole, "itemName" }, { DepartmentNameRole, "departmentName" },
        { StatusCodeRole, "statusCode" }, { StatusTextRole, "statusText" },
        { SubmittedRole, "submitted" }, { DaysLeftRole, "daysLeft" },
        { DaysLeftTextRole, "daysLeftText" }, { UrgencyRole, "urgency" },
        { DueDateRole, "dueDate" }, { LegalDueDateRole, "legalDueDate" },
        { DatesTextRole, "datesText" } };
}

int CaseInboxModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const InboxRow &r) { return r.limits.urgency == Urgency::Overdue; }));
}

QString CaseInboxModel::title() const
{
    const auto &session = m_staff.session();
    if (!session)
        return {};
    switch (session->role()) {
    case StaffRole::FrontDesk:
        return tr("Front desk: new submissions and corrections");
    case StaffRole::Reviewer:
        return tr("Review tasks of %1").arg(departmentName(session->department()));
    case StaffRole::Supervisor:
        return tr("All cases of this service centre");
    case StaffRole::Admin:
        break;
    }
    return {};
}

void CaseInboxModel::setItemFilter(const QString &code)
{
    if (code == m_itemFilter)
        return;
    m_itemFilter = code;
    emit filterChanged();
    refresh();
}

void CaseInboxModel::setStatusFilter(const QString &code)
{
    if (code == m_statusFilter)
        return;
    m_statusFilter = code;
    emit filterChanged();
    refresh();
}

void CaseInboxModel::setDepartmentFilter(const QString &code)
{
    if (code == m_departmentFilter)
        return;
    m_departmentFilter = code;
    emit filterChanged();
    applyView();
}

void CaseInboxModel::setSortKey(const QString &key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    emit filterChanged();
    applyView();
}

void CaseInboxModel::clearFilters()
{
    m_itemFilter.clear();
    m_statusFilter.clear();
    m_departmentFilter.clear();
    emit filterChanged();
    refresh();
}

QVariantList CaseInboxModel::statusChoices() const
{
    QVariantList out;
    for (CaseStatus s : { CaseStatus::Submitted, CaseStatus::PreChecked, CaseStatus::Accepted,
             CaseStatus::InReview, CaseStatus::CorrectionRequested, CaseStatus::Corrected,
             CaseStatus::SpecialProcedure, CaseStatus::Approved, CaseStatus::Refused })
        out.append(QVariantMap { { QStringLiteral("code"), CaseStatuses::code(s) },
            { QStringLiteral("name"), CaseStatuses::displayName(s) } });
    return out;
}

bool CaseInboxModel::departmentFilterShown() const
{
    const auto &session = m_staff.session();
    return session && session->role() != StaffRole::Reviewer;
}

void CaseInboxModel::refresh()
{
    const auto &session = m_staff.session();
    QList<InboxRow> rows;
    QString problem;
    if (session && session->role() != StaffRole::Admin) {
        if (m_departmentNames.isEmpty())
            loadCatalogNames(); // the first catalog may have arrived since
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromCatalog(m_catalog);
        InboxFilter filter;
        filter.role = session->role();
        filter.department = session->department();
        filter.itemCode = m_itemFilter;
        filter.status = m_statusFilter;
        auto listed = CaseInbox(m_database).list(filter, calendar, DisplayTime::dayOf(m_clock()));
        if (listed)
            rows = listed.value();
        else
            problem = listed.error().message;
        if (listed && std::any_of(rows.cbegin(), rows.cend(), [](const InboxRow &r) {
                return !r.clockKnown && !isDecided(r);
            }))
            problem = tr("The catalog's calendar does not cover every case's time limit: those "
                         "cases show no days left. Load a catalog with this year's holidays.");
    }
    m_all = rows;
    m_problem = problem;

    // Items to filter by: those the role's cases are about, whatever the other filters are.
    if (m_itemFilter.isEmpty()) {
        QMap<QString, QString> items;
        for (const InboxRow &r : std::as_const(m_all))
            items.insert(r.itemName, r.itemCode);
        m_itemChoices.clear();
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            m_itemChoices.append(QVariantMap {
                { QStringLiteral("code"), it.value() }, { QStringLiteral("name"), it.key() } });
        emit choicesChanged();
    }
    applyView();
}

void CaseInboxModel::applyView()
{
    QList<InboxRow> rows;
    for (const InboxRow &r : std::as_const(m_all))
        if (m_departmentFilter.isEmpty() || r.department == m_departmentFilter)
            rows.append(r);
    // The inbox comes most urgent first; the other orders keep that as the tie-breaker.
    const auto key = [this](const InboxRow &r) -> QString {
        if (m_sortKey == u"item")
            return r.itemName;
        if (m_sortKey == u"department")
            return departmentName(r.department);
        if (m_sortKey == u"status")
            return CaseStatuses::displayName(r.status);
        return {};
    };
    if (m_sortKey == u"submitted")
        std::stable_sort(rows.begin(), rows.end(),
            [](const InboxRow &a, const InboxRow &b) { return a.submittedAt < b.submittedAt; });
    else if (m_sortKey != u"daysLeft") {
        const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        std::stable_sort(rows.begin(), rows.end(), [&](const InboxRow &a, const InboxRow &b) {
            return collator.compare(key(a), key(b)) < 0;
        });
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
    // The view puts its highlight back on the chosen case, wherever the new order put it.
    emit selectionChanged();
}

void CaseInboxModel::setSelectedCaseId(const QString &caseId)
{
    if (caseId == m_selectedCaseId)
        return;
    m_selectedCaseId = caseId;
    emit selectionChanged();
}

int CaseInboxModel::selectedRow() const
{
    if (m_selectedCaseId.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).caseId == m_selectedCaseId)
            return i;
    return -1;
}
