// The acceptance receipt as a real PDF: pdftotext reads back what it says (in Chinese), zbarimg
// reads its QR code, and the tracking page accepts what the code carries. What it says is for
// people: catalog names, never codes, and one row for one certificate.
#include "casetracker.h"
#include "catalogtestsupport.h"
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "pinyintranscriber.h"
#include "receiptdocument.h"
#include "receiptnumber.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

    // As the kiosk files it (ApplicationDesk::application): codes, one record per field used and
    // per paper replaced, and one ID card providing the same material for both items.
    FiledApplication filedWithCodes() const
    {
        FiledApplication f = filed();
        const QString type = QStringLiteral("RESIDENT_ID");
        const QString number = QStringLiteral("440106195803011237");
        f.materials
            = { { QStringLiteral("SB-001"), QStringLiteral("M1"), QStringLiteral("居民身份证"),
                    true, MaterialProvision::Way::Certificate, type, number },
                  { QStringLiteral("SB-002"), QStringLiteral("M1"), QStringLiteral("居民身份证"),
                      true, MaterialProvision::Way::Certificate, type, number },
                  { QStringLiteral("SB-002"), QStringLiteral("M2"),
                      QStringLiteral("近期一寸免冠彩色照片"), true, MaterialProvision::Way::Paper,
                      {}, {} } };
        const QString replaces = QStringLiteral("代替纸质材料“居民身份证”");
        f.dataUse = { { type, number, { QStringLiteral("RESIDENT_ID.holderName") },
                          QStringLiteral("预填表单") },
            { type, number, { QStringLiteral("RESIDENT_ID.number") }, QStringLiteral("预填表单") },
            { type, number, {}, replaces }, { type, number, {}, replaces } };
        return f;
    }

    static ReceiptContext context()
    {
        ReceiptContext c;
        c.terminalId = QStringLiteral("GZ-TH-KIOSK-0007");
        c.townHall = QStringLiteral("天河区政务服务中心");
        c.departmentNames
            = { { QStringLiteral("GD-RSJ"), QStringLiteral("人力资源和社会保障局") } };
        return c;
    }

    static const PrintableDocument::Block *table(const PrintableDocument &doc, const QString &first)
    {
        for (const PrintableDocument::Block &b : doc.blocks())
            if (b.kind == PrintableDocument::Block::Kind::Table && b.headers.value(0) == first)
                return &b;
        return nullptr;
    }

    // Everything the receipt prints, block by block and cell by cell.
    static QStringList printed(const PrintableDocument &doc)
    {
        QStringList out;
        for (const PrintableDocument::Block &b : doc.blocks()) {
            out << b.text << b.value << b.headers;
            for (const QStringList &row : b.rows)
                out << row;
        }
        return out;
    }

private slots:
    void pdfSaysEverythingAndTheQrCodeTracks()
    {
        if (!haveTools({ QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"),
                QStringLiteral("zbarimg") }))
            QSKIP("poppler-utils and zbar-tools are needed (packaging/install-deps.sh)");
        QTemporaryDir dir;
        const FiledApplication f = filed();
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(DocumentRenderer::writePdf(ReceiptDocument::build(f, context()), pdf).ok());

        int exit = 0;
        const QString text = pdfText(pdf, &exit);
        QCOMPARE(exit, 0);
        for (const QString &expected :
            { f.receiptNumber, QStringLiteral("社会保障卡挂失"), QStringLiteral("社会保障卡补换"),
                QStringLiteral("2026年11月30日"), QStringLiteral("人力资源和社会保障局"),
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

    void noCodesOnTheReceipt()
    {
        ReceiptContext c = context();
        c.certificateNames = { { QStringLiteral("RESIDENT_ID"), QStringLiteral("居民身份证") } };
        c.fieldLabels = { { QStringLiteral("RESIDENT_ID.holderName"), QStringLiteral("姓名") },
            { QStringLiteral("RESIDENT_ID.number"), QStringLiteral("公民身份号码") } };
        const PrintableDocument doc = ReceiptDocument::build(filedWithCodes(), c);
        for (const QString &cell : printed(doc))
            for (const QString &code :
                { QStringLiteral("RESIDENT_ID"), QStringLiteral("holderName"),
                    QStringLiteral(".number"), QStringLiteral("440106195803011237") })
                QVERIFY2(!cell.contains(code), qPrintable(cell));
        const PrintableDocument::Block *uses = table(doc, QStringLiteral("Document"));
        QVERIFY(uses);
        QCOMPARE(uses->rows.value(0).value(0), QStringLiteral("居民身份证"));
        QVERIFY2(uses->rows.value(0).value(1).contains(QStringLiteral("姓名")),
            qPrintable(uses->rows.value(0).join(u'|')));
        QVERIFY(uses->rows.value(0).value(1).contains(QStringLiteral("公民身份号码")));

        // Without the catalog's words, plain ones: still no code.
        const PrintableDocument plain = ReceiptDocument::build(filedWithCodes(), context());
        for (const QString &cell : printed(plain))
            QVERIFY2(!cell.contains(QStringLiteral("RESIDENT_ID")), qPrintable(cell));
        const PrintableDocument::Block *plainUses = table(plain, QStringLiteral("Document"));
        QVERIFY(plainUses);
        QCOMPARE(plainUses->rows.value(0).value(0), QStringLiteral("e-certificate"));
        QVERIFY(plainUses->rows.value(0).value(1).contains(QStringLiteral("name")));
        QVERIFY(plainUses->rows.value(0).value(1).contains(QStringLiteral("certificate number")));
    }

    void oneRowForOneCertificate()
    {
        const PrintableDocument doc = ReceiptDocument::build(filedWithCodes(), context());
        // The ID card is one document: one row, for both items, every use said once.
        const PrintableDocument::Block *uses = table(doc, QStringLiteral("Document"));
        QVERIFY(uses);
        QCOMPARE(uses->rows.size(), 1);
        const QString why = uses->rows.first().value(2);
        QCOMPARE(why.count(QStringLiteral("预填表单")), 1);
        QCOMPARE(why.count(QStringLiteral("代替纸质材料“居民身份证”")), 1);

        const PrintableDocument::Block *materials = table(doc, QStringLiteral("Material"));
        QVERIFY(materials);
        QCOMPARE(materials->rows.size(), 2);
        const QStringList card = materials->rows.first();
        QCOMPARE(card.value(0), QStringLiteral("居民身份证"));
        QVERIFY2(card.value(1).contains(QStringLiteral("社会保障卡挂失"))
                && card.value(1).contains(QStringLiteral("社会保障卡补换")),
            qPrintable(card.join(u'|')));
        // Paper is counted as before: one photo still to hand in.
        QCOMPARE(materials->rows.last().value(0), QStringLiteral("近期一寸免冠彩色照片"));
    }

    void catalogGivesTheNames()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("receipt.sqlite")));
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        QVERIFY(catalogtest::applyWithoutSignature(
            *db.value(), store, catalogtest::bytes(catalogtest::catalog(QStringLiteral("1"))))
                    .ok());
        ReceiptContext c = context();
        c.departmentNames.clear();
        ReceiptDocument::addCatalogNames(c, store, filedWithCodes());
        QCOMPARE(c.departmentNames.value(QStringLiteral("GD-RSJ")),
            QStringLiteral("人力资源和社会保障局"));
        QCOMPARE(
            c.certificateNames.value(QStringLiteral("RESIDENT_ID")), QStringLiteral("居民身份证"));
        QCOMPARE(
            c.fieldLabels.value(QStringLiteral("RESIDENT_ID.holderName")), QStringLiteral("姓名"));
    }

    // The receipt as the kiosk prints it in Chinese: pdftotext gives back the characters shown
    // (一, 受理, the item's name), not the radicals that share their glyphs.
    void chineseReceiptExtractsAsShown()
    {
        if (!haveTools({ QStringLiteral("pdftotext") }))
            QSKIP("pdftotext (poppler-utils) is needed: packaging/install-deps.sh");
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/onewindow_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
        ReceiptContext c = context();
        c.certificateNames = { { QStringLiteral("RESIDENT_ID"), QStringLiteral("居民身份证") } };
        const Status written
            = DocumentRenderer::writePdf(ReceiptDocument::build(filedWithCodes(), c), pdf);
        QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(before);
        QVERIFY(written.ok());
        int exit = 0;
        const QString text = pdfText(pdf, &exit).remove(u'\n');
        QCOMPARE(exit, 0);
        for (const QString &expected : { QStringLiteral("受理回执"), QStringLiteral("回执编号"),
                 QStringLiteral("社会保障卡挂失"), QStringLiteral("近期一寸免冠彩色照片"),
                 QStringLiteral("人力资源和社会保障局"), QStringLiteral("天河区政务服务中心") })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("RESIDENT_ID")));
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
