#include "certificateverifier.h"
#include "documentrenderer.h"
#include "fixtures/documenttools.h"
#include "fixtures/ecertfactory.h"
#include "verifiedcopy.h"

#include <QTest>
#include <QTimeZone>

using namespace onewindow;
using namespace onewindow::testing;

// The printed verified copy: its text extracts and its QR code carries number and payload hash.
class TestVerifiedCopy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CertificateVerification m_genuine;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ECertFactory factory(m_dir.path());
        QVERIFY(factory.makeKey(QStringLiteral("sm2"), QStringLiteral("SM2")));
        TrustSnapshot trust;
        trust.issuers.insert(QStringLiteral("gd-mzj-2026"),
            { QStringLiteral("gd-mzj-2026"), QStringLiteral("SM2-SM3"),
                factory.publicKey(QStringLiteral("sm2")), QStringLiteral("hall") });
        const QByteArray envelope
            = factory.signedEnvelope(QStringLiteral("sm2"), QStringLiteral("gd-mzj-2026"),
                ECertFactory::payload(
                    QStringLiteral("440106199001011235"), QStringLiteral("J440106-2019-012345")),
                true);
        m_genuine
            = CertificateVerifier(trust).verify(envelope, QStringLiteral("440106199001011235"),
                QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone("Asia/Shanghai")));
        QVERIFY(m_genuine.isGenuine());
    }

    void qrContentHasNumberAndHash()
    {
        const QByteArray content = VerifiedCopy::qrContent(m_genuine);
        QVERIFY(content.contains("J440106-2019-012345"));
        QVERIFY(content.contains(m_genuine.payloadSha256Hex));
        QVERIFY(!content.contains("440106199001011235")); // nothing personal in the code
    }

    void notGenuineHasNoCopy()
    {
        CertificateVerification bad;
        QCOMPARE(VerifiedCopy::compose(bad, QStringLiteral("GZ-TH-KIOSK-0007")).error().code,
            QStringLiteral("ecert.no_copy"));
    }

    void pdfTextAndQrCode()
    {
        if (!haveTools({ QStringLiteral("pdftotext"), QStringLiteral("pdftoppm"),
                QStringLiteral("zbarimg") }))
            QSKIP("poppler-utils or zbar-tools is not installed");
        auto document = VerifiedCopy::compose(m_genuine, QStringLiteral("GZ-TH-KIOSK-0007"));
        QVERIFY(document.ok());
        const QString path = m_dir.filePath(QStringLiteral("copy.pdf"));
        QVERIFY(DocumentRenderer::writePdf(document.value(), path).ok());
        int exitCode = 0;
        const QString text = pdfText(path, &exitCode);
        QCOMPARE(exitCode, 0);
        for (const QString &expected :
            { QStringLiteral("结婚证"), QStringLiteral("J440106-2019-012345"),
                QStringLiteral("GZ-TH-KIOSK-0007"), QStringLiteral("2026-11-23 09:30"),
                QStringLiteral("李四"), QStringLiteral("SM2-SM3"),
                QString::fromLatin1(m_genuine.payloadSha256Hex.left(8) + ' '
                    + m_genuine.payloadSha256Hex.mid(8, 8)) })
            QVERIFY2(text.contains(expected),
                qPrintable(expected + QStringLiteral(" missing in ") + text));
        QCOMPARE(
            pdfQrCodes(path, QDir(m_dir.path()), &exitCode), VerifiedCopy::qrContent(m_genuine));
    }
};

QTEST_MAIN(TestVerifiedCopy)
#include "tst_verifiedcopy.moc"
