// The settings page's desk over a real terminal database: settings checked, saved and audited,
// the devices' test print and test read, the messages that point to the setting to correct, and
// the terminal certificate requested and installed.
#include "admintestsupport.h"
#include "catalogtestsupport.h"
#include "hallsettings.h"
#include "simulateddocumentprinter.h"
#include "terminalhealth.h"
#include "terminalsettings.h"
#include "terminalsetupdesk.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;
using admintest::actions;
using admintest::kPassword;

class TestTerminalSetupDesk : public QObject, private admintest::AdminTerminal
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

QTEST_MAIN(TestTerminalSetupDesk)
#include "tst_terminalsetupdesk.moc"
