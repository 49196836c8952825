#include "qtdocumentprinter.h"
#include "simulateddocumentprinter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

// Both DocumentPrinter implementations: the Qt one falls back to a PDF without a printer; the
// simulated one runs out of paper and goes missing on demand.
class TestDocumentPrinter : public QObject
{
    Q_OBJECT
private:
    static PrintableDocument receipt()
    {
        PrintableDocument document(QStringLiteral("受理回执 R-2026/001"));
        document.addTitle(QStringLiteral("受理回执"));
        document.addKeyValue(QStringLiteral("受理编号"), QStringLiteral("R-2026-001"));
        document.addQrCode("R-2026-001", QStringLiteral("扫码查询办件进度"));
        return document;
    }

private slots:
    void noPrinterSavesAPdf()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("copies"));
        QtDocumentPrinter printer(QStringLiteral("no-such-printer-onewindow"), folder);
        QVERIFY(!printer.hasPrinter());
        auto outcome = printer.print(receipt());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->kind, PrintOutcome::Kind::SavedAsPdf);
        QVERIFY(outcome->pdfPath.startsWith(folder));
        QVERIFY(outcome->pdfPath.endsWith(QStringLiteral(".pdf")));
        // The title's slash and spaces never reach the file name.
        QVERIFY(!QFileInfo(outcome->pdfPath).fileName().contains(QLatin1Char(' ')));
        QFile file(outcome->pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void noPrinterAndNoFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QtDocumentPrinter printer(QString(), dir.filePath(QStringLiteral("file/sub")));
        auto outcome = printer.print(receipt());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("documents.printer_missing"));
    }

    void simulatedPrinterPrints()
    {
        SimulatedDocumentPrinter printer;
        auto outcome = printer.print(receipt());
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->kind, PrintOutcome::Kind::Printed);
        QCOMPARE(outcome->printerName, QStringLiteral("simulated-printer"));
        QCOMPARE(printer.printed().size(), 1);
        QVERIFY(printer.printed().first().startsWith("%PDF-"));
    }

    void simulatedPrinterFaults_data()
    {
        QTest::addColumn<SimulatedDocumentPrinter::State>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("out of paper") << SimulatedDocumentPrinter::State::OutOfPaper
                                      << QStringLiteral("documents.printer_out_of_paper");
        QTest::newRow("missing") << SimulatedDocumentPrinter::State::Missing
                                 << QStringLiteral("documents.printer_missing");
    }

    void simulatedPrinterFaults()
    {
        QFETCH(SimulatedDocumentPrinter::State, state);
        QFETCH(QString, code);
        SimulatedDocumentPrinter printer;
        printer.setState(state);
        auto outcome = printer.print(receipt());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, code);
        QVERIFY(!outcome.error().message.isEmpty());
        QVERIFY(printer.printed().isEmpty());
        // Paper loaded again: the next try prints.
        printer.setState(SimulatedDocumentPrinter::State::Ready);
        QVERIFY(printer.print(receipt()).ok());
    }

    void printersSayWhetherTheyCanPrint()
    {
        SimulatedDocumentPrinter simulated;
        QCOMPARE(simulated.status().state, DeviceStatus::State::Ready);
        simulated.setState(SimulatedDocumentPrinter::State::OutOfPaper);
        QCOMPARE(simulated.status().code, QStringLiteral("documents.printer_out_of_paper"));
        QVERIFY(!simulated.status().usable());

        QTemporaryDir dir;
        const QtDocumentPrinter none(QString(), dir.filePath(QStringLiteral("pdf")));
        QCOMPARE(none.status().state, DeviceStatus::State::Degraded); // PDFs instead of paper
        QVERIFY(none.status().usable());
        const QtDocumentPrinter absent(
            QStringLiteral("Canon-Nowhere"), dir.filePath(QStringLiteral("pdf")));
        QCOMPARE(absent.status().code, QStringLiteral("documents.printer_missing"));
        QVERIFY(!absent.status().usable());
        const QtDocumentPrinter unwritable(QString(), QStringLiteral("/proc/onewindow-pdf"));
        QVERIFY(!unwritable.status().usable());
    }

    void aSettingNamesThePrinter()
    {
        QTemporaryDir dir;
        auto out
            = DocumentPrinter::fromSetting(QStringLiteral("simulated:out-of-paper"), dir.path());
        QCOMPARE(out->status().code, QStringLiteral("documents.printer_out_of_paper"));
        QCOMPARE(out->deviceName(), QStringLiteral("simulated-printer"));
        auto queue = DocumentPrinter::fromSetting(QStringLiteral("Canon-Nowhere"), dir.path());
        QCOMPARE(queue->deviceName(), QStringLiteral("Canon-Nowhere"));
        QVERIFY(!SimulatedDocumentPrinter::stateFromSetting(QStringLiteral("simulated:jammed")));
        // An unknown simulated state is not a simulated printer: it is a queue that is not there.
        QVERIFY(!DocumentPrinter::fromSetting(QStringLiteral("simulated:jammed"), dir.path())
                     ->status()
                     .usable());
    }

    void emptyDocumentIsNotPrinted()
    {
        SimulatedDocumentPrinter printer;
        auto outcome = printer.print(PrintableDocument());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("documents.empty"));
    }
};

QTEST_MAIN(TestDocumentPrinter)
#include "tst_documentprinter.moc"
