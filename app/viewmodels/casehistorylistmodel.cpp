#include "casehistorylistmodel.h"

int CaseHistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseHistoryListModel::roleNames() const
{
    return { { WhenRole, "when" }, { TextRole, "text" }, { WhoRole, "who" }, { NoteRole, "note" } };
}

QVariant CaseHistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseHistoryRow &h = m_rows.at(index.row());
    switch (role) {
    case WhenRole:
        return h.when;
    case TextRole:
        return h.text;
    case WhoRole:
        return h.who;
    case NoteRole:
        return h.note;
    }
    return {};
}

void CaseHistoryListModel::setRows(QList<CaseHistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
