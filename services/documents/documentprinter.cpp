#include "documentprinter.h"

#include "qtdocumentprinter.h"
#include "simulateddocumentprinter.h"

namespace onewindow {

std::unique_ptr<DocumentPrinter> DocumentPrinter::fromSetting(
    const QString &setting, const QString &pdfFolder)
{
    if (const auto state = SimulatedDocumentPrinter::stateFromSetting(setting)) {
        auto simulated = std::make_unique<SimulatedDocumentPrinter>();
        simulated->setState(*state);
        return simulated;
    }
    return std::make_unique<QtDocumentPrinter>(setting, pdfFolder);
}

} // namespace onewindow
