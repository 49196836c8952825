// The one form (一表式) for several items: each item's fields merged, a key shared by several
// items asked once, in the order the citizen first meets them.
#pragma once

#include "catalogmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace onewindow {

struct MergedField
{
    CatalogFormField field; // required when any item requires it
    QStringList itemCodes; // the items that ask for it
};

struct FieldProblem
{
    QString key;
    Error error;
};

class MergedForm
{
    Q_DECLARE_TR_FUNCTIONS(MergedForm)
public:
    // Refuses items that declare one key with two types (a published catalog cannot, but
    // items from two catalog versions could).
    static Result<MergedForm> merge(const QList<CatalogItem> &items);

    const QList<MergedField> &fields() const { return m_fields; }
    const MergedField *field(const QString &key) const;

    // Every answer checked at once: the stored values, or every problem (one per field).
    // Answers to keys the form does not have are dropped, never stored.
    Result<QJsonObject> check(const QHash<QString, QString> &answers, QList<FieldProblem> *problems,
        QDate today = QDate::currentDate()) const;

private:
    QList<MergedField> m_fields;
};

} // namespace onewindow
