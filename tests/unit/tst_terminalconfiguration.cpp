#include "auditlog.h"
#include "database.h"
#include "receiptdocument.h"
#include "terminalconfiguration.h"
#include "terminalsettings.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The terminal settings an administrator edits: every refusal names the key and the reason,
// nothing is saved while anything blocks, and a save is one audited transaction.
class TestTerminalConfiguration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    QStringList m_reached;

    TerminalConfigurationCheck check()
    {
        return TerminalConfigurationCheck([] { return QStringList { u"HP-LaserJet-Hall"_s }; },
            [this](const QUrl &url) -> Status {
                m_reached << url.host();
                if (url.host() == u"down.example"_s)
                    return Error { u"x"_s, u"Connection refused"_s };
                return {};
            });
    }

    static QStringList keys(const QList<SettingProblem> &problems, bool blocking = true)
    {
        QStringList out;
        for (const SettingProblem &p : problems)
            if (p.blocking == blocking)
                out << p.key;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                m_dir.filePath(u"ca.key"_s), u"-out"_s, m_dir.filePath(u"ca.pem"_s), u"-days"_s,
                u"400"_s, u"-subj"_s, u"/CN=Test Hall CA"_s });
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile junk(m_dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a certificate\n");
    }

    void init()
    {
        m_audit.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_round)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'));
        m_reached.clear();
    }

    void defaultsAreValid()
    {
        const TerminalConfiguration loaded = TerminalConfiguration::load(TerminalSettings(*m_db));
        QCOMPARE(loaded.kioskTimeoutSeconds, TerminalConfiguration::kDefaultTimeoutSeconds);
        QCOMPARE(loaded.languages, (QStringList { u"zh_CN"_s, u"en"_s }));
        QVERIFY(check().check(loaded).isEmpty());
        QVERIFY(m_reached.isEmpty()); // no hall address: nothing is contacted
    }

    void refusesWithTheKeyAndAReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("town hall too long")
            << "townHall" << QString(61, u'区') << "terminal.townHall"
            << "settings.bad_town_hall";
        QTest::newRow("town hall two lines")
            << "townHall" << u"天河区\n政务服务中心"_s << "terminal.townHall"
            << "settings.bad_town_hall";
        QTest::newRow("timeout 0") << "timeout"
                                   << "0"
                                   << "kiosk.timeoutSeconds"
                                   << "settings.bad_timeout";
        QTest::newRow("timeout a day") << "timeout"
                                       << "86400"
                                       << "kiosk.timeoutSeconds"
                                       << "settings.bad_timeout";
        QTest::newRow("plain http") << "url"
                                    << "http://hall.example:8080"
                                    << "hall.url"
                                    << "settings.bad_hall_url";
        QTest::newRow("password in url") << "url"
                                         << "https://admin:pw@hall.example"
                                         << "hall.url"
                                         << "settings.bad_hall_url";
        QTest::newRow("ca not a certificate") << "ca"
                                              << "junk.pem"
                                              << "hall.caFile"
                                              << "settings.ca_not_certificate";
        QTest::newRow("ca missing") << "ca"
                                    << "nowhere.pem"
                                    << "hall.caFile"
                                    << "settings.ca_unreadable";
        QTest::newRow("no such printer") << "printer"
                                         << "Canon-Nowhere"
                                         << "devices.printer"
                                         << "settings.no_such_printer";
        QTest::newRow("bad simulated printer") << "receipt"
                                               << "simulated:on-fire"
                                               << "devices.receiptPrinter"
                                               << "settings.bad_device";
        QTest::newRow("bad reader") << "reader"
                                    << "usb:/dev/ttyS0"
                                    << "devices.idCardReader"
                                    << "settings.bad_device";
        QTest::newRow("bad level") << "level"
                                   << "planet"
                                   << "catalog.levels"
                                   << "settings.bad_level";
        QTest::newRow("bad region") << "region"
                                    << "44"
                                    << "catalog.regions"
                                    << "settings.bad_region";
        QTest::newRow("bad language") << "language"
                                      << "fr"
                                      << "kiosk.languages"
                                      << "settings.bad_language";
        QTest::newRow("no language") << "language"
                                     << ""
                                     << "kiosk.languages"
                                     << "settings.no_language";
        QTest::newRow("start language not offered") << "start"
                                                    << "zh_CN"
                                                    << "kiosk.languages"
                                                    << "settings.start_language_not_offered";
    }
    void refusesWithTheKeyAndAReason()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, key);
        QFETCH(QString, code);
        TerminalConfiguration c;
        if (field == u"townHall"_s)
            c.townHall = value;
        else if (field == u"timeout"_s)
            c.kioskTimeoutSeconds = value.toInt();
        else if (field == u"url"_s)
            c.hallUrl = value;
        else if (field == u"ca"_s)
            c.hallCaFile = m_dir.filePath(value);
        else if (field == u"printer"_s)
            c.printer = value;
        else if (field == u"receipt"_s)
            c.receiptPrinter = value;
        else if (field == u"reader"_s)
            c.idCardReader = value;
        else if (field == u"level"_s)
            c.offeredLevels = { u"town"_s, value };
        else if (field == u"region"_s)
            c.offeredRegions = { value };
        else if (field == u"language"_s)
            c.languages = value.isEmpty() ? QStringList() : QStringList { value };
        else if (field == u"start"_s) {
            c.languages = { u"en"_s };
            c.startLanguage = value;
        }
        const auto problems = check().check(c);
        QCOMPARE(keys(problems), QStringList { key });
        QCOMPARE(problems.first().error.code, code);
        QVERIFY(!problems.first().error.message.isEmpty());

        // Nothing is saved, and nothing audited.
        const auto saved = check().save(*m_db, *m_audit, u"admin.li"_s, c);
        QCOMPARE(saved.error().code, code);
        QVERIFY(TerminalSettings(*m_db).value(key).isUndefined());
        QCOMPARE(m_audit->entries()->size(), 0);
    }

    void theStartLanguageIsStoredFirst()
    {
        TerminalConfiguration c;
        c.languages = { u"zh_CN"_s, u"en"_s };
        c.startLanguage = u"en"_s;
        QVERIFY(check().save(*m_db, *m_audit, u"admin.li"_s, c).ok());
        const TerminalConfiguration loaded = TerminalConfiguration::load(TerminalSettings(*m_db));
        QCOMPARE(loaded.orderedLanguages(), (QStringList { u"en"_s, u"zh_CN"_s }));
        QCOMPARE(loaded.startLanguage, u"en"_s);
    }

    void anUnreachableHallIsOnlyAWarning()
    {
        TerminalConfiguration c;
        c.hallUrl = u"https://down.example:8443"_s;
        c.hallCaFile = m_dir.filePath(u"ca.pem"_s);
        const auto problems = check().check(c);
        QVERIFY(keys(problems).isEmpty());
        QCOMPARE(keys(problems, false), QStringList { u"hall.url"_s });
        QVERIFY(problems.first().error.message.contains(u"Connection refused"_s));
        QCOMPARE(m_reached, QStringList { u"down.example"_s });
        QVERIFY(check().save(*m_db, *m_audit, u"admin.li"_s, c).ok());
        QCOMPARE(TerminalSettings(*m_db).text(u"hall.url"_s), c.hallUrl);
    }

    void savesOnlyWhatChangedInOneAuditedStep()
    {
        TerminalConfiguration c;
        c.kioskTimeoutSeconds = 120;
        c.offeredLevels = { u"town"_s, u"county"_s };
        c.printer = u"HP-LaserJet-Hall"_s;
        c.idCardReader = u"file:/run/onewindow/idcard.json"_s;
        auto changed = check().save(*m_db, *m_audit, u"admin.li"_s, c);
        QVERIFY(changed.ok());
        // Only what differs from what the terminal uses now (its defaults at first).
        QCOMPARE(changed.value(),
            (QStringList { u"catalog.levels"_s, u"kiosk.timeoutSeconds"_s, u"devices.printer"_s,
                u"devices.idCardReader"_s }));
        c.kioskTimeoutSeconds = 300;
        changed = check().save(*m_db, *m_audit, u"admin.li"_s, c);
        QCOMPARE(changed.value(), QStringList { u"kiosk.timeoutSeconds"_s });
        QVERIFY(check().save(*m_db, *m_audit, u"admin.li"_s, c).value().isEmpty());

        const TerminalConfiguration loaded = TerminalConfiguration::load(TerminalSettings(*m_db));
        QCOMPARE(loaded.kioskTimeoutSeconds, 300);
        QCOMPARE(loaded.offeredLevels, c.offeredLevels);
        QCOMPARE(loaded.printer, c.printer);
        QCOMPARE(loaded.idCardReader, c.idCardReader);

        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(entries.size(), 2); // nothing changed: no entry
        QCOMPARE(entries.last().action, AuditLog::kSettingsChange);
        QCOMPARE(entries.last().actor, u"admin.li"_s);
        QCOMPARE(entries.last().detail, u"kiosk.timeoutSeconds"_s);
        QVERIFY(m_audit->verify()->ok);
    }

    // Issue 32 item 12: the town hall's name is set by the administrator (the command line and
    // the settings page), checked, audited, and what the next receipt prints.
    void townHallIsCheckedAuditedAndPrintedOnReceipts()
    {
        QCOMPARE(TerminalConfigurationCheck::saveTownHall(*m_db, *m_audit, u"admin.li"_s, u"  "_s)
                     .error()
                     .code,
            u"settings.bad_town_hall"_s);
        QCOMPARE(m_audit->entries()->size(), 0);
        auto saved = TerminalConfigurationCheck::saveTownHall(
            *m_db, *m_audit, u"admin.li"_s, u" 天河区政务服务中心 "_s);
        QVERIFY(saved.ok());
        QVERIFY(saved.value());
        // The same name again changes nothing and records nothing.
        QVERIFY(!TerminalConfigurationCheck::saveTownHall(
            *m_db, *m_audit, u"admin.li"_s, u"天河区政务服务中心"_s)
                     .value());
        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.last().action, AuditLog::kSettingsChange);
        QCOMPARE(entries.last().detail, u"terminal.townHall"_s);

        // The settings page's save keeps it (the form carries it) and changes it.
        TerminalConfiguration c = TerminalConfiguration::load(TerminalSettings(*m_db));
        QCOMPARE(c.townHall, u"天河区政务服务中心"_s);
        c.kioskTimeoutSeconds = 120;
        QCOMPARE(check().save(*m_db, *m_audit, u"admin.li"_s, c).value(),
            QStringList { u"kiosk.timeoutSeconds"_s });
        c.townHall = u"越秀区政务服务中心"_s;
        QCOMPARE(check().save(*m_db, *m_audit, u"admin.li"_s, c).value(),
            QStringList { u"terminal.townHall"_s });

        // The receipt's service centre is the name saved, read as the shell reads it for every
        // receipt (TerminalShell::startReceiptPrinter).
        ReceiptContext context;
        context.terminalId = u"GZ-TH-KIOSK-0007"_s;
        context.townHall = TerminalSettings(*m_db).text(u"terminal.townHall"_s);
        FiledApplication filed;
        filed.receiptNumber = u"GZTH0007-20261207-0042"_s;
        filed.submittedAt = QDateTime(QDate(2026, 12, 7), QTime(2, 30), Qt::UTC);
        FiledCase one;
        one.itemCode = u"SB-001"_s;
        one.itemName = u"社会保障卡挂失"_s;
        one.dueDate = QDate(2026, 12, 7);
        filed.cases = { one };
        QStringList printed;
        // The document is kept: a range over blocks() of a temporary reads freed memory.
        const PrintableDocument receipt = ReceiptDocument::build(filed, context);
        for (const PrintableDocument::Block &b : receipt.blocks())
            printed << b.value;
        QVERIFY2(printed.contains(u"越秀区政务服务中心"_s), qPrintable(printed.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestTerminalConfiguration)
#include "tst_terminalconfiguration.moc"
