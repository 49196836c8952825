// Identification at the kiosk through both card readers: the resident ID card and the social
// security card each start a session, and taking out the card ends it.
#include "citizendesk.h"
#include "citizensession.h"
#include "kioskvisit.h"
#include "languageswitcher.h"
#include "residentid.h"
#include "simulatedcardreader.h"
#include "uipreferences.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
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
        KioskVisit visit(session);
        CitizenDesk desk(session, visit);
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

    // Found in acceptance (32, 34): the tracking page kept a case on the screen for minutes,
    // because the countdown ran only for an identified citizen.
    void aPageLeftOpenCountsDownWithoutACitizen()
    {
        CitizenSession session;
        KioskVisit visit(session);
        CitizenDesk desk(session, visit, 90);
        QSignalSpy ended(&desk, &CitizenDesk::sessionEnded);
        QVERIFY(!desk.visitOpen());
        desk.setPageOpen(true);
        QVERIFY(desk.visitOpen());
        QVERIFY(!desk.active());
        desk.setIdleForTesting(80);
        QVERIFY(desk.warning());
        desk.setIdleForTesting(91);
        desk.checkIdle();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!desk.visitOpen());
        QVERIFY(!desk.farewell().isEmpty());
    }

    // Found in acceptance (76): the next person found the terminal in elderly mode.
    void theEndOfAVisitPutsModeAndLanguageBack()
    {
        CitizenSession session;
        KioskVisit visit(session);
        CitizenDesk desk(session, visit, 90);
        UiPreferences preferences(false);
        LanguageSwitcher languages(QStringLiteral("zh_CN"));
        desk.setPreferences(&preferences, &languages);
        QVERIFY(!desk.visitOpen());

        // Chosen on the home page before anyone is identified: the visit has begun.
        preferences.setElderlyMode(true);
        QVERIFY(desk.visitOpen());
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(session.begin(kId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        desk.finish();
        QVERIFY(!preferences.elderlyMode());
        QCOMPARE(languages.language(), languages.defaultLanguage());
        QVERIFY(!desk.visitOpen());

        // Nobody identified: the countdown brings the defaults back too.
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QVERIFY(desk.visitOpen());
        desk.setIdleForTesting(91);
        desk.checkIdle();
        QCOMPARE(languages.language(), languages.defaultLanguage());
        QVERIFY(!desk.visitOpen());
    }

    void aCardLeftInTheReaderIsRemindedOf()
    {
        QTemporaryDir dir;
        const QString idPath = dir.filePath(QStringLiteral("idcard.json"));
        CitizenSession session;
        KioskVisit visit(session);
        CitizenDesk desk(session, visit);
        auto idReader
            = SimulatedCardReader::fromSpec(CardKind::ResidentId, QStringLiteral("file:") + idPath);
        desk.setCardReader(idReader.get());
        QVERIFY(put(idPath, idCard()));
        QTRY_VERIFY(desk.active());
        QVERIFY(!desk.takeCardReminder());
        desk.finish();
        QVERIFY(!desk.active());
        QVERIFY(desk.takeCardReminder());
        QFile::remove(idPath);
        QTRY_VERIFY(!desk.takeCardReminder());

        // Taking the card out ends the session: nothing to remind of.
        QVERIFY(put(idPath, idCard()));
        QTRY_VERIFY(desk.active());
        QFile::remove(idPath);
        QTRY_VERIFY(!desk.active());
        QVERIFY(!desk.takeCardReminder());
    }
};

QTEST_MAIN(TestCitizenDesk)
#include "tst_citizendesk.moc"
