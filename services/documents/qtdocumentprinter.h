// QtDocumentPrinter: prints on a named printer through Qt Print Support, or saves a PDF when the
// terminal has no such printer.
#pragma once

#include "documentprinter.h"

#include <QCoreApplication>
#include <QStringList>

namespace onewindow {

class QtDocumentPrinter : public DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(QtDocumentPrinter)
public:
    // printerName: the CUPS queue of the terminal's printer (empty: none configured).
    // pdfFolder: where documents go when that printer does not exist.
    QtDocumentPrinter(QString printerName, QString pdfFolder);
    // Without a printer, documents are kept sealed by sealer ("….pdf.sealed") instead of as
    // plain PDFs: the A4 documents name the citizen in full. Receipts (names masked) have none.
    void setSealer(DocumentSealer sealer) { m_sealer = std::move(sealer); }

    Result<PrintOutcome> print(const PrintableDocument &document) override;
    QString deviceName() const override { return m_printerName; }
    // Asks CUPS for the queue's state now; without a printer, whether PDFs can be saved.
    DeviceStatus status() const override;

    // The printers this machine knows now (CUPS queues).
    static QStringList printerNames();
    // Whether printerName is a printer this machine knows now.
    bool hasPrinter() const;

    // A file name for document in pdfFolder: its title (made safe) and a time stamp.
    QString pdfPathFor(const PrintableDocument &document) const;

private:
    QString m_printerName;
    QString m_pdfFolder;
    DocumentSealer m_sealer;
};

} // namespace onewindow
