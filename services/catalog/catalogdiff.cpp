#include "catalogdiff.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>

namespace onewindow {

CatalogDiff CatalogDiff::compute(
    const QHash<QString, QByteArray> &before, const QList<CatalogItem> &after)
{
    CatalogDiff diff;
    for (const CatalogItem &item : after)
        diff.compare(before, item);
    diff.close(before);
    return diff;
}

bool CatalogDiff::compare(const QHash<QString, QByteArray> &before, const CatalogItem &item)
{
    const auto old = before.constFind(item.code);
    if (old == before.constEnd()) {
        m_added << item.code;
        return true;
    }
    m_present.insert(item.code);
    if (*old == item.snapshot)
        return false; // byte-identical: the common case, no JSON work
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
        return false; // same content, other key order
    std::sort(fields.begin(), fields.end());
    m_changed << Change { item.code, fields };
    return true;
}

void CatalogDiff::close(const QHash<QString, QByteArray> &before)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!m_present.contains(it.key()))
            m_removed << it.key();
    m_present = {};
    std::sort(m_added.begin(), m_added.end());
    std::sort(m_removed.begin(), m_removed.end());
    std::sort(m_changed.begin(), m_changed.end(),
        [](const Change &x, const Change &y) { return x.code < y.code; });
}

} // namespace onewindow
