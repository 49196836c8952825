// TrustDocument: the reference hall's /trust answer read whole; a list with a missing or
// mistyped part refused with the place named, since reading it as "nothing revoked" would
// silently un-revoke certificates.
#include "fixtures/hallanswers.h"
#include "trustdocument.h"

#include <QTest>

using namespace onewindow;

class TestTrustDocument : public QObject
{
    Q_OBJECT
private slots:
    void readsTheReferenceHallsList()
    {
        const auto trust = TrustDocument::fromJson(
            hallanswers::document(QStringLiteral("hall_trust/reference-hall.json")));
        QVERIFY2(trust.ok(), qPrintable(trust ? QString() : trust.error().message));
        QCOMPARE(trust->version, qint64(1));
        QCOMPARE(trust->issuers.size(), 5);
        QCOMPARE(trust->issuers.first().keyId, QStringLiteral("gd-gaj-2026"));
        QCOMPARE(trust->issuers.first().algorithm, QStringLiteral("SM2-SM3"));
        QCOMPARE(trust->issuers.at(1).algorithm, QStringLiteral("ES256"));
        QCOMPARE(trust->issuers.first().source, QStringLiteral("hall"));
        QCOMPARE(trust->revoked.size(), 1);
        QCOMPARE(trust->revoked.first().first, QStringLiteral("gd-zrzy-2026"));

        const auto empty = TrustDocument::fromJson(
            hallanswers::document(QStringLiteral("hall_trust/empty-lists.json")));
        QVERIFY(empty.ok());
        QCOMPARE(empty->version, qint64(7));
        QVERIFY(empty->issuers.isEmpty());
    }

    void refusesAListItCannotUseWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::newRow("no revocations") << "bad-revoked-missing.json"
                                        << "$.revoked";
        QTest::newRow("issuers an object") << "bad-issuers-object.json"
                                           << "$.issuers";
        QTest::newRow("algorithm not the key's") << "bad-alg-mismatch.json"
                                                 << "$.issuers[0].alg";
        QTest::newRow("damaged key") << "bad-pem.json"
                                     << "$.issuers[1].pem";
        QTest::newRow("key id a path") << "bad-keyid.json"
                                       << "$.issuers[2].keyId";
        QTest::newRow("control character in a number") << "bad-certnumber-control.json"
                                                       << "$.revoked[0].certNumber";
        QTest::newRow("version as text") << "bad-version-string.json"
                                         << "$.version";
        QTest::newRow("negative version") << "bad-version-negative.json"
                                          << "$.version";
    }

    void refusesAListItCannotUseWhole()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        const QJsonDocument document = hallanswers::document(QStringLiteral("hall_trust/") + file);
        QVERIFY(document.isObject());
        const auto trust = TrustDocument::fromJson(document);
        QVERIFY(!trust.ok());
        QCOMPARE(trust.error().code, QStringLiteral("trust.bad_document"));
        QVERIFY2(trust.error().message.contains(where), qPrintable(trust.error().message));
    }

    void certificateNumbersAsPrinted()
    {
        QVERIFY(
            TrustDocument::isValidCertNumber(QStringLiteral("粤(2018)佛山市不动产权第2984259号")));
        QVERIFY(!TrustDocument::isValidCertNumber(QStringLiteral("  ")));
        QVERIFY(!TrustDocument::isValidCertNumber(QString(129, QLatin1Char('1'))));
        QVERIFY(!TrustDocument::isValidCertNumber(QStringLiteral("HK\u001f1")));
    }
};

QTEST_GUILESS_MAIN(TestTrustDocument)
#include "tst_trustdocument.moc"
