// PdfTextMap: the ToUnicode maps Qt writes give 一 as the Kangxi radical ⼀ (they share a glyph in
// Noto Sans CJK); the repair gives each glyph the ideograph back, without moving a byte.
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "pdftextmap.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

class TestPdfTextMap : public QObject
{
    Q_OBJECT

    // A ToUnicode stream as Qt 6.4 writes it (taken from a receipt), inside other PDF bytes.
    static QByteArray pdfWithCmap(const QByteArray &ranges)
    {
        return "%PDF-1.4\n24 0 obj\n<< /Length 584 >>\nstream\n"
               "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
               "/CMapName /Adobe-Identity-UCS def\n1 begincodespacerange\n<0000> <FFFF>\n"
               "endcodespacerange\n"
            + ranges
            + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
              "endstream\nendobj\n5 0 obj\n<2F00>\nendobj\n";
    }

    static PdfTextMap::Replacements replacements()
    {
        return { { u'\u2F00', u'\u4E00' }, { u'\u2EA0', u'\u6C11' }, { u'\u2F34', u'\u5E7F' },
            { u'\t', u' ' } };
    }

private slots:
    void arraysAndSingleGlyphsAreRepairedInPlace()
    {
        QByteArray pdf = pdfWithCmap("3 beginbfrange\n<0000> <0000> <0000>\n"
                                     "<0001> <0005> [<2F00> <53D7> <2ea0> <2F34> <0009> ]\n"
                                     "<0006> <0006> <2F00>\nendbfrange\n"
                                     "1 beginbfchar\n<0007> <2F34>\nendbfchar\n");
        const qsizetype size = pdf.size();
        QCOMPARE(PdfTextMap::repair(pdf, replacements()), 6);
        QCOMPARE(pdf.size(), size); // the cross-reference table's offsets stay right
        QVERIFY2(pdf.contains("<0001> <0005> [<4E00> <53D7> <6C11> <5E7F> <0020> ]\n"), pdf);
        QVERIFY2(pdf.contains("<0006> <0006> <4E00>\n"), pdf);
        QVERIFY2(pdf.contains("<0007> <5E7F>\n"), pdf);
        QVERIFY(pdf.contains("<0000> <0000> <0000>\n"));
        // Outside a CMap nothing changes, even what looks like a code point.
        QVERIFY(pdf.endsWith("5 0 obj\n<2F00>\nendobj\n"));
    }

    void runsAndLongDestinationsAreLeftAlone()
    {
        // A linear range stands for consecutive code points: its first one is not one glyph's.
        const QByteArray original = pdfWithCmap(
            "2 beginbfrange\n<0010> <0019> <2F00>\n<0020> <0020> <00660066>\nendbfrange\n");
        QByteArray pdf = original;
        QCOMPARE(PdfTextMap::repair(pdf, replacements()), 0);
        QCOMPARE(pdf, original);
    }

    void notoSansCjkSharesTheRadicalsGlyphs()
    {
        QFont font;
        font.setFamilies(DocumentRenderer::fontFamilies());
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
        if (!raw.familyName().contains(QStringLiteral("CJK")))
            QSKIP("Noto Sans CJK (fonts-noto-cjk) is not installed");
        const PdfTextMap::Replacements map = PdfTextMap::forFont(raw);
        QCOMPARE(map.value(u'\u2F00'), u'\u4E00'); // ⼀ → 一
        QCOMPARE(map.value(u'\u2F34'), u'\u5E7F'); // ⼴ → 广
        QCOMPARE(map.value(u'\u2EA0'), u'\u6C11'); // ⺠ → 民 (no NFKC decomposition)
        QCOMPARE(map.value(u'\t'), u' ');
        QVERIFY(!map.contains(u'\u4E00'));
        QVERIFY(!map.contains(u'A'));
        QVERIFY(!map.contains(u'\u3042')); // あ has its own glyph
    }

    // The whole way: what pdftotext reads is what was drawn, code point for code point (no
    // radicals for ideographs, no ligatures such as ﬀ U+FB00 for "ff").
    void pdftotextGivesTheIdeographsDrawn()
    {
        if (!haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("pdftotext (poppler-utils) is not installed: packaging/install-deps.sh");
        const QString drawn
            = QStringLiteral("一 受理 人民 广州市 见长门 社会保障卡补换 staff office fifty");
        PrintableDocument doc(QStringLiteral("text"));
        doc.addTitle(drawn);
        doc.addKeyValue(QStringLiteral("受理"), drawn);
        doc.addParagraph(drawn);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.pdf"));
        QVERIFY(DocumentRenderer::writePdf(doc, path).ok());
        int exit = 0;
        const QString text = pdfText(path, &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(text.contains(drawn), qPrintable(text));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                qPrintable(QStringLiteral("radical U+%1 in:\n%2")
                               .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                               .arg(text)));
    }
};

QTEST_MAIN(TestPdfTextMap)
#include "tst_pdftextmap.moc"
