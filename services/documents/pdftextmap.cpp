#include "pdftextmap.h"

#include <QList>
#include <QRawFont>
#include <QString>

namespace onewindow {

namespace {

constexpr char16_t kFirstUnified = 0x4E00;
constexpr char16_t kLastUnified = 0x9FFF;

// A <…> token of a CMap line: where its hex digits start and, when it has exactly four (one
// UTF-16 code unit), their value; longer destinations (ligatures, surrogate pairs) are -1.
struct HexToken
{
    qsizetype digits = 0;
    int value = -1;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The tokens of pdf[from, to) and whether the line holds an array ("[").
QList<HexToken> lineTokens(const QByteArray &pdf, qsizetype from, qsizetype to, bool *array)
{
    QList<HexToken> tokens;
    *array = false;
    for (qsizetype i = from; i < to; ++i) {
        if (pdf.at(i) == '[')
            *array = true;
        if (pdf.at(i) != '<')
            continue;
        const qsizetype close = pdf.indexOf('>', i);
        if (close < 0 || close >= to)
            break;
        HexToken token { i + 1, -1 };
        if (close - i - 1 == 4) {
            int value = 0;
            for (qsizetype d = i + 1; d < close && value >= 0; ++d) {
                const int digit = hexValue(pdf.at(d));
                value = digit < 0 ? -1 : value * 16 + digit;
            }
            token.value = value;
        }
        tokens.append(token);
        i = close;
    }
    return tokens;
}

bool replace(QByteArray &pdf, const HexToken &token, const PdfTextMap::Replacements &replacements)
{
    if (token.value < 0)
        return false;
    const auto found = replacements.constFind(char16_t(token.value));
    if (found == replacements.cend())
        return false;
    const QByteArray digits = QByteArray::number(int(*found), 16).toUpper().rightJustified(4, '0');
    for (qsizetype d = 0; d < 4; ++d)
        pdf[token.digits + d] = digits.at(d);
    return true;
}

// One "beginbfrange … endbfrange" or "beginbfchar … endbfchar" section of the CMap in
// pdf[from, to), line by line.
int repairSections(QByteArray &pdf, qsizetype from, qsizetype to, const QByteArray &beginMarker,
    const QByteArray &endMarker, bool ranges, const PdfTextMap::Replacements &replacements)
{
    int replaced = 0;
    qsizetype at = from;
    while (true) {
        const qsizetype begin = pdf.indexOf(beginMarker, at);
        if (begin < 0 || begin >= to)
            break;
        const qsizetype end = pdf.indexOf(endMarker, begin);
        if (end < 0 || end > to)
            break;
        qsizetype line = pdf.indexOf('\n', begin);
        while (line >= 0 && line < end) {
            qsizetype next = pdf.indexOf('\n', line + 1);
            if (next < 0 || next > end)
                next = end;
            bool array = false;
            const QList<HexToken> tokens = lineTokens(pdf, line + 1, next, &array);
            if (ranges && tokens.size() >= 3) {
                // <first> <last> [<dst> …] or <first> <last> <dst>; the second form stands for
                // a run of code points unless it covers one glyph.
                if (array || tokens.at(0).value == tokens.at(1).value)
                    for (qsizetype t = 2; t < tokens.size(); ++t)
                        replaced += replace(pdf, tokens.at(t), replacements);
            } else if (!ranges) {
                for (qsizetype t = 1; t < tokens.size(); t += 2)
                    replaced += replace(pdf, tokens.at(t), replacements);
            }
            line = next < end ? next : -1;
        }
        at = end + endMarker.size();
    }
    return replaced;
}

} // namespace

PdfTextMap::Replacements PdfTextMap::forFont(const QRawFont &font)
{
    Replacements replacements;
    if (!font.isValid())
        return replacements;
    QString unified;
    for (char16_t c = kFirstUnified; c <= kLastUnified; ++c)
        unified.append(QChar(c));
    const QList<quint32> unifiedGlyphs = font.glyphIndexesForString(unified);
    QHash<quint32, char16_t> ideographOf;
    for (qsizetype i = 0; i < unifiedGlyphs.size(); ++i)
        if (unifiedGlyphs.at(i) != 0 && !ideographOf.contains(unifiedGlyphs.at(i)))
            ideographOf.insert(unifiedGlyphs.at(i), char16_t(kFirstUnified + i));

    QString below;
    for (char16_t c = 1; c < kFirstUnified; ++c)
        below.append(QChar(c));
    const QList<quint32> glyphs = font.glyphIndexesForString(below);
    const quint32 space = font.glyphIndexesForString(QStringLiteral(" ")).value(0);
    for (qsizetype i = 0; i < glyphs.size() && i < below.size(); ++i) {
        const char16_t c = below.at(i).unicode();
        const quint32 glyph = glyphs.at(i);
        if (glyph == 0)
            continue;
        if (c < 0x20 && glyph == space)
            replacements.insert(c, u' ');
        else if (const auto it = ideographOf.constFind(glyph); it != ideographOf.cend())
            replacements.insert(c, *it);
    }
    return replacements;
}

int PdfTextMap::repair(QByteArray &pdf, const Replacements &replacements)
{
    if (replacements.isEmpty())
        return 0;
    int replaced = 0;
    qsizetype at = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", at);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        replaced += repairSections(pdf, begin, end, QByteArrayLiteral("beginbfrange"),
            QByteArrayLiteral("endbfrange"), true, replacements);
        replaced += repairSections(pdf, begin, end, QByteArrayLiteral("beginbfchar"),
            QByteArrayLiteral("endbfchar"), false, replacements);
        at = end;
    }
    return replaced;
}

} // namespace onewindow
