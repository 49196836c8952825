// CatalogDiff: what applying a catalog would change: items added, removed, and changed fields.
#pragma once

#include "catalogmodel.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

namespace onewindow {

class CatalogDiff
{
public:
    // One field's value before and after, as short text (long lists and objects cut with …).
    struct FieldChange
    {
        QString field;
        QString before; // empty when the field is new
        QString after; // empty when the field is gone
    };

    struct Change
    {
        QString code;
        QStringList fields; // top-level item fields whose value differs, sorted
        // The same fields with their values, for the first kChangesWithValues changes only: a
        // province catalog can change every item, and nobody reads 200,000 of them on screen.
        QList<FieldChange> values;
    };

    static constexpr int kChangesWithValues = 500;
    static constexpr int kValueLength = 120; // characters of a value's text kept

    // before: code → snapshot of the active catalog's items.
    // A JSON value as a person reads it: text as it is, true/false, numbers, and lists and
    // objects as compact JSON, cut at kValueLength characters.
    static QString valueText(const QJsonValue &value);

    static CatalogDiff compute(
        const QHash<QString, QByteArray> &before, const QList<CatalogItem> &after);

    // The same item by item, for a catalog that is never held whole: compare() every item of the
    // new catalog, then close() once. compare() is true when the item is added or changed.
    bool compare(const QHash<QString, QByteArray> &before, const CatalogItem &item);
    void close(const QHash<QString, QByteArray> &before);

    bool isEmpty() const { return m_added.isEmpty() && m_removed.isEmpty() && m_changed.isEmpty(); }
    const QStringList &added() const { return m_added; }
    const QStringList &removed() const { return m_removed; }
    const QList<Change> &changed() const { return m_changed; }

private:
    QStringList m_added;
    QStringList m_removed;
    QList<Change> m_changed;
    QSet<QString> m_present; // codes compared that the active catalog has too
};

} // namespace onewindow
