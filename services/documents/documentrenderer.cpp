#include "documentrenderer.h"

#include "fileproblem.h"
#include "pdftextmap.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

namespace onewindow {

namespace {

constexpr qreal kMarginMm = 18.0;
constexpr qreal kQrSideMm = 42.0;

// Cursor over the pages of one device; everything is in device pixels.
class PageCursor
{
public:
    PageCursor(QPainter &painter, QPagedPaintDevice &device)
        : m_painter(painter)
        , m_device(device)
        , m_dpi(device.logicalDpiY())
        , m_page(QRectF(QPointF(0, 0), QSizeF(device.width(), device.height()))
                     .adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm)))
        , m_y(m_page.top())
    { }

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    const QRectF &page() const { return m_page; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }

    // Makes room for height; starts a new page when it does not fit (unless the page is fresh).
    bool reserve(qreal height)
    {
        if (m_y + height <= footerTop() || m_y <= m_page.top())
            return true;
        return newPage();
    }

    bool newPage()
    {
        paintFooter();
        if (!m_device.newPage())
            return false;
        ++m_pageNumber;
        m_y = m_page.top();
        return true;
    }

    void paintFooter()
    {
        QFont font = m_painter.font();
        font.setPointSizeF(8);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(Qt::darkGray);
        m_painter.drawText(QRectF(m_page.left(), footerTop(), m_page.width(), mm(6)),
            Qt::AlignHCenter | Qt::AlignBottom, DocumentRenderer::tr("Page %1").arg(m_pageNumber));
        m_painter.restore();
    }

private:
    qreal footerTop() const { return m_page.bottom() - mm(6); }

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    qreal m_dpi;
    QRectF m_page;
    qreal m_y;
    int m_pageNumber = 1;
};

QFont documentFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies(DocumentRenderer::fontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    // Without ligatures: Qt maps an "ff" or "fi" ligature glyph to U+FB00… in the PDF's text,
    // so "staff" would extract as "staﬀ". Chinese needs no shaping, so nothing else changes.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Height of text wrapped into width with the painter's current font.
qreal textHeight(QPainter &painter, qreal width, const QString &text, int flags)
{
    return painter.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, text).height();
}

bool paintText(PageCursor &cursor, QPainter &painter, const QFont &font, const QString &text,
    int alignment, qreal spaceAfter)
{
    painter.setFont(font);
    const QRectF &page = cursor.page();
    const qreal height = textHeight(painter, page.width(), text, alignment);
    if (!cursor.reserve(height))
        return false;
    painter.drawText(
        QRectF(page.left(), cursor.y(), page.width(), height), alignment | Qt::TextWordWrap, text);
    cursor.advance(height + spaceAfter);
    return true;
}

bool paintKeyValue(PageCursor &cursor, QPainter &painter, const PrintableDocument::Block &block)
{
    const QRectF &page = cursor.page();
    const qreal keyWidth = page.width() * 0.32;
    const qreal gap = cursor.mm(3);
    const qreal valueWidth = page.width() - keyWidth - gap;
    const QFont keyFont = documentFont(10.5, true);
    const QFont valueFont = documentFont(10.5);
    painter.setFont(keyFont);
    const qreal keyHeight = textHeight(painter, keyWidth, block.text, Qt::AlignLeft);
    painter.setFont(valueFont);
    const qreal valueHeight = textHeight(painter, valueWidth, block.value, Qt::AlignLeft);
    const qreal height = qMax(keyHeight, valueHeight);
    if (!cursor.reserve(height))
        return false;
    painter.setFont(keyFont);
    painter.drawText(QRectF(page.left(), cursor.y(), keyWidth, height),
        Qt::AlignLeft | Qt::TextWordWrap, block.text);
    painter.setFont(valueFont);
    painter.drawText(QRectF(page.left() + keyWidth + gap, cursor.y(), valueWidth, height),
        Qt::AlignLeft | Qt::TextWordWrap, block.value);
    cursor.advance(height + cursor.mm(1.5));
    return true;
}

bool paintRow(PageCursor &cursor, QPainter &painter, const QStringList &cells, bool header)
{
    const QRectF &page = cursor.page();
    const qreal pad = cursor.mm(1.2);
    const qreal columnWidth = page.width() / qMax<qsizetype>(1, cells.size());
    painter.setFont(documentFont(9.5, header));
    qreal height = 0;
    for (const QString &cell : cells)
        height = qMax(height, textHeight(painter, columnWidth - 2 * pad, cell, Qt::AlignLeft));
    height += 2 * pad;
    if (!cursor.reserve(height))
        return false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QRectF cellRect(page.left() + i * columnWidth, cursor.y(), columnWidth, height);
        if (header)
            painter.fillRect(cellRect, QColor(0xE8, 0xE8, 0xE8));
        painter.setPen(QPen(Qt::gray, cursor.mm(0.2)));
        painter.drawRect(cellRect);
        painter.setPen(Qt::black);
        painter.drawText(
            cellRect.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::TextWordWrap, cells.at(i));
    }
    cursor.advance(height);
    return true;
}

Status paintQrCode(PageCursor &cursor, QPainter &painter, const PrintableDocument::Block &block)
{
    auto code = QrCode::encode(block.qrData, block.qrLevel);
    if (!code)
        return code.error();
    const QRectF &page = cursor.page();
    const qreal side = cursor.mm(kQrSideMm);
    painter.setFont(documentFont(9));
    const qreal captionHeight = block.text.isEmpty()
        ? 0
        : textHeight(painter, page.width(), block.text, Qt::AlignHCenter);
    if (!cursor.reserve(side + captionHeight))
        return Error { QStringLiteral("documents.cannot_paint"),
            DocumentRenderer::tr("A new page could not be started. Check the printer.") };
    code->paint(painter, QRectF(page.left() + (page.width() - side) / 2, cursor.y(), side, side));
    cursor.advance(side);
    if (captionHeight > 0) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(page.left(), cursor.y(), page.width(), captionHeight),
            Qt::AlignHCenter | Qt::TextWordWrap, block.text);
        cursor.advance(captionHeight);
    }
    cursor.advance(cursor.mm(4));
    return {};
}

// What Qt's PDF writer gets wrong in the ToUnicode maps of the fonts documents use (see
// PdfTextMap), worked out once from the fonts themselves: they do not change while OneWindow runs.
const PdfTextMap::Replacements &documentTextMap()
{
    static const PdfTextMap::Replacements replacements = [] {
        PdfTextMap::Replacements all;
        for (const bool bold : { false, true })
            all.insert(PdfTextMap::forFont(
                QRawFont::fromFont(documentFont(10.5, bold), QFontDatabase::SimplifiedChinese)));
        return all;
    }();
    return replacements;
}

Error cannotPaint()
{
    return { QStringLiteral("documents.cannot_paint"),
        DocumentRenderer::tr("The document could not be drawn on the printer or PDF file. Check "
                             "that the printer is on and has paper, then try again.") };
}

} // namespace

QStringList DocumentRenderer::fontFamilies()
{
    // Latin first: Qt's PDF writer maps the CJK font's digit glyphs to no text at all, so
    // numbers drawn with it would not extract; Chinese falls back to the CJK font.
    return { QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("sans-serif") };
}

Status DocumentRenderer::render(const PrintableDocument &document, QPagedPaintDevice &device)
{
    if (document.isEmpty())
        return Error { QStringLiteral("documents.empty"),
            tr("The document has nothing to print.") };
    // Encode every QR code first so a bad one fails before anything reaches the printer.
    for (const auto &block : document.blocks())
        if (block.kind == PrintableDocument::Block::Kind::QrCode)
            if (auto code = QrCode::encode(block.qrData, block.qrLevel); !code)
                return code.error();

    QPainter painter;
    if (!painter.begin(&device))
        return cannotPaint();
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp QR modules and rules
    PageCursor cursor(painter, device);
    using Kind = PrintableDocument::Block::Kind;
    const QList<PrintableDocument::Block> &blocks = document.blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const auto &block = blocks.at(i);
        bool ok = true;
        switch (block.kind) {
        case Kind::Title:
            ok = paintText(cursor, painter, documentFont(18, true), block.text, Qt::AlignHCenter,
                cursor.mm(6));
            break;
        case Kind::Heading:
            ok = paintText(
                cursor, painter, documentFont(13, true), block.text, Qt::AlignLeft, cursor.mm(2.5));
            break;
        case Kind::Paragraph:
            ok = paintText(
                cursor, painter, documentFont(10.5), block.text, Qt::AlignLeft, cursor.mm(3));
            break;
        case Kind::KeyValue:
            ok = paintKeyValue(cursor, painter, block);
            if (ok && (i + 1 == blocks.size() || blocks.at(i + 1).kind != Kind::KeyValue))
                cursor.advance(cursor.mm(3));
            break;
        case Kind::Table:
            ok = paintRow(cursor, painter, block.headers, true);
            for (const QStringList &row : block.rows)
                ok = ok && paintRow(cursor, painter, row, false);
            cursor.advance(cursor.mm(4));
            break;
        case Kind::QrCode:
            if (Status painted = paintQrCode(cursor, painter, block); !painted) {
                painter.end();
                return painted;
            }
            break;
        case Kind::PageBreak:
            ok = i + 1 == blocks.size() || cursor.newPage();
            break;
        }
        if (!ok) {
            painter.end();
            return cannotPaint();
        }
    }
    cursor.paintFooter();
    if (!painter.end())
        return cannotPaint();
    return {};
}

Result<QByteArray> DocumentRenderer::toPdf(const PrintableDocument &document)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(document.documentTitle());
        writer.setCreator(QStringLiteral("OneWindow"));
        if (Status rendered = render(document, writer); !rendered)
            return rendered.error();
    }
    // The writer is done (destroyed): its ToUnicode maps can be repaired in place.
    PdfTextMap::repair(bytes, documentTextMap());
    return bytes;
}

Status DocumentRenderer::writePdf(const PrintableDocument &document, const QString &path)
{
    auto pdf = toPdf(document);
    if (!pdf)
        return pdf.error();
    return writePrivateFile(pdf.value(), path);
}

Status DocumentRenderer::writePrivateFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    // The mode is set on the temporary file, before anything is in it: the final name never
    // exists with more than its owner's access (documents name the citizen).
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return Error { QStringLiteral("documents.cannot_write"),
            tr("The PDF could not be saved to %1 (%2). Check that the folder exists and has "
               "free space.")
                .arg(path, FileProblem::writing(file)) };
    return {};
}

} // namespace onewindow
