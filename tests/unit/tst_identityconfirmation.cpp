// The face check that opens a citizen's records after a typed ID number, against a scripted hall
// over real mutual TLS: what is sent (never stored), what each answer does to the session, the
// attempt limit, and an answer that arrives after the citizen left.
#include "citizensession.h"
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "identityconfirmation.h"
#include "residentid.h"
#include "simulatedcamera.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

QString validId(const QString &first17) { return first17 + ResidentId::checkCharacter(first17); }

QByteArray answer(bool nameMatches, bool faceMatches)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("nameMatches"), nameMatches },
                             { QStringLiteral("faceMatches"), faceMatches } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestIdentityConfirmation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_pki;
    const QString m_id = validId(QStringLiteral("44010619580301123"));
    std::unique_ptr<ScriptedHall> m_hall;
    std::unique_ptr<HallClient> m_client;

    Status run(IdentityConfirmation &check)
    {
        std::optional<Status> result;
        check.confirmByFace([&](Status s) { result = s; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error { QStringLiteral("test.timeout"), QStringLiteral("no answer") };
        return *result;
    }

private slots:
    void initTestCase() { QVERIFY(ScriptedHall::makePki(m_pki.path())); }

    void init()
    {
        m_hall = std::make_unique<ScriptedHall>();
        QVERIFY(m_hall->listen(m_pki.path()));
        HallSettings settings;
        settings.url = m_hall->url();
        settings.caFile = m_pki.filePath(QStringLiteral("ca.pem"));
        settings.certFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        m_client = std::make_unique<HallClient>(settings);
    }

    void cleanup()
    {
        m_client.reset();
        m_hall.reset();
    }

    void aMatchingFaceAndNameOpenTheRecords()
    {
        CitizenSession session;
        SimulatedCamera camera;
        camera.setFaceOf(m_id);
        IdentityConfirmation check(m_client.get(), session, camera);
        QVERIFY(session.begin(m_id, QStringLiteral("张三丰"), IdentityProof::TypedNumber).ok());
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, answer(true, true) };
        };
        QVERIFY(run(check).ok());
        QVERIFY(session.recordsOpen());

        // What went to the hall: the path of the protocol, the body with the photo, the
        // attestation (nothing personal in the header or the URL).
        QCOMPARE(m_hall->requests.size(), 1);
        const ScriptedHall::Request &r = m_hall->requests.first();
        QCOMPARE(r.target, QByteArray("/api/v1/citizens/identity:confirm"));
        QVERIFY(!r.target.contains(m_id.toLatin1()));
        QVERIFY(!r.headers.value("x-citizen-session").contains(m_id.toLatin1()));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"idNumber").toString(), m_id);
        QCOMPARE(body.value(u"name").toString(), QStringLiteral("张三丰"));
        const QByteArray photo = QByteArray::fromBase64(body.value(u"photo").toString().toLatin1());
        QVERIFY(photo.contains(SimulatedCamera::faceToken(m_id)));
        QCOMPARE(camera.captures(), 1);
    }

    void aWrongNameOrFaceOpensNothingAndThreeFailuresCloseTheCheck()
    {
        CitizenSession session;
        SimulatedCamera camera;
        IdentityConfirmation check(m_client.get(), session, camera);
        QVERIFY(session.begin(m_id, QStringLiteral("王五"), IdentityProof::TypedNumber).ok());
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, answer(false, true) };
        };
        QCOMPARE(run(check).error().code, QStringLiteral("identity.name_mismatch"));
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 200, answer(true, false) };
        };
        QCOMPARE(run(check).error().code, QStringLiteral("identity.face_mismatch"));
        QVERIFY(!session.recordsOpen());
        QCOMPARE(run(check).error().code, QStringLiteral("identity.too_many_attempts"));
        // No fourth question to the hall.
        const qsizetype asked = m_hall->requests.size();
        QCOMPARE(run(check).error().code, QStringLiteral("identity.too_many_attempts"));
        QCOMPARE(m_hall->requests.size(), asked);
        QVERIFY(!session.recordsOpen());

        // The next citizen has every attempt again.
        QVERIFY(session.begin(m_id, QStringLiteral("张三丰"), IdentityProof::TypedNumber).ok());
        QCOMPARE(check.attemptsLeft(), IdentityConfirmation::kMaxAttempts);
    }

    void aRefusalOrNoPictureOpensNothing()
    {
        CitizenSession session;
        SimulatedCamera camera;
        IdentityConfirmation check(m_client.get(), session, camera);
        QVERIFY(session.begin(m_id, QStringLiteral("张三丰"), IdentityProof::TypedNumber).ok());
        m_hall->handler = [](const ScriptedHall::Request &) {
            return ScriptedHall::Reply { 403, "{\"code\":\"forbidden\",\"message\":\"no\"}" };
        };
        QCOMPARE(run(check).error().code, QStringLiteral("identity.hall_refused"));
        camera.setBehaviour(SimulatedCamera::Behaviour::NoImage);
        QVERIFY(!run(check).ok());
        QVERIFY(!session.recordsOpen());
        // Without a hall the check cannot be made at all.
        IdentityConfirmation offline(nullptr, session, camera);
        QCOMPARE(run(offline).error().code, QStringLiteral("identity.hall_needed"));
    }

    void anAnswerForACitizenWhoLeftConfirmsNobody()
    {
        CitizenSession session;
        SimulatedCamera camera;
        IdentityConfirmation check(m_client.get(), session, camera);
        QVERIFY(session.begin(m_id, QStringLiteral("张三丰"), IdentityProof::TypedNumber).ok());
        m_hall->handler = [&](const ScriptedHall::Request &) {
            // The citizen walks away and the next one types the same number while the hall
            // looks: the answer belongs to the first visit.
            session.end(CitizenSession::EndReason::Finished);
            (void)session.begin(m_id, QStringLiteral("王五"), IdentityProof::TypedNumber);
            return ScriptedHall::Reply { 200, answer(true, true) };
        };
        QCOMPARE(run(check).error().code, QStringLiteral("identity.session_ended"));
        QVERIFY(!session.recordsOpen());
    }

    // A card already opens the records; a principal is not in front of the camera.
    void nothingToCheckForACardOrAPrincipal()
    {
        CitizenSession session;
        SimulatedCamera camera;
        IdentityConfirmation check(m_client.get(), session, camera);
        QVERIFY(session.begin(m_id, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard).ok());
        QVERIFY(run(check).ok());
        QVERIFY(m_hall->requests.isEmpty());
        QVERIFY(session
                    .setPrincipal(validId(QStringLiteral("44010619850712456")),
                        QStringLiteral("李四"), IdentityProof::TypedNumber, true)
                    .ok());
        QCOMPARE(run(check).error().code, QStringLiteral("identity.needs_confirmation"));
        QVERIFY(m_hall->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdentityConfirmation)
#include "tst_identityconfirmation.moc"
