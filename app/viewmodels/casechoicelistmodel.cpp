#include "casechoicelistmodel.h"

int CaseChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseChoiceListModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" },
        { InitiallyCheckedRole, "initiallyChecked" } };
}

QVariant CaseChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseChoice &c = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return c.code;
    case NameRole:
        return c.name;
    case InitiallyCheckedRole:
        return c.initiallyChecked;
    }
    return {};
}

void CaseChoiceListModel::setRows(QList<CaseChoice> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
