#include "certificatetruststore.h"
#include "database.h"
#include "fixtures/ecertfactory.h"

#include <QJsonArray>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

// The issuer trust list: hand-added keys and revocations, and the hall's /trust document.
class TestCertificateTrustStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_keys;
    std::unique_ptr<ECertFactory> m_factory;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

    static std::unique_ptr<Database> openDatabase(const QTemporaryDir &dir)
    {
        auto db = Database::open(dir.filePath(QStringLiteral("onewindow.sqlite")));
        return db ? std::move(db).value() : nullptr;
    }

    QJsonObject hallDocument(qint64 version, const QString &alg = QStringLiteral("SM2-SM3"))
    {
        return { { QStringLiteral("version"), version },
            { QStringLiteral("publishers"), QJsonArray() },
            { QStringLiteral("issuers"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("keyId"), QStringLiteral("gd-gaj-2026") },
                    { QStringLiteral("alg"), alg },
                    { QStringLiteral("pem"),
                        QString::fromLatin1(m_factory->publicKey(QStringLiteral("sm2"))) } } } },
            { QStringLiteral("revoked"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("keyId"), QStringLiteral("gd-gaj-2026") },
                        { QStringLiteral("certNumber"), QStringLiteral("HK-1") } } } } };
    }

private slots:
    void initTestCase()
    {
        m_factory = std::make_unique<ECertFactory>(m_keys.path());
        QVERIFY(m_factory->makeKey(QStringLiteral("sm2"), QStringLiteral("SM2")));
        QVERIFY(m_factory->makeKey(QStringLiteral("p256"), QStringLiteral("prime256v1")));
        QVERIFY(m_factory->makeKey(QStringLiteral("p384"), QStringLiteral("secp384r1")));
    }

    void emptyAtFirst()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        QVERIFY(db);
        auto snapshot = CertificateTrustStore(*db).snapshot();
        QVERIFY(snapshot.ok());
        QVERIFY(snapshot->issuers.isEmpty());
        QCOMPARE(snapshot->version, qint64(0));
        QVERIFY(!snapshot->fetchedAt.isValid());
    }

    void addIssuerAndRevokeByHand()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        auto added = store.addIssuer(
            QStringLiteral("gd-scjg-2026"), m_factory->publicKey(QStringLiteral("p256")), m_now);
        QVERIFY(added.ok());
        QCOMPARE(added.value(), QStringLiteral("ES256"));
        QVERIFY(
            store
                .revoke(QStringLiteral("gd-scjg-2026"), QStringLiteral("92440106MA00000001"), m_now)
                .ok());
        auto snapshot = store.snapshot();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->issuers.value(QStringLiteral("gd-scjg-2026")).algorithm,
            QStringLiteral("ES256"));
        QCOMPARE(snapshot->issuers.value(QStringLiteral("gd-scjg-2026")).source,
            QStringLiteral("local"));
        QVERIFY(snapshot->isRevoked(
            QStringLiteral("gd-scjg-2026"), QStringLiteral("92440106MA00000001")));
        QVERIFY(
            !snapshot->isRevoked(QStringLiteral("other"), QStringLiteral("92440106MA00000001")));
    }

    void refusesBadInput()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        QCOMPARE(store
                     .addIssuer(QStringLiteral("bad id/"),
                         m_factory->publicKey(QStringLiteral("sm2")), m_now)
                     .error()
                     .code,
            QStringLiteral("trust.bad_key_id"));
        QCOMPARE(
            store
                .addIssuer(QStringLiteral("k"), m_factory->publicKey(QStringLiteral("p384")), m_now)
                .error()
                .code,
            QStringLiteral("signature.bad_key"));
        QCOMPARE(store.addIssuer(QStringLiteral("k"), "not a key", m_now).error().code,
            QStringLiteral("signature.bad_key"));
        QCOMPARE(store.revoke(QStringLiteral("k"), QStringLiteral("  "), m_now).error().code,
            QStringLiteral("trust.bad_cert_number"));
    }

    // Acceptance shot 30: a bad issuer key was answered with the catalog publisher's wording.
    void badIssuerKeySpeaksOfIssuers()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        const Error error
            = CertificateTrustStore(*db).addIssuer(QStringLiteral("k"), "not a key", m_now).error();
        QCOMPARE(error.code, QStringLiteral("signature.bad_key"));
        QVERIFY2(error.message.contains(QStringLiteral("issuer")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("publisher")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("catalog")), qPrintable(error.message));
    }

    // The trust page lists each revocation (issuer key, number, when, whose), not only a count.
    void listsRevocationsWithTheirSource()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        QVERIFY(store.applyHallDocument(hallDocument(3), m_now).ok());
        QVERIFY(
            store.revoke(QStringLiteral("gd-gaj-2026"), QStringLiteral("A-2"), m_now.addSecs(90))
                .ok());
        auto list = store.revocations();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).keyId, QStringLiteral("gd-gaj-2026"));
        QCOMPARE(list->at(0).certNumber, QStringLiteral("A-2"));
        QCOMPARE(list->at(0).source, QStringLiteral("local"));
        QCOMPARE(list->at(0).addedAt, m_now.addSecs(90));
        QCOMPARE(list->at(1).certNumber, QStringLiteral("HK-1"));
        QCOMPARE(list->at(1).source, QStringLiteral("hall"));
        QVERIFY(store.liftRevocation(QStringLiteral("gd-gaj-2026"), QStringLiteral("A-2")).ok());
        QCOMPARE(store.revocations()->size(), 1);
    }

    void hallDocumentReplacesOnlyHallEntries()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        QVERIFY(store
                    .addIssuer(QStringLiteral("local-key"),
                        m_factory->publicKey(QStringLiteral("p256")), m_now)
                    .ok());
        QVERIFY(store.applyHallDocument(hallDocument(3), m_now).ok());
        auto first = store.snapshot();
        QCOMPARE(first->version, qint64(3));
        QCOMPARE(first->fetchedAt, m_now);
        QCOMPARE(first->issuers.size(), 2);
        QVERIFY(first->isRevoked(QStringLiteral("gd-gaj-2026"), QStringLiteral("HK-1")));

        QJsonObject next = hallDocument(4);
        next.insert(QStringLiteral("revoked"), QJsonArray());
        QVERIFY(store.applyHallDocument(next, m_now.addSecs(60)).ok());
        auto second = store.snapshot();
        QCOMPARE(second->version, qint64(4));
        QVERIFY(!second->isRevoked(QStringLiteral("gd-gaj-2026"), QStringLiteral("HK-1")));
        QVERIFY(second->issuers.contains(QStringLiteral("local-key")));
    }

    // A key added here may be removed here; one from the hall's list is the hall's to remove.
    void removesOnlyKeysAddedHere()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        QVERIFY(store
                    .addIssuer(QStringLiteral("local-key"),
                        m_factory->publicKey(QStringLiteral("p256")), m_now)
                    .ok());
        QVERIFY(store.applyHallDocument(hallDocument(3), m_now).ok());
        QCOMPARE(store.removeIssuer(QStringLiteral("gd-gaj-2026")).error().code,
            QStringLiteral("trust.hall_issuer"));
        QCOMPARE(store.removeIssuer(QStringLiteral("nobody")).error().code,
            QStringLiteral("trust.unknown_issuer"));
        QVERIFY(store.removeIssuer(QStringLiteral("local-key")).ok());
        const auto left = store.snapshot();
        QCOMPARE(left->issuers.size(), 1);
        QVERIFY(left->issuers.contains(QStringLiteral("gd-gaj-2026")));
    }

    void badHallDocumentChangesNothing()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir);
        CertificateTrustStore store(*db);
        QVERIFY(store.applyHallDocument(hallDocument(3), m_now).ok());
        // The hall says ES256 for an SM2 key: refused as a whole.
        auto refused = store.applyHallDocument(hallDocument(4, QStringLiteral("ES256")), m_now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("trust.bad_document"));
        QJsonObject noVersion = hallDocument(5);
        noVersion.remove(QStringLiteral("version"));
        QVERIFY(!store.applyHallDocument(noVersion, m_now).ok());
        // A list without its revocations must not read as "nothing revoked".
        QJsonObject noRevocations = hallDocument(6);
        noRevocations.remove(QStringLiteral("revoked"));
        QCOMPARE(store.applyHallDocument(noRevocations, m_now).error().code,
            QStringLiteral("trust.bad_document"));
        auto snapshot = store.snapshot();
        QCOMPARE(snapshot->version, qint64(3));
        QVERIFY(snapshot->isRevoked(QStringLiteral("gd-gaj-2026"), QStringLiteral("HK-1")));
    }
};

QTEST_MAIN(TestCertificateTrustStore)
#include "tst_certificatetruststore.moc"
