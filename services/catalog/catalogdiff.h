// CatalogDiff: what applying a catalog would change: items added, removed, and changed fields.
#pragma once

#include "catalogmodel.h"

#include <QHash>
#include <QSet>

namespace onewindow {

class CatalogDiff
{
public:
    struct Change
    {
        QString code;
        QStringList fields; // top-level item fields whose value differs, sorted
    };

    // before: code → snapshot of the active catalog's items.
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
