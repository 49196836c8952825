// CertificateEnvelopes: the reference hall's lookup answers give their envelopes; an answer
// whose list is missing or mistyped is an error, never an empty wallet.
#include "certificateenvelopes.h"
#include "certificateverification.h"
#include "certificatewallet.h"
#include "fixtures/hallanswers.h"
#include "trustdocument.h"

#include <QJsonObject>
#include <QTest>

using namespace onewindow;

class TestCertificateEnvelopes : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceHallsAnswers()
    {
        const auto some = CertificateEnvelopes::fromJson(hallanswers::document(
            QStringLiteral("hall_certificates/answer-business-and-realestate.json")));
        QVERIFY(some.ok());
        QVERIFY(some->size() >= 2);
        QCOMPARE(some->first().toObject().value(QStringLiteral("format")).toString(),
            QStringLiteral("onewindow-ecert"));
        const auto none = CertificateEnvelopes::fromJson(
            hallanswers::document(QStringLiteral("hall_certificates/answer-none.json")));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        // Entries that are not envelopes pass through: each gets its own outcome when verified.
        const auto odd = CertificateEnvelopes::fromJson(
            hallanswers::document(QStringLiteral("hall_certificates/entries-not-envelopes.json")));
        QVERIFY(odd.ok());
    }

    // End to end on the terminal's side: the hall's envelopes verified with the same hall's
    // /trust answer, both read by their parsers: genuine ones, and the one the hall revoked.
    void theReferenceHallsEnvelopesVerifyWithItsTrustList()
    {
        const auto document = TrustDocument::fromJson(
            hallanswers::document(QStringLiteral("hall_trust/reference-hall.json")));
        QVERIFY(document.ok());
        TrustSnapshot trust;
        for (const IssuerKey &key : document->issuers)
            trust.issuers.insert(key.keyId, key);
        for (const auto &[keyId, number] : document->revoked)
            trust.revoked.insert(TrustSnapshot::revocationKey(keyId, number));
        const auto envelopes = CertificateEnvelopes::fromJson(
            hallanswers::document(QStringLiteral("hall_certificates/answer-with-revoked.json")));
        QVERIFY(envelopes.ok());
        const auto outcomes = CertificateWallet::verifyAll(envelopes.value(), trust,
            QStringLiteral("440605197502271563"), QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        QCOMPARE(outcomes.size(), envelopes->size());
        int genuine = 0, revoked = 0;
        for (const auto &v : outcomes) {
            genuine += v.outcome == CertificateOutcome::Genuine;
            revoked += v.outcome == CertificateOutcome::Revoked;
        }
        QVERIFY(genuine > 0);
        QCOMPARE(revoked, 1);
    }

    void anUnreadableAnswerIsNotAnEmptyWallet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("list an object") << "bad-certificates-object.json"
                                        << "$.certificates";
        QTest::newRow("list missing") << "bad-certificates-missing.json"
                                      << "$.certificates";
        QTest::newRow("a refusal body") << "refusal-403.json"
                                        << "$.certificates";
        QTest::newRow("a bare list") << "top-level-list.json"
                                     << "$: not an object";
    }

    void anUnreadableAnswerIsNotAnEmptyWallet()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const QJsonDocument document
            = hallanswers::document(QStringLiteral("hall_certificates/") + file);
        QVERIFY(!document.isNull());
        const auto envelopes = CertificateEnvelopes::fromJson(document);
        QVERIFY(!envelopes.ok());
        QCOMPARE(envelopes.error().code, QStringLiteral("ecert.malformed"));
        QVERIFY2(envelopes.error().message.contains(where), qPrintable(envelopes.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCertificateEnvelopes)
#include "tst_certificateenvelopes.moc"
