// Identification at the kiosk through both card readers: the resident ID card and the social
// security card each start a session, and taking out the card ends it.
#include "citizendesk.h"
#include "citizensession.h"
#include "residentid.h"
#include "simulatedcardreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

const QString kId = QStringLiteral("44010619580301123")
    + ResidentId::checkCharacter(QStringLiteral("44010619580301123"));

bool put(const QString &path, const QJsonObject &card)
{
    QFile f(path + QStringLiteral(".part"));
    const QByteArray data = QJsonDocument(card).toJson(QJsonDocument::Compact);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return QFile::rename(path + QStringLiteral(".part"), path);
}

QJsonObject socialSecurityCard()
{
    return { { QStringLiteral("type"), QStringLiteral("social_security") },
        { QStringLiteral("cardNumber"), QStringLiteral("G44010012") },
        { QStringLiteral("idNumber"), kId }, { QStringLiteral("name"), QStringLiteral("张三丰") },
        { QStringLiteral("issuingRegion"), QStringLiteral("广州市") },
        { QStringLiteral("validUntil"), QStringLiteral("2035-05-01") } };
}

QJsonObject idCard()
{
    return { { QStringLiteral("type"), QStringLiteral("resident_id") },
        { QStringLiteral("name"), QStringLiteral("张三丰") },
        { QStringLiteral("sex"), QStringLiteral("男") },
        { QStringLiteral("ethnicity"), QStringLiteral("汉") },
        { QStringLiteral("birthDate"), QStringLiteral("1958-03-01") },
        { QStringLiteral("address"), QStringLiteral("广东省广州市天河区体育西路1号") },
        { QStringLiteral("idNumber"), kId },
        { QStringLiteral("issuingAuthority"), QStringLiteral("广州市公安局天河分局") },
        { QStringLiteral("validFrom"), QStringLiteral("2020-01-01") },
        { QStringLiteral("validUntil"), QStringLiteral("2040-01-01") } };
}

} // namespace

class TestCitizenDesk : public QObject
{
    Q_OBJECT
private slots:
    void eitherCardIdentifiesAndItsRemovalEndsTheSession()
    {
        QTemporaryDir dir;
        const QString idPath = dir.filePath(QStringLiteral("idcard.json"));
        const QString ssPath = dir.filePath(QStringLiteral("sscard.json"));
        CitizenSession session;
        CitizenDesk desk(session);
        auto idReader
            = SimulatedCardReader::fromSpec(CardKind::ResidentId, QStringLiteral("file:") + idPath);
        auto ssReader = SimulatedCardReader::fromSpec(
            CardKind::SocialSecurity, QStringLiteral("file:") + ssPath);
        desk.setCardReader(idReader.get());
        desk.setSocialSecurityCardReader(ssReader.get());
        QSignalSpy ended(&desk, &CitizenDesk::sessionEnded);

        QVERIFY(put(ssPath, socialSecurityCard()));
        QTRY_VERIFY(desk.active());
        QCOMPARE(session.applicant()->proof, IdentityProof::SocialSecurityCard);
        QVERIFY(desk.identifiedByCard());
        QVERIFY(desk.banner().contains(QStringLiteral("张**")));
        QVERIFY(!desk.banner().contains(kId));

        QFile::remove(ssPath);
        QTRY_COMPARE(ended.size(), 1);
        QVERIFY(!desk.active());

        // The resident ID card on its reader: a session of its own, ended by its removal.
        QVERIFY(put(idPath, idCard()));
        QTRY_VERIFY(desk.active());
        QCOMPARE(session.applicant()->proof, IdentityProof::ResidentIdCard);
        QFile::remove(idPath);
        QTRY_COMPARE(ended.size(), 2);

        // A card of the wrong kind on the social security reader is refused with a message.
        QVERIFY(put(ssPath, idCard()));
        QTRY_VERIFY(!desk.problem().isEmpty());
        QVERIFY(!desk.active());
    }
};

QTEST_MAIN(TestCitizenDesk)
#include "tst_citizendesk.moc"
