#include "documentprinter.h"

#include "qtdocumentprinter.h"
#include "simulateddocumentprinter.h"

namespace onewindow {

std::unique_ptr<DocumentPrinter> DocumentPrinter::fromSetting(
    const QString &setting, const QString &pdfFolder, DocumentSealer sealer)
{
    if (const auto state = SimulatedDocumentPrinter::stateFromSetting(setting)) {
        auto simulated = std::make_unique<SimulatedDocumentPrinter>();
        simulated->setState(*state);
        return simulated;
    }
    auto printer = std::make_unique<QtDocumentPrinter>(setting, pdfFolder);
    printer->setSealer(std::move(sealer));
    return printer;
}

} // namespace onewindow
