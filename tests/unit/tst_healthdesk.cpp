// The health page's desk over a real terminal database: the summary counts the hall first,
// parked events are shown and sent again, and the devices are asked through their interfaces.
#include "admintestsupport.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "healthdesk.h"
#include "qtdocumentprinter.h"
#include "simulatedcardreader.h"
#include "simulateddocumentprinter.h"
#include "simulatedqrscanner.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalsettings.h"

#include <QDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;
using admintest::actions;
using admintest::kPassword;

class TestHealthDesk : public QObject, private admintest::AdminTerminal
{
    Q_OBJECT

private slots:
    void init()
    {
        const QString failed = openTerminal();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
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
};

QTEST_MAIN(TestHealthDesk)
#include "tst_healthdesk.moc"
