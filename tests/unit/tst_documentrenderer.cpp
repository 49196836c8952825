#include "documentrenderer.h"
#include "fixtures/documenttools.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

// A4 PDFs with Chinese text: the text must come back out (pdftotext) and the QR code scan.
class TestDocumentRenderer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QByteArray m_qrData = "J440106-2019-012345|sha256:3f2a9c";

    PrintableDocument sample() const
    {
        PrintableDocument document(QStringLiteral("电子证照核验件"));
        document.addTitle(QStringLiteral("电子证照核验件"));
        document.addKeyValue(QStringLiteral("证照类型"), QStringLiteral("结婚证"));
        document.addKeyValue(QStringLiteral("证照编号"), QStringLiteral("J440106-2019-012345"));
        document.addKeyValue(QStringLiteral("发证机关"), QStringLiteral("广州市天河区民政局"));
        document.addParagraph(
            QStringLiteral("本核验件由一窗通自助终端打印，核验结果为：真实有效。"));
        document.addTable(
            { QStringLiteral("月份"), QStringLiteral("缴费基数"), QStringLiteral("状态") },
            { { QStringLiteral("2026-01"), QStringLiteral("5,284.00"), QStringLiteral("已缴") },
                { QStringLiteral("2026-02"), QStringLiteral("5,284.00") } });
        document.addQrCode(m_qrData, QStringLiteral("扫码核对证照编号与摘要"));
        document.addPageBreak();
        document.addHeading(QStringLiteral("第二页 说明"));
        document.addParagraph(QStringLiteral("Second page in English, wrapped if it needs to be."));
        return document;
    }

    QString writeSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = DocumentRenderer::writePdf(sample(), path);
        if (!written)
            qWarning() << written.error().code << written.error().message;
        return written ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pdfStartsAndEndsLikeAPdf()
    {
        auto pdf = DocumentRenderer::toPdf(sample());
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->trimmed().endsWith("%%EOF"));
    }

    void chineseTextExtracts()
    {
        if (!haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = writeSample(QStringLiteral("text.pdf"));
        QVERIFY(!path.isEmpty());
        int exitCode = 0;
        const QString text = pdfText(path, &exitCode);
        QCOMPARE(exitCode, 0);
        for (const QString &expected : { QStringLiteral("电子证照核验件"), QStringLiteral("结婚证"),
                 QStringLiteral("J440106-2019-012345"), QStringLiteral("广州市天河区民政局"),
                 QStringLiteral("缴费基数"), QStringLiteral("扫码核对证照编号与摘要"),
                 QStringLiteral("第二页"), QStringLiteral("Second page in English") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    }

    void pageBreakMakesTwoPages()
    {
        if (!haveTools({ QStringLiteral("pdfinfo") }))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString path = writeSample(QStringLiteral("pages.pdf"));
        int exitCode = 0;
        const QByteArray info = runTool(QStringLiteral("pdfinfo"), { path }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(info.contains("Pages:           2"), info.constData());
        QVERIFY2(info.contains("595.276 x 841.89") || info.contains("(A4)"), info.constData());
    }

    void qrCodeScans()
    {
        if (!haveTools({ QStringLiteral("pdftoppm"), QStringLiteral("zbarimg") }))
            QSKIP("pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed");
        const QString path = writeSample(QStringLiteral("qr.pdf"));
        int exitCode = 0;
        const QByteArray decoded = pdfQrCodes(path, QDir(m_dir.path()), &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(decoded, m_qrData);
    }

    void longDocumentFlowsOntoMorePages()
    {
        PrintableDocument document(QStringLiteral("long"));
        QList<QStringList> rows;
        for (int i = 0; i < 120; ++i)
            rows.append({ QString::number(i), QStringLiteral("养老保险"), QStringLiteral("已缴") });
        document.addTable(
            { QStringLiteral("#"), QStringLiteral("险种"), QStringLiteral("状态") }, rows);
        if (!haveTools({ QStringLiteral("pdfinfo") }))
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(DocumentRenderer::writePdf(document, path).ok());
        int exitCode = 0;
        const QByteArray info = runTool(QStringLiteral("pdfinfo"), { path }, &exitCode);
        QCOMPARE(exitCode, 0);
        // 121 rows of about 7 mm do not fit on one A4 page.
        QVERIFY2(info.contains("Pages:           3") || info.contains("Pages:           4"),
            info.constData());
    }

    void emptyDocumentIsRefused()
    {
        auto pdf = DocumentRenderer::toPdf(PrintableDocument(QStringLiteral("nothing")));
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, QStringLiteral("documents.empty"));
    }

    void badQrCodeFailsBeforePrinting()
    {
        PrintableDocument document(QStringLiteral("bad"));
        document.addTitle(QStringLiteral("x"));
        document.addQrCode(QByteArray(4000, 'z'), QString(), QrCode::ErrorCorrection::High);
        auto pdf = DocumentRenderer::toPdf(document);
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, QStringLiteral("documents.qr_too_long"));
    }

    void unwritablePathIsAnError()
    {
        const Status written
            = DocumentRenderer::writePdf(sample(), QStringLiteral("/nonexistent-dir/x/y.pdf"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("documents.cannot_write"));
    }
};

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
