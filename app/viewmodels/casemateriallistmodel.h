// The materials of an open case: how each was provided (a verified e-certificate or paper) and
// how it stands for a decision (CaseMaterials::stateOf), with the detail in words.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseMaterialRow
{
    QString code;
    QString name;
    bool required = true;
    QString way; // certificate, paper
    QString stateCode; // certificate, checked, missing, optional (not "state": every Item has one)
    QString detail;
};

class CaseMaterialListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        RequiredRole,
        WayRole,
        StateCodeRole,
        DetailRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseMaterialRow> &rows() const { return m_rows; }
    void setRows(QList<CaseMaterialRow> rows);

private:
    QList<CaseMaterialRow> m_rows;
};
