#include "casemateriallistmodel.h"

int CaseMaterialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseMaterialListModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { RequiredRole, "required" },
        { WayRole, "way" }, { StateCodeRole, "stateCode" }, { DetailRole, "detail" } };
}

QVariant CaseMaterialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseMaterialRow &m = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return m.code;
    case NameRole:
        return m.name;
    case RequiredRole:
        return m.required;
    case WayRole:
        return m.way;
    case StateCodeRole:
        return m.stateCode;
    case DetailRole:
        return m.detail;
    }
    return {};
}

void CaseMaterialListModel::setRows(QList<CaseMaterialRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
