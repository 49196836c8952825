// The simulated card readers, driven through a file and a local socket as the demo drives them.
#include "carddocument.h"
#include "simulatedcardreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

Q_DECLARE_METATYPE(onewindow::CardContents)
Q_DECLARE_METATYPE(onewindow::Error)

namespace {

const QDate kToday(2024, 6, 3);

QByteArray idCard(const QString &number = QStringLiteral("11010519491231002X"),
    const QString &until = QStringLiteral("2030-01-01"))
{
    const QJsonObject card { { QStringLiteral("type"), QStringLiteral("resident_id") },
        { QStringLiteral("name"), QStringLiteral("李秀英") },
        { QStringLiteral("sex"), QStringLiteral("女") },
        { QStringLiteral("ethnicity"), QStringLiteral("汉") },
        { QStringLiteral("birthDate"), QStringLiteral("1949-12-31") },
        { QStringLiteral("address"), QStringLiteral("广东省广州市天河区体育西路1号") },
        { QStringLiteral("idNumber"), number },
        { QStringLiteral("issuingAuthority"), QStringLiteral("广州市公安局天河分局") },
        { QStringLiteral("validFrom"), QStringLiteral("2010-01-01") },
        { QStringLiteral("validUntil"), until } };
    return QJsonDocument(card).toJson(QJsonDocument::Compact);
}

QByteArray socialSecurityCard()
{
    const QJsonObject card { { QStringLiteral("type"), QStringLiteral("social_security") },
        { QStringLiteral("cardNumber"), QStringLiteral("G44010012") },
        { QStringLiteral("idNumber"), QStringLiteral("11010519491231002X") },
        { QStringLiteral("name"), QStringLiteral("李秀英") },
        { QStringLiteral("issuingRegion"), QStringLiteral("广州市") },
        { QStringLiteral("validUntil"), QStringLiteral("2029-05-01") } };
    return QJsonDocument(card).toJson(QJsonDocument::Compact);
}

const QByteArray kRemoved = "{\"type\":\"removed\"}";

bool writeFile(const QString &path, const QByteArray &data)
{
    // Written aside and renamed, as a careful writer (and the demo script) does.
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    QFile::remove(path);
    return QFile::rename(path + QStringLiteral(".part"), path);
}

} // namespace

class TestSimulatedCardReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<onewindow::CardContents>();
        qRegisterMetaType<onewindow::Error>();
    }

    void documentChecksWhatTheChipSays_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("good id card") << idCard() << int(CardKind::ResidentId) << QString();
        QTest::newRow("long-term id card")
            << idCard(QStringLiteral("11010519491231002X"), QStringLiteral("长期"))
            << int(CardKind::ResidentId) << QString();
        QTest::newRow("good sscard")
            << socialSecurityCard() << int(CardKind::SocialSecurity) << QString();
        QTest::newRow("wrong check digit")
            << idCard(QStringLiteral("110105194912310021")) << int(CardKind::ResidentId)
            << QStringLiteral("card.unreadable");
        QTest::newRow("expired") << idCard(
            QStringLiteral("11010519491231002X"), QStringLiteral("2020-01-01"))
                                 << int(CardKind::ResidentId) << QStringLiteral("card.expired");
        QTest::newRow("sscard on id reader") << socialSecurityCard() << int(CardKind::ResidentId)
                                             << QStringLiteral("card.wrong_reader");
        QTest::newRow("not json") << QByteArray("\x01\x02garbage") << int(CardKind::ResidentId)
                                  << QStringLiteral("card.unreadable");
        QTest::newRow("too long") << QByteArray(CardDocument::kMaxSize + 1, '{')
                                  << int(CardKind::ResidentId) << QStringLiteral("card.unreadable");
        QTest::newRow("sql in name")
            << QByteArray("{\"type\":\"resident_id\",\"name\":\"x'); DROP TABLE citizens;--\"}")
            << int(CardKind::ResidentId) << QStringLiteral("card.unreadable");
    }
    void documentChecksWhatTheChipSays()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const auto card = CardDocument::parse(json, CardKind(kind), kToday);
        if (code.isEmpty()) {
            QVERIFY2(card.ok(), qPrintable(card ? QString() : card.error().message));
        } else {
            QVERIFY(!card.ok());
            QCOMPARE(card.error().code, code);
            // The citizen is told what to do, and the number is not repeated back.
            QVERIFY(!card.error().message.isEmpty());
            QVERIFY(!card.error().message.contains(QStringLiteral("11010519491231")));
        }
    }

    void fileCardComesAndGoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("id-card.json"));
        auto reader
            = SimulatedCardReader::fromSpec(CardKind::ResidentId, QStringLiteral("file:") + path);
        QVERIFY(reader);
        reader->setToday(kToday);
        QSignalSpy read(reader.get(), &CardReader::cardRead);
        QSignalSpy removed(reader.get(), &CardReader::cardRemoved);
        QSignalSpy failed(reader.get(), &CardReader::readFailed);
        QVERIFY(reader->start().ok());
        QVERIFY(reader->deviceName().contains(QStringLiteral("simulated")));

        QVERIFY(writeFile(path, idCard()));
        QTRY_COMPARE(read.count(), 1);
        const auto card = std::get<ResidentIdCard>(read.first().first().value<CardContents>());
        QCOMPARE(card.name, QStringLiteral("李秀英"));
        QCOMPARE(card.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(card.birthDate, QDate(1949, 12, 31));

        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.count(), 1);

        QVERIFY(writeFile(
            path, idCard(QStringLiteral("11010519491231002X"), QStringLiteral("2020-01-01"))));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, QStringLiteral("card.expired"));
        QCOMPARE(read.count(), 1);
    }

    void cardAlreadyInAtStartIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ss-card.json"));
        QVERIFY(writeFile(path, socialSecurityCard()));
        SimulatedCardReader reader(
            CardKind::SocialSecurity, SimulatedCardReader::Source::File, path);
        reader.setToday(kToday);
        QSignalSpy read(&reader, &CardReader::cardRead);
        QVERIFY(reader.start().ok());
        QCOMPARE(read.count(), 1);
        QCOMPARE(
            std::get<SocialSecurityCard>(read.first().first().value<CardContents>()).cardNumber,
            QStringLiteral("G44010012"));
    }

    void refusesAFolderThatDoesNotExist()
    {
        SimulatedCardReader reader(CardKind::ResidentId, SimulatedCardReader::Source::File,
            QStringLiteral("/nonexistent-onewindow/card.json"));
        const Status started = reader.start();
        QCOMPARE(started.error().code, QStringLiteral("card.reader_unavailable"));
        QVERIFY(!SimulatedCardReader::fromSpec(CardKind::ResidentId, QStringLiteral("usb:1")));
    }

    void socketCardsLineByLine()
    {
        const QString name
            = QStringLiteral("onewindow-test-reader-%1").arg(QCoreApplication::applicationPid());
        auto reader
            = SimulatedCardReader::fromSpec(CardKind::ResidentId, QStringLiteral("socket:") + name);
        reader->setToday(kToday);
        QSignalSpy read(reader.get(), &CardReader::cardRead);
        QSignalSpy removed(reader.get(), &CardReader::cardRemoved);
        QSignalSpy failed(reader.get(), &CardReader::readFailed);
        QVERIFY(reader->start().ok());

        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(3000));
        socket.write(idCard() + "\n" + kRemoved + "\n" + socialSecurityCard() + "\n");
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_COMPARE(read.count(), 1);
        QTRY_COMPARE(removed.count(), 1);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, QStringLiteral("card.wrong_reader"));

        // A sender that never ends its line is cut off; the reader goes on.
        socket.write(QByteArray(CardDocument::kMaxSize * 2, 'x'));
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QLocalSocket second;
        second.connectToServer(name);
        QVERIFY(second.waitForConnected(3000));
        second.write(idCard() + "\n");
        QTRY_COMPARE(read.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedCardReader)
#include "tst_simulatedcardreader.moc"
