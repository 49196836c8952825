// The back office's inbox for the staff member signed in (front desk, a department's reviewer,
// the supervisor): the cases of their role, most urgent first, filtered and sorted as they ask.
#pragma once

#include "caseinbox.h"

#include <functional>
#include <QAbstractListModel>
#include <QDateTime>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class CatalogStore;
class Database;
} // namespace onewindow

class CaseInboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    Q_PROPERTY(QString title READ title NOTIFY filterChanged)
    Q_PROPERTY(QString itemFilter READ itemFilter WRITE setItemFilter NOTIFY filterChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString departmentFilter READ departmentFilter WRITE setDepartmentFilter NOTIFY
            filterChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY filterChanged)
    Q_PROPERTY(QVariantList itemChoices READ itemChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList statusChoices READ statusChoices NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList departmentChoices READ departmentChoices NOTIFY choicesChanged)
    Q_PROPERTY(bool departmentFilterShown READ departmentFilterShown NOTIFY filterChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY countChanged)
    // The case the staff member chose: it keeps its highlight when the list is read again.
    Q_PROPERTY(
        QString selectedCaseId READ selectedCaseId WRITE setSelectedCaseId NOTIFY selectionChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged) // -1: not listed
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ReceiptNumberRole,
        ItemNameRole,
        DepartmentNameRole,
        StatusCodeRole,
        StatusTextRole,
        SubmittedRole,
        DaysLeftRole, // working days; negative when overdue
        DaysLeftTextRole,
        UrgencyRole, // overdue, amber, normal, unknown
        DueDateRole, // the committed date (承诺时限), what urgency counts
        LegalDueDateRole, // the legal limit (法定时限)
        DatesTextRole, // both dates, each named
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    CaseInboxModel(onewindow::Database &database, const onewindow::CatalogStore &catalog,
        StaffDesk &staff, Clock clock = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int overdueCount() const;
    QString title() const;
    QString itemFilter() const { return m_itemFilter; }
    void setItemFilter(const QString &code);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString &code);
    QString departmentFilter() const { return m_departmentFilter; }
    void setDepartmentFilter(const QString &code);
    // daysLeft (most urgent first), submitted (oldest first), item, department, status.
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    QVariantList itemChoices() const { return m_itemChoices; }
    QVariantList statusChoices() const;
    QVariantList departmentChoices() const { return m_departmentChoices; }
    // A reviewer sees their own department only; the front desk and supervisor may filter.
    bool departmentFilterShown() const;
    QString problem() const { return m_problem; }
    QString selectedCaseId() const { return m_selectedCaseId; }
    void setSelectedCaseId(const QString &caseId);
    int selectedRow() const;

    QString departmentName(const QString &code) const
    {
        return m_departmentNames.value(code, code);
    }
    Q_INVOKABLE QString caseIdAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : QString();
    }
    // Reads the inbox again (after a decision, a pull from the hall, a sign-in).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters();

signals:
    void countChanged();
    void filterChanged();
    void choicesChanged();
    void selectionChanged();

private:
    void loadCatalogNames();
    void applyView();

    onewindow::Database &m_database;
    const onewindow::CatalogStore &m_catalog;
    StaffDesk &m_staff;
    Clock m_clock;
    QList<onewindow::InboxRow> m_all; // the role's inbox as read
    QList<onewindow::InboxRow> m_rows; // filtered and sorted for the view
    QHash<QString, QString> m_departmentNames;
    QString m_itemFilter;
    QString m_statusFilter;
    QString m_departmentFilter;
    QString m_sortKey = QStringLiteral("daysLeft");
    QVariantList m_itemChoices;
    QVariantList m_departmentChoices;
    QString m_problem;
    QString m_selectedCaseId;
};
