// DocumentPrinter: where a printable document goes (a kiosk printer, or a PDF when there is none).
#pragma once

#include "devicestatus.h"
#include "printabledocument.h"
#include "result.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QString>

namespace onewindow {

struct PrintOutcome
{
    enum class Kind { Printed, SavedAsPdf };
    Kind kind = Kind::Printed;
    QString printerName; // Printed
    QString pdfPath; // SavedAsPdf
};

// Seals a PDF before it is kept on disk under fileName (SealedDocument::sealer).
using DocumentSealer
    = std::function<Result<QByteArray>(const QByteArray &pdf, const QString &fileName)>;

// The kiosk and the back office ask this interface; tests give them a simulated printer.
class DocumentPrinter
{
public:
    virtual ~DocumentPrinter() = default;

    // Prints (or saves) the whole document or fails with an error the citizen or staff can act
    // on: documents.printer_out_of_paper, documents.printer_missing, documents.printer_error,
    // or the renderer's errors.
    virtual Result<PrintOutcome> print(const PrintableDocument &document) = 0;
    // For the administrator and the health page: the printer's name, nothing personal.
    virtual QString deviceName() const = 0;
    // Whether it can print now, for the health page.
    virtual DeviceStatus status() const = 0;

    // The printer a setting names: "simulated:ready|out-of-paper|missing" (demo and training), a
    // CUPS queue, or empty (no printer: documents are saved as PDF in pdfFolder, sealed by
    // sealer when one is given: for documents with personal data in them).
    static std::unique_ptr<DocumentPrinter> fromSetting(
        const QString &setting, const QString &pdfFolder, DocumentSealer sealer = {});
};

} // namespace onewindow
