// CatalogDocument: a catalog file split into its top-level fields and its items' byte spans,
// without building the JSON tree of the whole file.
#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace onewindow {

// A 50,000-item catalog is tens of MB; its whole QJsonDocument is many times that. This keeps
// the bytes (usually a mapped file) and parses one item at a time, so the parser's memory is the
// catalog it builds plus one item's tree.
class CatalogDocument
{
public:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    // Finds the top-level members and the spans of the items array's elements. Only the
    // structure is looked at here: each span is parsed (and its syntax checked) by item().
    // nullopt when the structure is not one JSON object; QJsonDocument then says exactly why.
    static std::optional<CatalogDocument> scan(const QByteArray &bytes);

    // The same from an already parsed tree (when scan() could not split the file but Qt's
    // parser accepts it: the scanner is the fast path, Qt's parser the judge).
    static CatalogDocument fromTree(const QByteArray &bytes, const QJsonObject &root);

    // Every top-level member except an items array (a non-array "items" stays here).
    const QJsonObject &header() const { return m_header; }
    bool hasItemArray() const { return m_hasItemArray; }
    qsizetype itemCount() const;

    // Item i as a JSON value, or nullopt when its bytes are not valid JSON.
    std::optional<QJsonValue> item(qsizetype i) const;

    // Item i's bytes as published without the whitespace between tokens: its compact JSON,
    // with no re-serialising. Null for a document made by fromTree().
    QByteArray compactItem(qsizetype i) const;

    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    QJsonObject m_header;
    bool m_hasItemArray = false;
    QList<Span> m_items;
    QJsonArray m_itemTree; // fromTree() only
};

} // namespace onewindow
