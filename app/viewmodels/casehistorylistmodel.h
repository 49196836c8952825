// The history of an open case, oldest first: when, what in words, who, and the note kept with it.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

struct CaseHistoryRow
{
    QString when; // the town hall's date and time (DisplayTime)
    QString text;
    QString who; // in words, never a protocol code
    QString note;
};

class CaseHistoryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the case dossier desk owns its lists")
public:
    enum Role {
        WhenRole = Qt::UserRole + 1,
        TextRole,
        WhoRole,
        NoteRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<CaseHistoryRow> &rows() const { return m_rows; }
    void setRows(QList<CaseHistoryRow> rows);

private:
    QList<CaseHistoryRow> m_rows;
};
