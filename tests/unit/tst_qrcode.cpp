#include "qrcode.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

// The symbols must read back with a real scanner (zbarimg), not only match libqrencode's view.
class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void versionOneForShortText()
    {
        auto code = QrCode::encode("HELLO", QrCode::ErrorCorrection::Low);
        QVERIFY(code.ok());
        QCOMPARE(code->version(), 1);
        QCOMPARE(code->size(), 21);
        // Finder pattern corners are dark; outside the symbol is the light quiet zone.
        QVERIFY(code->isDark(0, 0));
        QVERIFY(code->isDark(20, 0));
        QVERIFY(code->isDark(0, 20));
        QVERIFY(!code->isDark(-1, 0));
        QVERIFY(!code->isDark(21, 21));
    }

    void higherLevelNeedsMoreModules()
    {
        const QByteArray data(120, 'x');
        auto low = QrCode::encode(data, QrCode::ErrorCorrection::Low);
        auto high = QrCode::encode(data, QrCode::ErrorCorrection::High);
        QVERIFY(low.ok() && high.ok());
        QVERIFY(high->size() > low->size());
    }

    void emptyIsRefused()
    {
        auto code = QrCode::encode({}, QrCode::ErrorCorrection::Medium);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, QStringLiteral("documents.qr_empty"));
        QVERIFY(!code.error().message.isEmpty());
    }

    void tooLongIsRefused()
    {
        auto code = QrCode::encode(QByteArray(3000, 'a'), QrCode::ErrorCorrection::High);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, QStringLiteral("documents.qr_too_long"));
    }

    void imageHasQuietZone()
    {
        auto code = QrCode::encode("quiet", QrCode::ErrorCorrection::Medium);
        QVERIFY(code.ok());
        const QImage image = code->toImage(5);
        QCOMPARE(image.width(), (code->size() + 2 * QrCode::kQuietZoneModules) * 5);
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        const int firstModule = QrCode::kQuietZoneModules * 5 + 2;
        QCOMPARE(image.pixelColor(firstModule, firstModule), QColor(Qt::black));
    }

    void zbarReadsItBack()
    {
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        const QByteArray data = "J440106-2019-012345|sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        auto code = QrCode::encode(data, QrCode::ErrorCorrection::Medium);
        QVERIFY(code.ok());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(code->toImage(6).save(png));
        QProcess process;
        process.start(zbar, { QStringLiteral("--raw"), QStringLiteral("-q"), png });
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput().trimmed(), data);
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
