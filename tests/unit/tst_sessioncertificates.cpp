#include "citizensession.h"
#include "sessioncertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace onewindow;

// The citizen's certificates for one visit: form prefill, materials, and the wipe at the end.
class TestSessionCertificates : public QObject
{
    Q_OBJECT
private:
    const QString m_id = QStringLiteral("440106199001011235");

    static CertificateVerification certificate(const QString &type, const QString &number,
        CertificateOutcome outcome, QDate issuedOn = QDate(2019, 5, 20))
    {
        CertificateVerification v;
        v.outcome = outcome;
        CertificatePayload p;
        p.certType = type;
        p.certNumber = number;
        p.holderName = QStringLiteral("张三");
        p.holderIdNumber = QStringLiteral("440106199001011235");
        p.issuedOn = issuedOn;
        p.fields = { { QStringLiteral("spouseName"), QStringLiteral("李四") } };
        v.payload = p;
        return v;
    }

    QList<CertificateVerification> sample() const
    {
        return { certificate(QStringLiteral("MARRIAGE_CERT"), QStringLiteral("J-OLD"),
                     CertificateOutcome::Genuine, QDate(2010, 1, 1)),
            certificate(QStringLiteral("MARRIAGE_CERT"), QStringLiteral("J-NEW"),
                CertificateOutcome::Genuine, QDate(2019, 5, 20)),
            certificate(QStringLiteral("BUSINESS_LICENSE"), QStringLiteral("B-1"),
                CertificateOutcome::Expired),
            certificate(QStringLiteral("REAL_ESTATE_CERT"), QStringLiteral("R-1"),
                CertificateOutcome::Revoked) };
    }

private slots:
    void prefillFromGenuineOnly()
    {
        CitizenSession session;
        QVERIFY(session.begin(m_id, QStringLiteral("张三"), IdentityProof::ResidentIdCard).ok());
        SessionCertificates certificates(session);
        certificates.store(sample());
        QVERIFY(certificates.isLoaded());
        QCOMPARE(certificates.prefill(QStringLiteral("MARRIAGE_CERT.spouseName")).value(),
            QStringLiteral("李四"));
        // The most recently issued of two genuine certificates of a type wins.
        QCOMPARE(certificates.prefill(QStringLiteral("MARRIAGE_CERT.number")).value(),
            QStringLiteral("J-NEW"));
        QCOMPARE(certificates.prefill(QStringLiteral("MARRIAGE_CERT.holderName")).value(),
            QStringLiteral("张三"));
        QVERIFY(!certificates.prefill(QStringLiteral("MARRIAGE_CERT.nothing")).has_value());
        QVERIFY(!certificates.prefill(QStringLiteral("BUSINESS_LICENSE.number")).has_value());
        QVERIFY(!certificates.prefill(QStringLiteral("MARRIAGE_CERT")).has_value());
        QVERIFY(!certificates.prefill(QStringLiteral(".number")).has_value());
    }

    void materialsSatisfiedByGenuineCertificates()
    {
        CitizenSession session;
        QVERIFY(session.begin(m_id, QStringLiteral("张三"), IdentityProof::TypedNumber).ok());
        SessionCertificates certificates(session);
        certificates.store(sample());
        CatalogMaterial marriage { QStringLiteral("M1"), QStringLiteral("结婚证"), true, 1,
            { QStringLiteral("MARRIAGE_CERT") } };
        CatalogMaterial business { QStringLiteral("M2"), QStringLiteral("营业执照"), true, 1,
            { QStringLiteral("BUSINESS_LICENSE") } };
        CatalogMaterial either { QStringLiteral("M3"), QStringLiteral("证明"), true, 1,
            { QStringLiteral("REAL_ESTATE_CERT"), QStringLiteral("MARRIAGE_CERT") } };
        CatalogMaterial paper { QStringLiteral("M4"), QStringLiteral("申请表"), true, 1, {} };
        QVERIFY(certificates.satisfies(marriage));
        QCOMPARE(certificates.satisfying(marriage)->payload->certNumber, QStringLiteral("J-NEW"));
        QVERIFY(!certificates.satisfies(business)); // expired
        QCOMPARE(
            certificates.satisfying(either)->payload->certType, QStringLiteral("MARRIAGE_CERT"));
        QVERIFY(!certificates.satisfies(paper));
    }

    void wipedWhenTheSessionEnds()
    {
        CitizenSession session;
        QVERIFY(session.begin(m_id, QStringLiteral("张三"), IdentityProof::ResidentIdCard).ok());
        SessionCertificates certificates(session);
        certificates.store(sample());
        QSignalSpy changed(&certificates, &SessionCertificates::changed);
        session.end(CitizenSession::EndReason::Timeout);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!certificates.isLoaded());
        QVERIFY(certificates.certificates().isEmpty());
        QVERIFY(!certificates.prefill(QStringLiteral("MARRIAGE_CERT.spouseName")).has_value());
        // Nothing is kept while no session runs.
        certificates.store(sample());
        QVERIFY(certificates.certificates().isEmpty());
    }

    void wipedWhenAnotherCitizenStarts()
    {
        CitizenSession session;
        QVERIFY(session.begin(m_id, QStringLiteral("张三"), IdentityProof::ResidentIdCard).ok());
        SessionCertificates certificates(session);
        certificates.store(sample());
        QVERIFY(session
                    .begin(QStringLiteral("44010619920304123X"), QStringLiteral("李四"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        QVERIFY(certificates.certificates().isEmpty());
    }
};

QTEST_MAIN(TestSessionCertificates)
#include "tst_sessioncertificates.moc"
