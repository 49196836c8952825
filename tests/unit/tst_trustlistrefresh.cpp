// TrustListRefresh against a scripted hall over real mutual TLS: the administrator's refresh,
// and the refresh after a good sync cycle (acceptance: the trust page said "never fetched" after
// a successful sync, because sync never asked for /trust).
#include "certificatetruststore.h"
#include "database.h"
#include "fixtures/ecertfactory.h"
#include "fixtures/scriptedhall.h"
#include "hallclient.h"
#include "syncengine.h"
#include "syncstore.h"
#include "trustlistrefresh.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

class TestTrustListRefresh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_pki;
    QTemporaryDir m_keys;
    std::unique_ptr<ECertFactory> m_factory;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC);

    HallSettings enrolledWith(const QUrl &url) const
    {
        HallSettings settings;
        settings.url = url;
        settings.caFile = m_pki.filePath(QStringLiteral("ca.pem"));
        settings.certFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        settings.keyFile = m_pki.filePath(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        settings.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        settings.timeoutMs = 3000;
        return settings;
    }

    QByteArray trustDocument(qint64 version) const
    {
        return QJsonDocument(
            QJsonObject { { QStringLiteral("version"), version },
                { QStringLiteral("publishers"), QJsonArray() },
                { QStringLiteral("issuers"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("keyId"), QStringLiteral("gd-gaj-2026") },
                            { QStringLiteral("alg"), QStringLiteral("SM2-SM3") },
                            { QStringLiteral("pem"),
                                QString::fromLatin1(
                                    m_factory->publicKey(QStringLiteral("sm2"))) } } } },
                { QStringLiteral("revoked"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("keyId"), QStringLiteral("gd-gaj-2026") },
                            { QStringLiteral("certNumber"), QStringLiteral("HK-1") } } } } })
            .toJson();
    }

    // A hall that answers /trust with version, syncs with nothing to do, and counts /trust.
    void serve(ScriptedHall &hall, qint64 version, int *trustRequests)
    {
        hall.handler = [this, version, trustRequests](
                           const ScriptedHall::Request &r) -> ScriptedHall::Reply {
            if (r.target.endsWith("/trust")) {
                ++*trustRequests;
                return { 200, trustDocument(version) };
            }
            if (r.method == "GET")
                return { 200, R"({"events":[],"nextCursor":0})" };
            return { 200, R"({"acked":[],"rejected":[]})" };
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ScriptedHall::makePki(m_pki.path()));
        m_factory = std::make_unique<ECertFactory>(m_keys.path());
        QVERIFY(m_factory->makeKey(QStringLiteral("sm2"), QStringLiteral("SM2")));
    }

    void administratorRefreshStoresTheListAndItsTime()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        ScriptedHall hall;
        QVERIFY(hall.listen(m_pki.path()));
        int trustRequests = 0;
        serve(hall, 7, &trustRequests);
        HallClient client(enrolledWith(hall.url()));
        CertificateTrustStore store(*db.value());
        TrustListRefresh refresh(&client, store, [this] { return m_now; });
        QVERIFY(refresh.available());
        QSignalSpy finished(&refresh, &TrustListRefresh::finished);
        bool called = false;
        refresh.refresh([&called](Status s) {
            called = true;
            QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
        });
        QVERIFY(refresh.busy());
        QVERIFY(finished.wait(10000));
        QVERIFY(called);
        QVERIFY(!refresh.busy());
        QCOMPARE(trustRequests, 1);
        auto snapshot = store.snapshot();
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->version, qint64(7));
        QCOMPARE(snapshot->fetchedAt, m_now);
        QVERIFY(snapshot->isRevoked(QStringLiteral("gd-gaj-2026"), QStringLiteral("HK-1")));
    }

    void aGoodSyncFetchesAListNeverFetchedOrOld()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        ScriptedHall hall;
        QVERIFY(hall.listen(m_pki.path()));
        int trustRequests = 0;
        serve(hall, 3, &trustRequests);
        const HallSettings settings = enrolledWith(hall.url());
        HallClient client(settings);
        SyncStore syncStore(*db.value());
        SyncEngine engine(client, syncStore, settings.terminalId);
        CertificateTrustStore store(*db.value());
        QDateTime now = m_now;
        TrustListRefresh refresh(&client, store, [&now] { return now; });
        QSignalSpy fetched(&refresh, &TrustListRefresh::finished);
        QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);

        // The acceptance walk's finding: a sync alone moves events, never the trust list.
        engine.syncNow();
        QVERIFY(cycles.wait(10000));
        QVERIFY(cycles.takeFirst().at(0).toBool());
        QVERIFY(!fetched.wait(300));
        QCOMPARE(trustRequests, 0);
        QVERIFY(!store.snapshot()->fetchedAt.isValid());

        refresh.follow(engine);
        engine.syncNow();
        QVERIFY(cycles.wait(10000));
        QVERIFY(cycles.first().at(0).toBool());
        QVERIFY(fetched.wait(10000)); // never fetched: fetched after the good sync
        QCOMPARE(store.snapshot()->fetchedAt, m_now);
        QCOMPARE(store.snapshot()->version, qint64(3));

        // An hour later the list is fresh: a sync does not ask again.
        now = m_now.addSecs(3600);
        engine.syncNow();
        QVERIFY(cycles.wait(10000));
        QVERIFY(!fetched.wait(500));
        QCOMPARE(trustRequests, 1);

        // Older than the limit: the next good sync fetches it again.
        now = m_now.addSecs(TrustListRefresh::kRefreshAfterSeconds + 60);
        engine.syncNow();
        QVERIFY(cycles.wait(10000));
        QVERIFY(fetched.wait(10000));
        QCOMPARE(trustRequests, 2);
        QCOMPARE(store.snapshot()->fetchedAt, now);
    }

    void withoutAHallItSaysSo()
    {
        QTemporaryDir data;
        auto db = Database::open(data.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(db.ok());
        CertificateTrustStore store(*db.value());
        TrustListRefresh refresh(nullptr, store);
        QVERIFY(!refresh.available());
        QString code;
        refresh.refresh([&code](Status s) { code = s ? QString() : s.error().code; });
        QCOMPARE(code, QStringLiteral("trust.hall_needed"));
        QVERIFY(!store.snapshot()->fetchedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTrustListRefresh)
#include "tst_trustlistrefresh.moc"
