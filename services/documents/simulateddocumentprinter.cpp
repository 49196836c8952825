#include "simulateddocumentprinter.h"

#include "documentrenderer.h"

namespace onewindow {

SimulatedDocumentPrinter::SimulatedDocumentPrinter(QString name)
    : m_name(std::move(name))
{ }

std::optional<SimulatedDocumentPrinter::State> SimulatedDocumentPrinter::stateFromSetting(
    const QString &setting)
{
    if (setting == u"simulated:ready")
        return State::Ready;
    if (setting == u"simulated:out-of-paper")
        return State::OutOfPaper;
    if (setting == u"simulated:missing")
        return State::Missing;
    return std::nullopt;
}

DeviceStatus SimulatedDocumentPrinter::status() const
{
    switch (m_state) {
    case State::OutOfPaper:
        return { DeviceStatus::State::Fault, QStringLiteral("documents.printer_out_of_paper"),
            tr("out of paper (simulated)") };
    case State::Missing:
        return { DeviceStatus::State::Fault, QStringLiteral("documents.printer_missing"),
            tr("not connected (simulated)") };
    case State::Ready:
        break;
    }
    return { DeviceStatus::State::Ready, QStringLiteral("devices.ready"),
        tr("ready (simulated), %n page(s) printed", "", int(m_printed.size())) };
}

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
