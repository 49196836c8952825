// The departments' parts of an open case (parallel review): each department and where its
// review stands.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseDepartmentRow
{
    QString name;
    QString status; // approved, refused, or the review still open
    QString statusText;
};

class CaseDepartmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        StatusRole,
        StatusTextRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseDepartmentRow> &rows() const { return m_rows; }
    void setRows(QList<CaseDepartmentRow> rows);

private:
    QList<CaseDepartmentRow> m_rows;
};
