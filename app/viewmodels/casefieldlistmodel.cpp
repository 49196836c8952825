#include "casefieldlistmodel.h"

int CaseFieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseFieldListModel::roleNames() const
{
    return { { LabelRole, "label" }, { ValueRole, "value" } };
}

QVariant CaseFieldListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseField &f = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return f.label;
    case ValueRole:
        return f.value;
    }
    return {};
}

void CaseFieldListModel::setRows(QList<CaseField> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
