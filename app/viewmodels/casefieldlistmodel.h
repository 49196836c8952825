// Label and value rows of an open case: the applicant's data and the form's answers, in the
// order and with the labels the dossier desk gives them.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseField
{
    QString label;
    QString value;
};

class CaseFieldListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        ValueRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseField> &rows() const { return m_rows; }
    void setRows(QList<CaseField> rows);

private:
    QList<CaseField> m_rows;
};
