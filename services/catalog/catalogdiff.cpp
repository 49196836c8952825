#include "catalogdiff.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace onewindow {

CatalogDiff CatalogDiff::compute(
    const QHash<QString, QByteArray> &before, const QList<CatalogItem> &after)
{
    CatalogDiff diff;
    QSet<QString> present;
    present.reserve(after.size());
    for (const CatalogItem &item : after) {
        present.insert(item.code);
        const auto old = before.constFind(item.code);
        if (old == before.constEnd()) {
            diff.m_added << item.code;
            continue;
        }
        if (*old == item.snapshot)
            continue; // byte-identical: the common case, no JSON work
        const QJsonObject a = QJsonDocument::fromJson(*old).object();
        const QJsonObject b = QJsonDocument::fromJson(item.snapshot).object();
        // keys() returns a new list each call: keep each in a variable before taking iterators.
        const QStringList aKeys = a.keys();
        const QStringList bKeys = b.keys();
        QSet<QString> keys(aKeys.cbegin(), aKeys.cend());
        keys.unite(QSet<QString>(bKeys.cbegin(), bKeys.cend()));
        QStringList fields;
        for (const QString &key : std::as_const(keys))
            if (a.value(key) != b.value(key))
                fields << key;
        if (fields.isEmpty())
            continue; // same content, other key order
        std::sort(fields.begin(), fields.end());
        diff.m_changed << Change { item.code, fields };
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!present.contains(it.key()))
            diff.m_removed << it.key();
    std::sort(diff.m_added.begin(), diff.m_added.end());
    std::sort(diff.m_removed.begin(), diff.m_removed.end());
    std::sort(diff.m_changed.begin(), diff.m_changed.end(),
        [](const Change &x, const Change &y) { return x.code < y.code; });
    return diff;
}

} // namespace onewindow
