// DocumentRenderer: lays a PrintableDocument out on A4 pages of a PDF (QPdfWriter) or a printer.
#pragma once

#include "printabledocument.h"
#include "result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace onewindow {

class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    // The font every document uses: Chinese must print with real glyphs (fonts-noto-cjk). Qt
    // embeds it with a Unicode map, which toPdf repairs (PdfTextMap) so that pdftotext and screen
    // readers get back the characters drawn (一, not the radical ⼀).
    static QStringList fontFamilies();

    // Paints every page on device (already set to A4 portrait); device.newPage() between pages.
    // Errors: documents.empty, documents.cannot_paint, and QrCode's errors.
    static Status render(const PrintableDocument &document, QPagedPaintDevice &device);

    // The document as a PDF file's bytes (A4, 300 dpi, title and creator in the metadata).
    static Result<QByteArray> toPdf(const PrintableDocument &document);

    // Writes the PDF atomically (a half-written file never has the final name), readable by
    // its owner only (0600).
    static Status writePdf(const PrintableDocument &document, const QString &path);
    // Writes bytes (a PDF, or a sealed one) the same way.
    static Status writePrivateFile(const QByteArray &bytes, const QString &path);
};

} // namespace onewindow
