// The trust page's desk over a real terminal database: publisher and issuer keys added and
// removed with their whole fingerprint, revocations listed, revoked and lifted, each audited, and
// the trust list fetched only with a hall.
#include "admintestsupport.h"
#include "catalogtestsupport.h"
#include "certificatetruststore.h"
#include "displaytime.h"
#include "trustadministration.h"
#include "trustdesk.h"
#include "trustlistrefresh.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;
using admintest::actions;
using admintest::kPassword;

class TestTrustDesk : public QObject, private admintest::AdminTerminal
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(catalogtest::makeKey(m_dir.filePath(u"p256"_s), u"P-256"_s));
    }

    void init()
    {
        const QString failed = openTerminal();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void trustKeysAreAddedAndRemovedWithTheirFingerprint()
    {
        CertificateTrustStore certificates(*m_db);
        TrustDesk trust(*m_catalog, certificates, *m_audit, *m_staff);
        const QString pub = m_dir.filePath(u"p256.pub"_s);
        QVERIFY(!trust.addPublisher(u"gd-test"_s, pub)); // signed out
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVERIFY(!trust.addPublisher(u"gd-test"_s, pub, u"next year"_s)); // not a date
        QVERIFY(trust.messageIsError());
        QVERIFY2(
            trust.addPublisher(u"gd-test"_s, pub, u"2099-12-31"_s), qPrintable(trust.message()));
        QVERIFY(trust.publishers()
                    .first()
                    .toMap()
                    .value(u"expiry"_s)
                    .toString()
                    .contains(DisplayTime::date(QDate(2099, 12, 31))));
        QVERIFY(!trust.publishers().first().toMap().value(u"expiring"_s).toBool());
        QCOMPARE(trust.publishers().size(), 1);
        const QString fingerprint
            = trust.publishers().first().toMap().value(u"fingerprint"_s).toString();
        // All 32 bytes (acceptance 21: the page showed 16 of them), in groups of four.
        QVERIFY2(
            QRegularExpression(u"^([0-9A-F]{4} ){15}[0-9A-F]{4}$"_s).match(fingerprint).hasMatch(),
            qPrintable(fingerprint));
        QCOMPARE(fingerprint, TrustDesk::fingerprint(catalogtest::readFile(pub)));
        QVERIFY(!trust.addIssuer(u"gd-issuer"_s, m_dir.filePath(u"nowhere.pem"_s)));
        QVERIFY(trust.messageIsError());
        QVERIFY(trust.addIssuer(u"gd-issuer"_s, pub));
        QCOMPARE(trust.issuers().size(), 1);
        QVERIFY(trust.removeIssuer(u"gd-issuer"_s));
        QVERIFY(trust.removePublisher(u"gd-test"_s));
        QVERIFY(!trust.removePublisher(u"gd-test"_s));
        QCOMPARE(trust.publishers().size(), 0);
        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(actions(*m_audit).count(AuditLog::kTrustChange), 4);
        // The page shows what the audit log keeps: the whole SHA-256 fingerprint.
        const QString whole = TrustAdministration::fingerprint(catalogtest::readFile(pub));
        QCOMPARE(fingerprint, whole);
        QCOMPARE(entries.at(2).detail, u"add publisher "_s + whole);
        QVERIFY(trust.trustListStale()); // never fetched from a hall
    }

    // Issue 32 item 12: the revoked certificates listed (issuer key, number, when), revoked and
    // lifted from the page, each audited; the hall's own revocations are not lifted here.
    void revocationsAreListedRevokedAndLifted()
    {
        CertificateTrustStore certificates(*m_db);
        const QDateTime now(QDate(2026, 12, 7), QTime(6, 5), Qt::UTC); // 14:05 in Guangzhou
        TrustDesk trust(*m_catalog, certificates, *m_audit, *m_staff, [now] { return now; });
        QVERIFY(!trust.revoke(u"gd-issuer"_s, u"J-1"_s)); // signed out
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVERIFY(trust.addIssuer(u"gd-issuer"_s, m_dir.filePath(u"p256.pub"_s)));
        // A mistyped key is refused before the confirmation is asked.
        QVERIFY(!trust.canRevoke(u"gd-isuer"_s, u"J-1"_s));
        QVERIFY(trust.messageIsError());
        QVERIFY(trust.message().contains(u"gd-isuer"_s));
        QVERIFY(trust.canRevoke(u"gd-issuer"_s, u"J-1"_s));
        QVERIFY2(trust.revoke(u" gd-issuer"_s, u"J-1 "_s), qPrintable(trust.message()));
        QVERIFY(!trust.canRevoke(u"gd-issuer"_s, u"J-1"_s)); // already revoked
        QVERIFY(certificates
                    .applyHallDocument(
                        QJsonObject { { u"version"_s, 4 }, { u"publishers"_s, QJsonArray() },
                            { u"issuers"_s,
                                QJsonArray { QJsonObject { { u"keyId"_s, u"gd-hall"_s },
                                    { u"alg"_s, u"ES256"_s },
                                    { u"pem"_s,
                                        QString::fromLatin1(catalogtest::readFile(
                                            m_dir.filePath(u"p256.pub"_s))) } } } },
                            { u"revoked"_s,
                                QJsonArray { QJsonObject { { u"keyId"_s, u"gd-hall"_s },
                                    { u"certNumber"_s, u"H-9"_s } } } } },
                        now)
                    .ok());
        trust.refresh();
        QCOMPARE(trust.revocations(), 2);
        const QVariantList list = trust.revocationList();
        QCOMPARE(list.size(), 2);
        const QVariantMap mine = list.at(0).toMap();
        QCOMPARE(mine.value(u"keyId"_s).toString(), u"gd-hall"_s);
        QVERIFY(mine.value(u"fromHall"_s).toBool());
        const QVariantMap here = list.at(1).toMap();
        QCOMPARE(here.value(u"keyId"_s).toString(), u"gd-issuer"_s);
        QCOMPARE(here.value(u"certNumber"_s).toString(), u"J-1"_s);
        QCOMPARE(here.value(u"when"_s).toString(), DisplayTime::dateTime(now));
        QVERIFY(here.value(u"when"_s).toString().contains(u"14:05"_s));
        QVERIFY(!here.value(u"fromHall"_s).toBool());
        // The fetched time, shown as every date on the page is.
        QVERIFY2(trust.trustListFetched().contains(DisplayTime::dateTime(now)),
            qPrintable(trust.trustListFetched()));

        QVERIFY(!trust.liftRevocation(u"gd-hall"_s, u"H-9"_s)); // the hall's
        QVERIFY(trust.messageIsError());
        QVERIFY(trust.liftRevocation(u"gd-issuer"_s, u"J-1"_s));
        QCOMPARE(trust.revocationList().size(), 1);
        QCOMPARE(actions(*m_audit).count(AuditLog::kTrustChange), 3); // add, revoke, lift
        const QList<AuditEntry> entries = m_audit->entries().value();
        QVERIFY(entries.at(entries.size() - 2).detail.startsWith(u"revoke certificate sha256:"_s));
        QVERIFY(entries.last().detail.startsWith(u"lift revocation sha256:"_s));
    }

    // Without a hall there is nothing to fetch, and the page says so instead of "never".
    void theTrustListIsFetchedOnlyWithAHall()
    {
        CertificateTrustStore certificates(*m_db);
        TrustDesk trust(*m_catalog, certificates, *m_audit, *m_staff);
        TrustListRefresh refresh(nullptr, certificates);
        trust.setTrustListRefresh(&refresh);
        m_staff->signInNow(u"admin01"_s, kPassword);
        trust.refresh();
        QVERIFY(!trust.canFetchTrustList());
        QVERIFY(!trust.trustListFetched().isEmpty());
        trust.fetchTrustList();
        QVERIFY(trust.messageIsError());
        QVERIFY(!certificates.snapshot()->fetchedAt.isValid());
    }
};

QTEST_MAIN(TestTrustDesk)
#include "tst_trustdesk.moc"
