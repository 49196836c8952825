#include "certificateverifier.h"
#include "fixtures/ecertfactory.h"
#include "signatureverifier.h"

#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

// Every outcome of shared/formats/e-certificate.md with envelopes the openssl CLI signed.
class TestCertificateVerifier : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ECertFactory> m_factory;
    TrustSnapshot m_trust;
    const QString m_holder = QStringLiteral("440106199001011235");
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0));

    CertificateVerification check(const QByteArray &envelope, const QString &holder = {})
    {
        return CertificateVerifier(m_trust).verify(envelope, holder, m_now);
    }

    QByteArray genuineSm2(const QJsonObject &payload)
    {
        return m_factory->signedEnvelope(
            QStringLiteral("sm2"), QStringLiteral("gd-mzj-sm2"), payload, true);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_factory = std::make_unique<ECertFactory>(m_dir.path());
        QVERIFY(m_factory->makeKey(QStringLiteral("sm2"), QStringLiteral("SM2")));
        QVERIFY(m_factory->makeKey(QStringLiteral("p256"), QStringLiteral("prime256v1")));
        m_trust.issuers.insert(QStringLiteral("gd-mzj-sm2"),
            { QStringLiteral("gd-mzj-sm2"), QStringLiteral("SM2-SM3"),
                m_factory->publicKey(QStringLiteral("sm2")), QStringLiteral("local") });
        m_trust.issuers.insert(QStringLiteral("gd-scjg-p256"),
            { QStringLiteral("gd-scjg-p256"), QStringLiteral("ES256"),
                m_factory->publicKey(QStringLiteral("p256")), QStringLiteral("local") });
        m_trust.revoked.insert(TrustSnapshot::revocationKey(
            QStringLiteral("gd-mzj-sm2"), QStringLiteral("J-REVOKED")));
        m_trust.version = 7;
    }

    void genuineSm2AndEs256()
    {
        const QJsonObject payload
            = ECertFactory::payload(m_holder, QStringLiteral("J440106-2019-012345"));
        auto sm2 = check(genuineSm2(payload), m_holder);
        QCOMPARE(sm2.outcome, CertificateOutcome::Genuine);
        QCOMPARE(sm2.reasonCode, QStringLiteral("ecert.genuine"));
        QVERIFY(sm2.payload.has_value());
        QCOMPARE(sm2.payload->holderName, QStringLiteral("张三"));
        QCOMPARE(sm2.payload->field(QStringLiteral("spouseName")).value(), QStringLiteral("李四"));
        QCOMPARE(sm2.payload->field(QStringLiteral("number")).value(),
            QStringLiteral("J440106-2019-012345"));
        QCOMPARE(sm2.payloadSha256Hex.size(), 64);
        QCOMPARE(sm2.trustVersion, qint64(7));

        auto es = check(m_factory->signedEnvelope(
                            QStringLiteral("p256"), QStringLiteral("gd-scjg-p256"), payload, false),
            m_holder);
        QCOMPARE(es.outcome, CertificateOutcome::Genuine);
        // Without a holder to compare with (onewindowctl without --holder) it is still genuine.
        QCOMPARE(check(genuineSm2(payload)).outcome, CertificateOutcome::Genuine);
    }

    void tamperedPayloadIsNotGenuine()
    {
        const QJsonObject payload = ECertFactory::payload(m_holder, QStringLiteral("J1"));
        const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        const QByteArray sig = m_factory->sign(QStringLiteral("sm2"), bytes, true);
        QByteArray tampered = bytes;
        tampered.replace("J1", "J2");
        auto v = check(ECertFactory::envelope(
                           QStringLiteral("SM2-SM3"), QStringLiteral("gd-mzj-sm2"), tampered, sig),
            m_holder);
        QCOMPARE(v.outcome, CertificateOutcome::NotGenuine);
        QCOMPARE(v.reasonCode, QStringLiteral("ecert.signature_mismatch"));
        QVERIFY(!v.payload.has_value()); // unverified data is never shown
    }

    void sm2WithoutTheDistinguishingIdIsNotGenuine()
    {
        const QByteArray bytes
            = QJsonDocument(ECertFactory::payload(m_holder, QStringLiteral("J1")))
                  .toJson(QJsonDocument::Compact);
        for (const QString &distid : { QString(), QStringLiteral("8765432112345678") }) {
            const QByteArray sig = m_factory->sign(QStringLiteral("sm2"), bytes, true, distid);
            auto v = check(ECertFactory::envelope(
                QStringLiteral("SM2-SM3"), QStringLiteral("gd-mzj-sm2"), bytes, sig));
            QCOMPARE(v.outcome, CertificateOutcome::NotGenuine);
            QCOMPARE(v.reasonCode, QStringLiteral("ecert.signature_mismatch"));
        }
    }

    void unknownKidAndAlgorithmMismatch()
    {
        const QJsonObject payload = ECertFactory::payload(m_holder, QStringLiteral("J1"));
        const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        const QByteArray sig = m_factory->sign(QStringLiteral("sm2"), bytes, true);
        auto unknown = check(ECertFactory::envelope(
            QStringLiteral("SM2-SM3"), QStringLiteral("gd-nobody"), bytes, sig));
        QCOMPARE(unknown.outcome, CertificateOutcome::NotGenuine);
        QCOMPARE(unknown.reasonCode, QStringLiteral("ecert.unknown_kid"));
        auto mismatch = check(ECertFactory::envelope(
            QStringLiteral("ES256"), QStringLiteral("gd-mzj-sm2"), bytes, sig));
        QCOMPARE(mismatch.outcome, CertificateOutcome::NotGenuine);
        QCOMPARE(mismatch.reasonCode, QStringLiteral("ecert.alg_mismatch"));
        // An ES256 signature presented under the SM2 key's kid does not verify either.
        const QByteArray es = m_factory->sign(QStringLiteral("p256"), bytes, false);
        QCOMPARE(check(ECertFactory::envelope(
                           QStringLiteral("SM2-SM3"), QStringLiteral("gd-mzj-sm2"), bytes, es))
                     .outcome,
            CertificateOutcome::NotGenuine);
    }

    void expiredRevokedAndOtherHolder()
    {
        auto expired = check(
            genuineSm2(ECertFactory::payload(m_holder, QStringLiteral("J1"), QDate(2025, 1, 1))),
            m_holder);
        QCOMPARE(expired.outcome, CertificateOutcome::Expired);
        QVERIFY(expired.reason.contains(QStringLiteral("2025-01-01")));
        // The last valid day is still valid.
        QCOMPARE(
            check(genuineSm2(ECertFactory::payload(m_holder, QStringLiteral("J1"), m_now.date())))
                .outcome,
            CertificateOutcome::Genuine);
        auto revoked = check(
            genuineSm2(ECertFactory::payload(m_holder, QStringLiteral("J-REVOKED"))), m_holder);
        QCOMPARE(revoked.outcome, CertificateOutcome::Revoked);
        auto other = check(genuineSm2(ECertFactory::payload(
                               QStringLiteral("440106199203041234"), QStringLiteral("J1"))),
            m_holder);
        QCOMPARE(other.outcome, CertificateOutcome::HolderMismatch);
        // The check digit X matches whatever case it was typed in.
        QCOMPARE(check(genuineSm2(ECertFactory::payload(
                           QStringLiteral("44010619920304123X"), QStringLiteral("J1"))),
                     QStringLiteral("44010619920304123x"))
                     .outcome,
            CertificateOutcome::Genuine);
    }

    void notYetValidIsNotGenuine()
    {
        QJsonObject payload = ECertFactory::payload(m_holder, QStringLiteral("J1"));
        payload.insert(QStringLiteral("validFrom"), QStringLiteral("2030-01-01"));
        QCOMPARE(check(genuineSm2(payload)).reasonCode, QStringLiteral("ecert.not_yet_valid"));
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("ecert.not_envelope");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("ecert.not_envelope");
        QTest::newRow("other format") << QByteArray("{\"format\":\"onewindow-catalog\"}")
                                      << QStringLiteral("ecert.not_envelope");
        QTest::newRow("no sig") << QByteArray(
            "{\"format\":\"onewindow-ecert\",\"formatVersion\":1,\"alg\":\"ES256\",\"kid\":\"k\","
            "\"payload\":\"e30=\"}")
                                << QStringLiteral("ecert.malformed");
        QTest::newRow("version 2")
            << QByteArray("{\"format\":\"onewindow-ecert\",\"formatVersion\":2}")
            << QStringLiteral("ecert.unsupported_version");
        QTest::newRow("bad base64") << ECertFactory::envelope(
            QStringLiteral("SM2-SM3"), QStringLiteral("gd-mzj-sm2"), "x", "y")
                                           .replace("eA==", "e*A=")
                                    << QStringLiteral("ecert.bad_base64");
        QTest::newRow("base64 with spaces")
            << QByteArray("{\"format\":\"onewindow-ecert\",\"formatVersion\":1,\"alg\":\"ES256\","
                          "\"kid\":\"k\",\"payload\":\"e3 0=\",\"sig\":\"AAAA\"}")
            << QStringLiteral("ecert.bad_base64");
    }

    void malformedInput()
    {
        QFETCH(QByteArray, envelope);
        QFETCH(QString, code);
        auto v = check(envelope, m_holder);
        QCOMPARE(v.outcome, CertificateOutcome::NotGenuine);
        QCOMPARE(v.reasonCode, code);
        QVERIFY(!v.reason.isEmpty());
        QCOMPARE(v.wasNotEnvelope(), code == QStringLiteral("ecert.not_envelope"));
    }

    void signedPayloadThatIsNotJson()
    {
        const QByteArray bytes = "not json at all";
        const QByteArray sig = m_factory->sign(QStringLiteral("sm2"), bytes, true);
        auto v = check(ECertFactory::envelope(
            QStringLiteral("SM2-SM3"), QStringLiteral("gd-mzj-sm2"), bytes, sig));
        QCOMPARE(v.outcome, CertificateOutcome::NotGenuine);
        QCOMPARE(v.reasonCode, QStringLiteral("ecert.payload_not_json"));
        QJsonObject noHolder = ECertFactory::payload(m_holder, QStringLiteral("J1"));
        noHolder.remove(QStringLiteral("holder"));
        QCOMPARE(check(genuineSm2(noHolder)).reasonCode, QStringLiteral("ecert.payload_invalid"));
    }

    void outcomeWords()
    {
        for (auto outcome :
            { CertificateOutcome::Genuine, CertificateOutcome::Expired, CertificateOutcome::Revoked,
                CertificateOutcome::NotGenuine, CertificateOutcome::HolderMismatch }) {
            QVERIFY(!CertificateVerification::outcomeText(outcome).isEmpty());
            QVERIFY(!CertificateVerification::outcomeKey(outcome).isEmpty());
        }
    }
};

QTEST_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
