#include "qtdocumentprinter.h"

#include "documentrenderer.h"
#include "sealeddocument.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>

namespace onewindow {

namespace {

// The folder of kept documents: its owner only, like the data folder it is in (0700).
bool makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path)
        && QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

QtDocumentPrinter::QtDocumentPrinter(QString printerName, QString pdfFolder)
    : m_printerName(std::move(printerName))
    , m_pdfFolder(std::move(pdfFolder))
{ }

QStringList QtDocumentPrinter::printerNames() { return QPrinterInfo::availablePrinterNames(); }

bool QtDocumentPrinter::hasPrinter() const
{
    return !m_printerName.isEmpty() && !QPrinterInfo::printerInfo(m_printerName).isNull();
}

QString QtDocumentPrinter::pdfPathFor(const PrintableDocument &document) const
{
    // Letters (any script), digits, "-" and "_" only: the title may come from data.
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString stem = document.documentTitle();
    stem.replace(unsafe, QStringLiteral("_"));
    stem = stem.left(60);
    if (stem.isEmpty())
        stem = QStringLiteral("document");
    const QString stamp
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(m_pdfFolder).filePath(stem + QLatin1Char('-') + stamp + QStringLiteral(".pdf"));
}

DeviceStatus QtDocumentPrinter::status() const
{
    const bool pdfFolderUsable
        = makePrivateFolder(m_pdfFolder) && QFileInfo(m_pdfFolder).isWritable();
    if (m_printerName.isEmpty())
        return pdfFolderUsable
            ? DeviceStatus { DeviceStatus::State::Degraded,
                  QStringLiteral("documents.saved_as_pdf"),
                  m_sealer
                      ? tr("no printer set: documents are kept sealed in %1 (onewindowctl "
                           "document open writes one out)")
                            .arg(m_pdfFolder)
                      : tr("no printer set: documents are saved as PDF in %1").arg(m_pdfFolder) }
            : DeviceStatus { DeviceStatus::State::Fault,
                  QStringLiteral("documents.printer_missing"),
                  tr("no printer set, and PDFs cannot be saved in %1").arg(m_pdfFolder) };
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull())
        return { DeviceStatus::State::Fault, QStringLiteral("documents.printer_missing"),
            tr("not found on this machine: documents are saved as PDF until it is back") };
    switch (info.state()) {
    case QPrinter::Error:
        return { DeviceStatus::State::Fault, QStringLiteral("documents.printer_error"),
            tr("reports a fault (paper, cover or ink)") };
    case QPrinter::Aborted:
        return { DeviceStatus::State::Fault, QStringLiteral("documents.printer_error"),
            tr("stopped: its last job was aborted; check the print queue") };
    case QPrinter::Active:
        return { DeviceStatus::State::Ready, QStringLiteral("devices.ready"),
            tr("ready, printing now") };
    case QPrinter::Idle:
        break;
    }
    return { DeviceStatus::State::Ready, QStringLiteral("devices.ready"), tr("ready") };
}

Result<PrintOutcome> QtDocumentPrinter::print(const PrintableDocument &document)
{
    if (!hasPrinter()) {
        if (!makePrivateFolder(m_pdfFolder))
            return Error { QStringLiteral("documents.printer_missing"),
                tr("There is no printer and the folder %1 for PDF copies cannot be made. Ask the "
                   "administrator to connect a printer or set a writable folder.")
                    .arg(m_pdfFolder) };
        QString path = pdfPathFor(document);
        if (!m_sealer) {
            if (Status written = DocumentRenderer::writePdf(document, path); !written)
                return written.error();
            return PrintOutcome { PrintOutcome::Kind::SavedAsPdf, {}, path };
        }
        auto pdf = DocumentRenderer::toPdf(document);
        if (!pdf)
            return pdf.error();
        path += SealedDocument::suffix();
        auto sealed = m_sealer(pdf.value(), QFileInfo(path).fileName());
        if (!sealed)
            return sealed.error();
        if (Status written = DocumentRenderer::writePrivateFile(sealed.value(), path); !written)
            return written.error();
        return PrintOutcome { PrintOutcome::Kind::SavedAsPdf, {}, path };
    }

    const QPrinterInfo info = QPrinterInfo::printerInfo(m_printerName);
    if (info.state() == QPrinter::Error)
        return Error { QStringLiteral("documents.printer_error"),
            tr("The printer \"%1\" reports a fault (paper, cover or ink). Ask staff to check it, "
               "then try again.")
                .arg(m_printerName) };
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the renderer keeps its own margins
    printer.setDocName(document.documentTitle());
    if (Status rendered = DocumentRenderer::render(document, printer); !rendered)
        return rendered.error();
    if (printer.printerState() == QPrinter::Error)
        return Error { QStringLiteral("documents.printer_error"),
            tr("The printer \"%1\" refused the document. Ask staff to check it, then try again.")
                .arg(m_printerName) };
    return PrintOutcome { PrintOutcome::Kind::Printed, m_printerName, {} };
}

} // namespace onewindow
