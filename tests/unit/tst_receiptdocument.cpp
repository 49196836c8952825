// The acceptance receipt as a real PDF: pdftotext reads back what it says (in Chinese), zbarimg
// reads its QR code, and the tracking page accepts what the code carries.
#include "casetracker.h"
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "receiptdocument.h"
#include "receiptnumber.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

class TestReceiptDocument : public QObject
{
    Q_OBJECT

    FiledApplication filed() const
    {
        FiledApplication f;
        f.groupId = QStringLiteral("g-1");
        f.receiptNumber
            = ReceiptNumber::make(QStringLiteral("GZTH0007"), QDate(2026, 11, 23), 42)->text();
        f.filingTerminal = QStringLiteral("GZ-TH-KIOSK-0007");
        f.submittedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 30), Qt::UTC);
        f.subjectMasked = QStringLiteral("李*");
        f.applicantMasked = QStringLiteral("陈**");
        f.principalMasked = QStringLiteral("李*");
        FiledCase a;
        a.itemCode = QStringLiteral("SB-001");
        a.itemName = QStringLiteral("社会保障卡挂失");
        a.department = QStringLiteral("GD-RSJ");
        a.promisedDays = 0;
        a.dueDate = QDate(2026, 11, 23);
        FiledCase b = a;
        b.itemCode = QStringLiteral("SB-002");
        b.itemName = QStringLiteral("社会保障卡补换");
        b.promisedDays = 5;
        b.dueDate = QDate(2026, 11, 30);
        f.cases = { a, b };
        f.materials = { { QStringLiteral("SB-001"), QStringLiteral("M1"),
                            QStringLiteral("居民身份证"), true, MaterialProvision::Way::Certificate,
                            QStringLiteral("RESIDENT_ID"), QStringLiteral("RID-1") },
            { QStringLiteral("SB-002"), QStringLiteral("M2"),
                QStringLiteral("近期一寸免冠彩色照片"), true, MaterialProvision::Way::Paper, {},
                {} } };
        f.dataUse = { { QStringLiteral("居民身份证"), QStringLiteral("RID-1"),
            { QStringLiteral("RESIDENT_ID.holderName") }, QStringLiteral("预填表单") } };
        return f;
    }

private slots:
    void pdfSaysEverythingAndTheQrCodeTracks()
    {
        if (!haveTools({ QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"),
                QStringLiteral("zbarimg") }))
            QSKIP("poppler-utils and zbar-tools are needed (packaging/install-deps.sh)");
        QTemporaryDir dir;
        const FiledApplication f = filed();
        ReceiptContext context { QStringLiteral("GZ-TH-KIOSK-0007"),
            QStringLiteral("天河区政务服务中心"),
            { { QStringLiteral("GD-RSJ"), QStringLiteral("人力资源和社会保障局") } }, {} };
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(DocumentRenderer::writePdf(ReceiptDocument::build(f, context), pdf).ok());

        int exit = 0;
        const QString text = pdfText(pdf, &exit);
        QCOMPARE(exit, 0);
        for (const QString &expected :
            { f.receiptNumber, QStringLiteral("社会保障卡挂失"), QStringLiteral("社会保障卡补换"),
                QStringLiteral("2026-11-30"), QStringLiteral("人力资源和社会保障局"),
                QStringLiteral("陈**"), QStringLiteral("李*"),
                QStringLiteral("近期一寸免冠彩色照片"), QStringLiteral("天河区政务服务中心") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));

        const QByteArray codes = pdfQrCodes(pdf, QDir(dir.path()), &exit);
        QCOMPARE(exit, 0);
        const QByteArray payload = ReceiptDocument::qrPayload(f);
        QVERIFY2(codes.split('\n').contains(payload), codes.constData());
        QCOMPARE(CaseTracker::receiptFromScan(QString::fromLatin1(payload)), f.receiptNumber);
    }

    void checkValueDependsOnTheFilingTime()
    {
        const FiledApplication f = filed();
        const QString check = ReceiptDocument::checkValue(f.receiptNumber, f.submittedAt);
        QCOMPARE(check.size(), 10);
        QVERIFY(check != ReceiptDocument::checkValue(f.receiptNumber, f.submittedAt.addSecs(1)));
    }
};

QTEST_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
