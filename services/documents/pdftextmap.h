// PdfTextMap: makes the text of the PDFs Qt writes extract as the characters that were drawn.
//
// Qt's PDF writer (QFontSubset::getReverseMap, Qt 6.4) builds each embedded font's ToUnicode map
// from the font's cmap, and gives every glyph the LOWEST code point that maps to it. Noto Sans CJK
// maps the Kangxi radicals (U+2F00…) and the CJK Radicals Supplement (U+2E80…) to the glyphs of
// the unified ideographs they look like: 一 U+4E00 and ⼀ U+2F00 share one glyph, so 一 drawn in a
// receipt extracts (pdftotext, copy and paste, screen readers, search) as ⼀; 民 as ⺠, 广 as ⼴.
// The space glyph comes back as a tab the same way. Qt 6.4 writes these maps uncompressed, with
// four hex digits per code point, so they are repaired in place: the file keeps its length and
// every offset in its cross-reference table stays right.
#pragma once

#include <QByteArray>
#include <QHash>

class QRawFont;

namespace onewindow {

class PdfTextMap
{
public:
    // Code point the writer chose → the code point a reader should get for that glyph.
    using Replacements = QHash<char16_t, char16_t>;

    // For one font: every code point below the unified ideographs (U+4E00) whose glyph is also
    // a unified ideograph's (→ that ideograph, the lowest one, as Qt would have chosen), and the
    // control characters drawn with the space glyph (→ U+0020).
    static Replacements forFont(const QRawFont &font);

    // Rewrites the destinations of every ToUnicode CMap in pdf (bfrange arrays, single-glyph
    // bfranges and bfchar entries) in place. A linear bfrange (a run of glyphs mapped to a run of
    // code points) is left as it is: Qt writes one only for 10 or more glyphs in a row whose code
    // points follow each other, which the radicals never are. Returns how many were replaced.
    static int repair(QByteArray &pdf, const Replacements &replacements);
};

} // namespace onewindow
