#include "simulateddocumentprinter.h"

#include "documentrenderer.h"

namespace onewindow {

SimulatedDocumentPrinter::SimulatedDocumentPrinter(QString name)
    : m_name(std::move(name))
{ }

Result<PrintOutcome> SimulatedDocumentPrinter::print(const PrintableDocument &document)
{
    switch (m_state) {
    case State::OutOfPaper:
        return Error { QStringLiteral("documents.printer_out_of_paper"),
            tr("The printer is out of paper. Ask staff to load A4 paper, then print again.") };
    case State::Missing:
        return Error { QStringLiteral("documents.printer_missing"),
            tr("No printer is connected to this terminal. Ask staff for help, or view the "
               "document on the screen.") };
    case State::Ready:
        break;
    }
    auto pdf = DocumentRenderer::toPdf(document);
    if (!pdf)
        return pdf.error();
    m_printed.append(pdf.value());
    return PrintOutcome { PrintOutcome::Kind::Printed, m_name, {} };
}

} // namespace onewindow
