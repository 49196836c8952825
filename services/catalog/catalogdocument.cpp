#include "catalogdocument.h"

#include <cstring>
#include <QJsonDocument>

namespace onewindow {

namespace {

// Deeper than any catalog; a deeper file goes to Qt's parser, whose own limit then decides.
constexpr int kMaxDepth = 256;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks the structure only: strings, brackets and the extent of scalars. Whether the bytes
// in between are valid JSON is QJsonDocument's call, made on each value it is given.
struct Cursor
{
    const char *p;
    qsizetype n;
    qsizetype i = 0;

    void skipSpace()
    {
        while (i < n && isSpace(p[i]))
            ++i;
    }
    bool at(char c) const { return i < n && p[i] == c; }
    enum class Next { Another, Closed, Broken };
    // After a member or an element: a comma (another follows) or the closing bracket.
    Next afterEntry(char close)
    {
        skipSpace();
        if (at(',')) {
            ++i;
            skipSpace();
            return Next::Another;
        }
        if (!at(close))
            return Next::Broken;
        ++i;
        return Next::Closed;
    }
    bool skipString() // from the opening quote to just past the closing one
    {
        ++i;
        while (i < n) {
            const char c = p[i++];
            if (c == '"')
                return true;
            if (c == '\\' && i++ >= n)
                return false;
        }
        return false;
    }
    bool skipValue()
    {
        if (i >= n)
            return false;
        if (p[i] == '"')
            return skipString();
        if (p[i] == '{' || p[i] == '[') {
            int depth = 0;
            while (i < n) {
                const char c = p[i];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++i;
                if ((c == '{' || c == '[') && ++depth > kMaxDepth)
                    return false;
                if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype start = i;
        while (i < n && !isSpace(p[i]) && p[i] != ',' && p[i] != '}' && p[i] != ']')
            ++i;
        return i > start;
    }
};

// One JSON value from its exact bytes; scalars are parsed inside "[…]" (QJsonDocument only
// takes objects and arrays at the top).
std::optional<QJsonValue> parseValue(const char *p, qsizetype n)
{
    QJsonParseError error {};
    if (n > 0 && (p[0] == '{' || p[0] == '[')) {
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray::fromRawData(p, n), &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
    }
    QByteArray wrapped;
    wrapped.reserve(n + 2);
    wrapped.append('[').append(p, n).append(']');
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || d.array().size() != 1)
        return std::nullopt;
    return d.array().at(0);
}

} // namespace

std::optional<CatalogDocument> CatalogDocument::scan(const QByteArray &bytes)
{
    CatalogDocument doc;
    doc.m_bytes = bytes;
    const char *p = bytes.constData();
    Cursor c { p, bytes.size() };
    c.skipSpace();
    if (!c.at('{'))
        return std::nullopt;
    ++c.i;
    c.skipSpace();
    if (c.at('}')) {
        ++c.i;
    } else {
        for (;;) {
            const qsizetype keyBegin = c.i;
            if (!c.at('"') || !c.skipString())
                return std::nullopt;
            const auto key = parseValue(p + keyBegin, c.i - keyBegin);
            if (!key || !key->isString())
                return std::nullopt;
            c.skipSpace();
            if (!c.at(':'))
                return std::nullopt;
            ++c.i;
            c.skipSpace();
            const qsizetype valueBegin = c.i;
            if (key->toString() == QLatin1String("items") && c.at('[')) {
                // Each element's span; a later "items" member replaces an earlier one, as in Qt.
                doc.m_items.clear();
                ++c.i;
                c.skipSpace();
                if (c.at(']')) {
                    ++c.i;
                } else {
                    for (;;) {
                        const qsizetype begin = c.i;
                        if (!c.skipValue())
                            return std::nullopt;
                        doc.m_items.append({ begin, c.i });
                        const Cursor::Next next = c.afterEntry(']');
                        if (next == Cursor::Next::Broken)
                            return std::nullopt;
                        if (next == Cursor::Next::Closed)
                            break;
                    }
                }
                doc.m_hasItemArray = true;
                doc.m_header.remove(QLatin1String("items"));
            } else {
                if (!c.skipValue())
                    return std::nullopt;
                const auto value = parseValue(p + valueBegin, c.i - valueBegin);
                if (!value)
                    return std::nullopt;
                doc.m_header.insert(key->toString(), *value);
                if (key->toString() == QLatin1String("items")) {
                    doc.m_hasItemArray = false;
                    doc.m_items.clear();
                }
            }
            const Cursor::Next next = c.afterEntry('}');
            if (next == Cursor::Next::Broken)
                return std::nullopt;
            if (next == Cursor::Next::Closed)
                break;
        }
    }
    c.skipSpace();
    if (c.i != c.n)
        return std::nullopt;
    return doc;
}

CatalogDocument CatalogDocument::fromTree(const QByteArray &bytes, const QJsonObject &root)
{
    CatalogDocument doc;
    doc.m_bytes = bytes;
    doc.m_header = root;
    const QJsonValue items = root.value(QLatin1String("items"));
    if (items.isArray()) {
        doc.m_itemTree = items.toArray();
        doc.m_hasItemArray = true;
        doc.m_header.remove(QLatin1String("items"));
    }
    return doc;
}

QByteArray CatalogDocument::compactItem(qsizetype i) const
{
    if (!m_itemTree.isEmpty())
        return {};
    const Span &span = m_items.at(i);
    QByteArray out(span.end - span.begin, Qt::Uninitialized);
    const char *in = m_bytes.constData() + span.begin;
    const char *const end = m_bytes.constData() + span.end;
    char *to = out.data();
    // Strings are copied whole (memchr to their closing quote), so the per-byte work is only
    // in the structure between them.
    while (in < end) {
        const char c = *in++;
        if (c == '"') {
            const char *close = in;
            for (;;) {
                close = static_cast<const char *>(memchr(close, '"', size_t(end - close)));
                if (!close) {
                    close = end - 1; // unterminated: the span was still checked by item()
                    break;
                }
                qsizetype backslashes = 0;
                while (close - backslashes > in && close[-1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
                ++close;
            }
            *to++ = '"';
            memcpy(to, in, size_t(close + 1 - in));
            to += close + 1 - in;
            in = close + 1;
        } else if (!isSpace(c)) {
            *to++ = c;
        }
    }
    out.truncate(to - out.constData());
    return out;
}

qsizetype CatalogDocument::itemCount() const
{
    return m_itemTree.isEmpty() ? m_items.size() : m_itemTree.size();
}

std::optional<QJsonValue> CatalogDocument::item(qsizetype i) const
{
    if (!m_itemTree.isEmpty())
        return m_itemTree.at(i);
    const Span &span = m_items.at(i);
    return parseValue(m_bytes.constData() + span.begin, span.end - span.begin);
}

} // namespace onewindow
