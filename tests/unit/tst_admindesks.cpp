// The administration view's desks over a real terminal database: each refuses a signed-out
// user, does what the page asks and leaves its entry in the audit log.
#include "auditlog.h"
#include "audittrailmodel.h"
#include "catalogadmindesk.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "certificatetruststore.h"
#include "database.h"
#include "displaytime.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "healthdesk.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "qtdocumentprinter.h"
#include "simulatedcardreader.h"
#include "simulateddocumentprinter.h"
#include "simulatedqrscanner.h"
#include "staffdesk.h"
#include "staffdirectorymodel.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalhealth.h"
#include "terminalsettings.h"
#include "terminalsetupdesk.h"
#include "trustadministration.h"
#include "trustdesk.h"
#include "trustlistrefresh.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Harbour-lights 27"_s;

QStringList actions(const AuditLog &audit)
{
    QStringList out;
    const QList<AuditEntry> entries = audit.entries().value();
    for (const AuditEntry &e : entries)
        out << e.action;
    return out;
}
} // namespace

class TestAdminDesks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_data;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staff;
    std::unique_ptr<PinyinTranscriber> m_pinyin;
    std::unique_ptr<CatalogStore> m_catalog;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(catalogtest::makeKey(m_dir.filePath(u"p256"_s), u"P-256"_s));
    }

    void init()
    {
        m_catalog.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_db.reset();
        m_data = m_dir.filePath(u"data%1"_s.arg(++m_round));
        QVERIFY(QDir().mkpath(m_data));
        auto db = Database::open(m_data + u"/onewindow.sqlite"_s);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'));
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit);
        QVERIFY(m_accounts->add(u"t"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword).ok());
        m_staff = std::make_unique<StaffDesk>(*m_accounts, Workspace::Administration);
        m_pinyin = std::make_unique<PinyinTranscriber>();
        m_catalog = std::make_unique<CatalogStore>(*m_db, *m_pinyin);
    }

    void settingsAreCheckedSavedAndAudited()
    {
        TerminalSetupDesk setup(*m_db, *m_audit, *m_staff, m_data, [] { return QStringList(); });
        QVariantMap form = setup.values();
        form.insert(u"timeoutSeconds"_s, u"45"_s);
        QVERIFY(!setup.save(form)); // signed out
        QVERIFY(setup.messageIsError());
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVERIFY(m_staff->signedIn());

        form.insert(u"timeoutSeconds"_s, u"0"_s);
        QVERIFY(!setup.save(form));
        QCOMPARE(setup.problems().size(), 1);
        QCOMPARE(
            setup.problems().first().toMap().value(u"key"_s).toString(), u"kiosk.timeoutSeconds"_s);
        form.insert(u"timeoutSeconds"_s, u"45"_s);
        form.insert(u"levels"_s, QStringList { u"town"_s, u"county"_s });
        form.insert(u"regions"_s, u"440000，440300"_s); // a Chinese comma, as typed on an IME
        QVERIFY2(setup.save(form), qPrintable(setup.message()));
        const TerminalConfiguration saved = TerminalConfiguration::load(TerminalSettings(*m_db));
        QCOMPARE(saved.kioskTimeoutSeconds, 45);
        QCOMPARE(saved.offeredRegions, (QStringList { u"440000"_s, u"440300"_s }));
        QCOMPARE(setup.values().value(u"regions"_s).toString(), u"440000, 440300"_s);
        QCOMPARE(actions(*m_audit).count(AuditLog::kSettingsChange), 1);
    }

    void testPrintAndTestRead()
    {
        TerminalSetupDesk setup(*m_db, *m_audit, *m_staff, m_data, [] { return QStringList(); });
        m_staff->signInNow(u"admin01"_s, kPassword);
        // No printer: the test page is kept as a PDF, and that is not an error.
        QVERIFY(setup.testPrint(QString(), false));
        const QString pdf
            = QRegularExpression(u"(/\\S+\\.pdf)"_s).match(setup.message()).captured(1);
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(setup.message()));
        // A printer that is not there is said so.
        QVERIFY(!setup.testPrint(u"Canon-Nowhere"_s, false));
        QVERIFY(setup.messageIsError());

        // The receipt printer's test page goes through the running receipt printer.
        SimulatedDocumentPrinter receipts;
        TerminalDevices devices;
        devices.receiptPrinter = { &receipts, u"simulated:ready"_s };
        setup.setDevices(devices);
        QVERIFY2(setup.testPrint(u"simulated:ready"_s, true), qPrintable(setup.message()));
        QCOMPARE(receipts.printed().size(), 1);
        QVERIFY(receipts.printed().first().startsWith("%PDF"));
        QVERIFY(setup.message().contains(u"simulated-printer"_s));
        receipts.setState(SimulatedDocumentPrinter::State::OutOfPaper);
        QVERIFY(!setup.testPrint(u"simulated:ready"_s, true));
        QVERIFY(setup.messageIsError());
        QVERIFY2(setup.message().contains(u"paper"_s), qPrintable(setup.message()));
        // A value typed in the form but not running yet gets its own device for the test.
        receipts.setState(SimulatedDocumentPrinter::State::Ready);
        QVERIFY(!setup.testPrint(u"simulated:missing"_s, true));
        QVERIFY(setup.testPrint(u"simulated:ready"_s, true));
        QCOMPARE(receipts.printed().size(), 2);

        QVERIFY(!setup.testRead(u"usb:/dev/ttyS0"_s, false));
        const QString cardFile = m_data + u"/card.json"_s;
        QVERIFY(setup.testRead(u"file:"_s + cardFile, false));
        QVERIFY(setup.testing());
        const QJsonObject card { { u"type"_s, u"resident_id"_s }, { u"name"_s, u"李秀英"_s },
            { u"sex"_s, u"女"_s }, { u"ethnicity"_s, u"汉"_s }, { u"birthDate"_s, u"1949-12-31"_s },
            { u"address"_s, u"广东省广州市天河区体育西路1号"_s },
            { u"idNumber"_s, u"11010519491231002X"_s },
            { u"issuingAuthority"_s, u"广州市公安局"_s }, { u"validFrom"_s, u"2010-01-01"_s },
            { u"validUntil"_s, u"2040-01-01"_s } };
        QVERIFY(catalogtest::writeFile(cardFile + u".part"_s, QJsonDocument(card).toJson()));
        QVERIFY(QFile::rename(cardFile + u".part"_s, cardFile));
        QTRY_VERIFY_WITH_TIMEOUT(!setup.testing(), 15000);
        QVERIFY2(setup.message().contains(u"李**"_s), qPrintable(setup.message()));
        QVERIFY(!setup.message().contains(u"李秀英"_s)); // the holder's name stays masked
        QVERIFY(!setup.messageIsError());
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

    // Acceptance 53, 54, 56: the refusal names the settings to correct; undoing the changes
    // takes their errors away; no printer or reader set is "none configured", not an empty name.
    void settingsMessagesPointTheRightWay()
    {
        TerminalSetupDesk setup(*m_db, *m_audit, *m_staff, m_data, [] { return QStringList(); });
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVariantMap form = setup.values();
        form.insert(u"timeoutSeconds"_s, u"10"_s);
        form.insert(u"regions"_s, u"99999x"_s);
        QVERIFY(!setup.save(form));
        QCOMPARE(setup.problems().size(), 2);
        QVERIFY2(!setup.message().contains(u"below"_s), qPrintable(setup.message()));
        QVERIFY2(setup.message().contains(TerminalSetupDesk::settingName(u"catalog.regions"_s))
                && setup.message().contains(
                    TerminalSetupDesk::settingName(u"kiosk.timeoutSeconds"_s)),
            qPrintable(setup.message()));
        setup.undo();
        QVERIFY(setup.problems().isEmpty());
        QVERIFY(setup.message().isEmpty());

        QVERIFY(setup.testPrint(u"  "_s, false));
        QVERIFY(!setup.messageIsError());
        QVERIFY2(setup.message().contains(u"No printer configured"_s), qPrintable(setup.message()));
        QVERIFY(!setup.message().contains(u"\"\""_s));
        QVERIFY(!setup.testRead(QString(), false));
        QVERIFY2(
            setup.message().contains(u"No card reader configured"_s), qPrintable(setup.message()));

        // The town hall's name is one of the form's settings.
        form = setup.values();
        QCOMPARE(form.value(u"townHall"_s).toString(), QString());
        form.insert(u"townHall"_s, u"天河区政务服务中心"_s);
        QVERIFY2(setup.save(form), qPrintable(setup.message()));
        QCOMPARE(TerminalSettings(*m_db).text(u"terminal.townHall"_s), u"天河区政务服务中心"_s);
        QCOMPARE(setup.values().value(u"townHall"_s).toString(), u"天河区政务服务中心"_s);
        form.insert(u"townHall"_s, QString(61, u'区'));
        QVERIFY(!setup.save(form));
        QCOMPARE(
            setup.problems().first().toMap().value(u"key"_s).toString(), u"terminal.townHall"_s);
    }

    // Acceptance (59): with the hall stopped the summary said "everything is in order" above a
    // red "offline". The hall out of reach counts, and is named first.
    void theHealthSummaryCountsTheHallFirst()
    {
        SyncStore sync(*m_db);
        HallClient client { HallSettings {} };
        SyncEngine engine(client, sync, u"GZ-TH-KIOSK-0001"_s);
        QVERIFY(!engine.online()); // no cycle has reached the hall
        HealthDesk withoutHall(*m_db, sync, nullptr, *m_staff, m_data);
        HealthDesk health(*m_db, sync, &engine, *m_staff, m_data);
        m_staff->signInNow(u"admin01"_s, kPassword);
        withoutHall.refresh();
        health.refresh();
        QCOMPARE(health.warningCount(), withoutHall.warningCount() + 1);
        QCOMPARE(health.warningCount(), int(health.attention().size()));
        QVERIFY2(health.attention().first().contains(u"hall"_s),
            qPrintable(health.attention().join(u'\n')));
        // Every other line is a red row of the page: the devices not usable here.
        QCOMPARE(withoutHall.attention().size(), withoutHall.warningCount());
    }

    void parkedEventsAreShownAndSentAgain()
    {
        SyncStore sync(*m_db);
        HealthDesk health(*m_db, sync, nullptr, *m_staff, m_data);
        OutboxEvent event;
        event.eventId = u"evt-1"_s;
        event.caseId = u"case-1"_s;
        event.seq = 1;
        event.type = u"submitted"_s;
        event.at = u"2026-11-23T02:00:00Z"_s;
        event.actor = u"kiosk"_s;
        QVERIFY(sync.append(event).ok());
        QVERIFY(sync.park(u"evt-1"_s, u"hall.rejected"_s, u"unknown item code"_s).ok());
        health.refresh();
        QVERIFY(health.parked().isEmpty()); // signed out: nothing shown
        m_staff->signInNow(u"admin01"_s, kPassword);
        health.refresh();
        QCOMPARE(health.parked().size(), 1);
        QCOMPARE(
            health.parked().first().toMap().value(u"reason"_s).toString(), u"unknown item code"_s);
        QVERIFY(health.warningCount() >= 1);
        QCOMPARE(health.devices().size(), 5);
        QVERIFY(health.retry(u"evt-1"_s));
        QCOMPARE(health.parked().size(), 0);
        QCOMPARE(health.queueDepth(), 1);
        QVERIFY(!health.retry(u"evt-1"_s));
        health.checkIntegrity();
        QVERIFY(health.integrityOk());
    }

    void devicesAreAskedThroughTheirInterfaces()
    {
        SyncStore sync(*m_db);
        HealthDesk health(*m_db, sync, nullptr, *m_staff, m_data);
        m_staff->signInNow(u"admin01"_s, kPassword);
        const QString cardSpec = u"file:"_s + m_data + u"/reader/card.json"_s;
        QVERIFY(QDir(m_data).mkpath(u"reader"_s));
        SimulatedCardReader idReader(CardKind::ResidentId, SimulatedCardReader::Source::File,
            m_data + u"/reader/card.json"_s);
        QVERIFY(idReader.start().ok());
        auto scanner = SimulatedQrScanner::fromSpec(u"socket:onewindow-health-test"_s);
        QVERIFY(scanner); // never started: a fault
        SimulatedDocumentPrinter receipts;
        receipts.setState(SimulatedDocumentPrinter::State::OutOfPaper);
        QtDocumentPrinter documents(QString(), m_data + u"/documents"_s);
        TerminalDevices devices;
        devices.idCardReader = { &idReader, cardSpec };
        devices.qrScanner = { scanner.get(), u"socket:onewindow-health-test"_s };
        devices.printer = { &documents, QString() };
        devices.receiptPrinter = { &receipts, u"simulated:out-of-paper"_s };
        health.setDevices(devices);
        // Saved settings: the reader's matches; the social security reader is set but not running.
        TerminalSettings settings(*m_db);
        QVERIFY(settings.setValue(u"devices.idCardReader"_s, cardSpec).ok());
        QVERIFY(
            settings.setValue(u"devices.socialSecurityCardReader"_s, u"file:/tmp/ss.json"_s).ok());
        health.refresh();
        const QVariantList rows = health.devices();
        QCOMPARE(rows.size(), 5);
        const auto row = [&rows](int i) { return rows.at(i).toMap(); };
        QVERIFY2(row(0).value(u"ok"_s).toBool(), qPrintable(row(0).value(u"state"_s).toString()));
        QVERIFY(row(0).value(u"state"_s).toString().contains(u"ready"_s));
        QVERIFY(!row(0).value(u"state"_s).toString().contains(u"saved setting"_s));
        QVERIFY(!row(1).value(u"ok"_s).toBool()); // set, not running
        QVERIFY(row(1).value(u"state"_s).toString().contains(u"not running"_s));
        QVERIFY(!row(2).value(u"ok"_s).toBool()); // the scanner was never started
        QVERIFY(row(2).value(u"state"_s).toString().contains(u"not started"_s));
        QVERIFY(row(3).value(u"ok"_s).toBool()); // no printer: PDFs, usable
        QVERIFY(row(3).value(u"state"_s).toString().contains(u"PDF"_s));
        QVERIFY(!row(4).value(u"ok"_s).toBool());
        QVERIFY(row(4).value(u"state"_s).toString().contains(u"out of paper"_s));
        // Started from the command line: nothing saved for it, and the page says so.
        QVERIFY(row(4).value(u"state"_s).toString().contains(u"command line"_s));
        const int deviceWarnings = health.warningCount();

        // The device's own state, asked again on refresh: a card reader's folder that vanishes.
        receipts.setState(SimulatedDocumentPrinter::State::Ready);
        QVERIFY(QDir(m_data + u"/reader"_s).removeRecursively());
        health.refresh();
        QVERIFY(!health.devices().at(0).toMap().value(u"ok"_s).toBool());
        QVERIFY(health.devices().at(4).toMap().value(u"ok"_s).toBool());
        QCOMPARE(health.warningCount(), deviceWarnings); // one fault fixed, one new
        idReader.stop();
    }

    void aCatalogIsCheckedOffTheGuiThreadAndApplied()
    {
        QVERIFY(
            PublisherTrust(*m_catalog)
                .addPublisher(u"gd-es256"_s, catalogtest::readFile(m_dir.filePath(u"p256.pub"_s)),
                    QDateTime::currentDateTimeUtc())
                .ok());
        const QString file = m_data + u"/catalog.json"_s;
        QVERIFY(catalogtest::writeFile(
            file, catalogtest::bytes(catalogtest::catalog(u"v1"_s, {}, u"gd-es256"_s))));
        CatalogAdminDesk desk(*m_catalog, *m_staff, *m_db, QByteArray(32, 'k'));
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"refused"_s); // no .sig next to it
        QVERIFY(desk.verification().contains(u"signature"_s));
        // Acceptance (19): a mistyped path and a folder were "no signature file".
        desk.preview(m_data + u"/catalgo.json"_s);
        QCOMPARE(desk.stageCode(), u"refused"_s);
        QVERIFY2(desk.verification().contains(u"no file"_s), qPrintable(desk.verification()));
        desk.preview(m_data);
        QVERIFY2(desk.verification().contains(u"folder"_s), qPrintable(desk.verification()));
        QVERIFY(catalogtest::writeFile(
            file + u".sig"_s, catalogtest::sign(m_dir.filePath(u"p256"_s), file, false)));
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"failed"_s); // signed out
        m_staff->signInNow(u"admin01"_s, kPassword);
        QSignalSpy progress(&desk, &CatalogAdminDesk::progressChanged);
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"checking"_s); // the worker runs; this thread goes on
        QTRY_COMPARE_WITH_TIMEOUT(desk.stageCode(), u"previewed"_s, 20000);
        QCOMPARE(desk.changes().size(), 3);
        for (const QVariant &change : desk.changes())
            QCOMPARE(change.toMap().contains(u"values"_s), true);
        QCOMPARE(m_catalog->versions()->size(), 0); // checking changed nothing
        QSignalSpy changed(&desk, &CatalogAdminDesk::catalogChanged);
        desk.apply();
        QTRY_COMPARE_WITH_TIMEOUT(desk.stageCode(), u"applied"_s, 20000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(m_catalog->versions()->size(), 1);
        QCOMPARE(desk.versions().size(), 1);
        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(entries.last().action, AuditLog::kCatalogLoad);
        QCOMPARE(entries.last().actor, u"admin01"_s);
    }

    void staffAccountsAreManagedByAnAdministrator()
    {
        StaffDirectoryModel directory(*m_accounts, *m_audit, *m_catalog, *m_staff);
        QAbstractItemModelTester tester(
            &directory, QAbstractItemModelTester::FailureReportingMode::QtTest);
        directory.refresh();
        QCOMPARE(directory.rowCount(), 0);
        QVERIFY(directory.messageIsError());
        m_staff->signInNow(u"admin01"_s, kPassword);
        directory.refresh();
        QCOMPARE(directory.rowCount(), 1);
        QVERIFY(directory.index(0).data(StaffDirectoryModel::IsSelfRole).toBool());
        QVERIFY(
            directory.index(0).data(StaffDirectoryModel::LastSignInRole).toString() != u"never"_s);
        QVERIFY(!directory.addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, u"other"_s));
        QVERIFY(directory.addAccount(u"wang"_s, u"front_desk"_s, {}, kPassword, kPassword));
        QCOMPARE(directory.rowCount(), 2);
        QVERIFY(!directory.setLocked(u"admin01"_s, true));
        QVERIFY(directory.setLocked(u"wang"_s, true));
        QVERIFY(directory.resetPassword(u"wang"_s, u"Tide-pool 42"_s, u"Tide-pool 42"_s));
        QVERIFY(directory.assign(u"wang"_s, u"reviewer"_s, u"GD-RSJ"_s));
        QCOMPARE(m_accounts->find(u"wang"_s).value()->department, u"GD-RSJ"_s);
        QCOMPARE(actions(*m_audit).count(AuditLog::kStaffChange), 5);
        QVERIFY(m_audit->verify()->ok);
    }

    void theAuditPageShowsTheNewestFirstAndVerifies()
    {
        AuditTrailModel trail(*m_audit, *m_staff);
        QAbstractItemModelTester tester(
            &trail, QAbstractItemModelTester::FailureReportingMode::QtTest);
        trail.refresh();
        QVERIFY(!trail.checked()); // signed out: nothing read
        QCOMPARE(trail.rowCount(), 0);
        m_staff->signInNow(u"admin01"_s, kPassword);
        trail.refresh();
        QVERIFY(trail.verified());
        QCOMPARE(trail.verifiedEntries(), 2);
        QCOMPARE(trail.rowCount(), 2);
        QCOMPARE(trail.index(0).data(AuditTrailModel::ActionRole).toString(), AuditLog::kSignIn);
        QCOMPARE(
            trail.index(1).data(AuditTrailModel::ActionRole).toString(), AuditLog::kStaffChange);
        QVERIFY(!trail.index(0).data(AuditTrailModel::ActionTextRole).toString().isEmpty());
    }

    // Enrolment from the settings page: a request, signed by the hall CA with openssl, installed.
    void theTerminalCertificateIsRequestedAndInstalled()
    {
        TerminalSetupDesk setup(*m_db, *m_audit, *m_staff, m_data, [] { return QStringList(); });
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVERIFY2(setup.createCertificateRequest(u"GZ-TH-KIOSK-0007"_s, false),
            qPrintable(setup.message()));
        const QString csr = m_data + u"/terminal.csr"_s;
        QVERIFY2(QFileInfo::exists(csr), qPrintable(setup.message()));
        const QString ca = m_dir.filePath(u"hall-ca"_s);
        auto openssl = [](const QStringList &arguments) {
            QProcess process;
            process.start(u"openssl"_s, arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, ca + u".key"_s, u"-out"_s,
            ca + u".pem"_s, u"-days"_s, u"400"_s, u"-subj"_s, u"/CN=Test Hall CA"_s }));
        const QString signedCert = m_data + u"/signed.pem"_s;
        QVERIFY(openssl({ u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, ca + u".pem"_s,
            u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s, u"-out"_s, signedCert, u"-days"_s,
            u"20"_s }));
        QVERIFY(!setup.installCertificate(signedCert, m_dir.filePath(u"p256.pub"_s)));
        QVERIFY(setup.messageIsError());
        QVERIFY2(setup.installCertificate(u"file://"_s + signedCert, ca + u".pem"_s),
            qPrintable(setup.message()));
        QVERIFY2(
            setup.certificate().contains(u"GZ-TH-KIOSK-0007"_s), qPrintable(setup.certificate()));
        // Installed with 20 days left: inside the 30-day warning.
        const auto certificates = TerminalHealth::certificates(
            HallSettings::load(TerminalSettings(*m_db)), QDateTime::currentDateTimeUtc());
        QCOMPARE(certificates.size(), 2);
        for (const CertificateExpiry &c : certificates)
            if (c.role == CertificateExpiry::Role::Terminal)
                QVERIFY(c.expiresSoon);
        QCOMPARE(actions(*m_audit).count(AuditLog::kSettingsChange), 2);
    }
};

QTEST_MAIN(TestAdminDesks)
#include "tst_admindesks.moc"
