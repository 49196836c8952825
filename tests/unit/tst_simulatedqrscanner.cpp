// The simulated QR scanner, driven through a file and a local socket as the demo drives it.
#include "simulatedqrscanner.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return QFile::rename(path + QStringLiteral(".part"), path);
}

} // namespace

class TestSimulatedQrScanner : public QObject
{
    Q_OBJECT
private slots:
    void specs()
    {
        QVERIFY(SimulatedQrScanner::fromSpec(QStringLiteral("file:/tmp/x")));
        QVERIFY(SimulatedQrScanner::fromSpec(QStringLiteral("socket:ow-scan")));
        QVERIFY(!SimulatedQrScanner::fromSpec(QStringLiteral("usb:0")));
        QVERIFY(!SimulatedQrScanner::fromSpec(QStringLiteral("file:")));
        auto missing
            = SimulatedQrScanner::fromSpec(QStringLiteral("file:/no/such/folder/scan.txt"));
        QCOMPARE(missing->start().error().code, QStringLiteral("scanner.unavailable"));
        QCOMPARE(missing->status().code, QStringLiteral("devices.not_started"));
        QVERIFY(!missing->status().usable());
    }

    void aFileIsOneScan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.txt"));
        QVERIFY(writeFile(path, "OW1|stale|0000")); // left from before: not a scan
        auto scanner = SimulatedQrScanner::fromSpec(QStringLiteral("file:") + path);
        QSignalSpy scanned(scanner.get(), &QrScanner::scanned);
        QVERIFY(scanner->start().ok());
        QVERIFY(!QFile::exists(path));

        QVERIFY(writeFile(path, "OW1|GZTH0007-20261123-00427|AB12\n"));
        QVERIFY(scanned.wait(3000));
        QCOMPARE(
            scanned.first().first().toString(), QStringLiteral("OW1|GZTH0007-20261123-00427|AB12"));
        QTRY_VERIFY(!QFile::exists(path)); // consumed
        // The same code again is a second scan.
        QVERIFY(writeFile(path, "OW1|GZTH0007-20261123-00427|AB12"));
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 2, 3000);
        // Blank and oversized codes are not scans.
        QVERIFY(writeFile(path, "   \n"));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 3000);
        QVERIFY(writeFile(path, QByteArray(QrScanner::kMaxCodeLength + 10, 'x')));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 3000);
        QTest::qWait(200);
        QCOMPARE(scanned.size(), 2);
    }

    void aSocketLineIsOneScan()
    {
        const QString name
            = QStringLiteral("ow-qr-test-%1").arg(QCoreApplication::applicationPid());
        auto scanner = SimulatedQrScanner::fromSpec(QStringLiteral("socket:") + name);
        QSignalSpy scanned(scanner.get(), &QrScanner::scanned);
        QVERIFY(!scanner->status().usable()); // not started yet
        QVERIFY(scanner->start().ok());
        QCOMPARE(scanner->status().state, DeviceStatus::State::Ready);
        QVERIFY(scanner->deviceName().contains(name));
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("OW-SS1|S-1|GZ-TH-KIOSK-0001|ABCD\nOW1|GZTH0007-20261123-00427|AB12\n");
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 2, 3000);
        QCOMPARE(
            scanned.at(0).first().toString(), QStringLiteral("OW-SS1|S-1|GZ-TH-KIOSK-0001|ABCD"));
        // A line longer than any code drops the connection, not the scanner.
        socket.write(QByteArray(QrScanner::kMaxCodeLength * 2, 'y'));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QLocalSocket::UnconnectedState, 3000);
        QLocalSocket again;
        again.connectToServer(name);
        QVERIFY(again.waitForConnected(3000));
        again.write("hello\n");
        QVERIFY(again.waitForBytesWritten(3000));
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 3, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedQrScanner)
#include "tst_simulatedqrscanner.moc"
