#include "caseactionlistmodel.h"

int CaseActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CaseActionListModel::roleNames() const
{
    return { { CodeRole, "code" }, { LabelRole, "label" }, { BlockedReasonRole, "blockedReason" },
        { ChecksMaterialsRole, "checksMaterials" }, { NeedsReasonRole, "needsReason" },
        { NeedsMissingRole, "needsMissing" }, { NeedsDepartmentsRole, "needsDepartments" },
        { NeedsDaysRole, "needsDays" }, { MaxDaysRole, "maxDays" }, { GraveRole, "grave" } };
}

QVariant CaseActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseActionRow &row = m_rows.at(index.row());
    const onewindow::CaseActionOffer &o = row.offer;
    switch (role) {
    case CodeRole:
        return o.code;
    case LabelRole:
        return row.label;
    case BlockedReasonRole:
        return o.blockedReason;
    case ChecksMaterialsRole:
        return o.checksMaterials;
    case NeedsReasonRole:
        return o.needsReason;
    case NeedsMissingRole:
        return o.needsMissing;
    case NeedsDepartmentsRole:
        return o.needsDepartments;
    case NeedsDaysRole:
        return o.needsDays;
    case MaxDaysRole:
        return o.maxDays;
    case GraveRole:
        return o.grave;
    }
    return {};
}

void CaseActionListModel::setRows(QList<CaseActionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}
