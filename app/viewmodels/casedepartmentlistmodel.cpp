#include "casedepartmentlistmodel.h"

int CaseDepartmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseDepartmentListModel::roleNames() const
{
    return { { NameRole, "name" }, { StatusRole, "status" }, { StatusTextRole, "statusText" } };
}

QVariant CaseDepartmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseDepartmentRow &d = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return d.name;
    case StatusRole:
        return d.status;
    case StatusTextRole:
        return d.statusText;
    }
    return {};
}

void CaseDepartmentListModel::setRows(QList<CaseDepartmentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
