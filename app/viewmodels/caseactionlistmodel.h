// The actions this role may take on the open case now (CaseActionOffers), each with its label
// and what its dialog must ask.
#pragma once

#include "caseactionoffers.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseActionRow
{
    onewindow::CaseActionOffer offer;
    QString label;
};

class CaseActionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        LabelRole,
        BlockedReasonRole,
        ChecksMaterialsRole,
        NeedsReasonRole,
        NeedsMissingRole,
        NeedsDepartmentsRole,
        NeedsDaysRole,
        MaxDaysRole,
        GraveRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseActionRow> &rows() const { return m_rows; }
    void setRows(QList<CaseActionRow> rows);

private:
    QList<CaseActionRow> m_rows;
};
