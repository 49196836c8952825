#include "catalogdiff.h"

#include <algorithm>
#include <QJsonArray>
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
    Change change { item.code, fields, {} };
    if (m_changed.size() < kChangesWithValues)
        for (const QString &field : std::as_const(fields))
            change.values.append({ field, valueText(a.value(field)), valueText(b.value(field)) });
    m_changed << change;
    return true;
}

QString CatalogDiff::valueText(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
        text = QString::number(value.toDouble(), 'g', 15);
        break;
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
    return text.size() > kValueLength ? text.left(kValueLength - 1) + QChar(0x2026) : text;
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
