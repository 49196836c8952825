// CatalogDiff: what applying a catalog would change: items added, removed, and changed fields.
#pragma once

#include "catalogmodel.h"

#include <QHash>

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

    bool isEmpty() const { return m_added.isEmpty() && m_removed.isEmpty() && m_changed.isEmpty(); }
    const QStringList &added() const { return m_added; }
    const QStringList &removed() const { return m_removed; }
    const QList<Change> &changed() const { return m_changed; }

private:
    QStringList m_added;
    QStringList m_removed;
    QList<Change> m_changed;
};

} // namespace onewindow
