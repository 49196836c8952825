// The choices an action's dialog offers on an open case, each ticked or not to begin with: the
// paper materials the window may mark as received and checked, the departments to route to.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseChoice
{
    QString code;
    QString name;
    bool initiallyChecked = false; // already checked at the window; the case's own department
};

class CaseChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        InitiallyCheckedRole, // not "checked": a CheckBox delegate has a property of that name
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseChoice> &rows() const { return m_rows; }
    void setRows(QList<CaseChoice> rows);

private:
    QList<CaseChoice> m_rows;
};
