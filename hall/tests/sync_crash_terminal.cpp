// A headless kiosk for the crash and restart tests: files cases through the real CaseFiling one
// after another while the real SyncEngine pushes them to the hall over mutual TLS, and prints
// `ack <case id>` (flushed) only once the filing call returned success, which is what the
// citizen's receipt stands for. The tests kill it with SIGKILL at any moment and start it
// again on the same data folder.
//   sync_crash_terminal --data-dir DIR [--hall URL --ca F --cert F --key F --terminal-id ID]
//       [--file N] [--batch-size B] [--poll-ms P] [--no-sync] [--until-synced]
// --hall … saves the hall settings in the terminal's database (as terminal enrolment does);
// later runs read them from there. --until-synced: after filing, keep syncing until a cycle
// ends well with an empty outbox, print `synced`, exit 0.
#include "auditlog.h"
#include "casefiling.h"
#include "casestore.h"
#include "database.h"
#include "datadirectory.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "filingterminal.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalsettings.h"
#include "workingdaycalendar.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

using namespace onewindow;
using onewindow::hall::demoApplication;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "sync_crash_terminal: %s: %s (%s)\n", qPrintable(what),
        qPrintable(error.message), qPrintable(error.code));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("terminal data folder"), QStringLiteral("dir"));
    const QCommandLineOption hall(
        QStringLiteral("hall"), QStringLiteral("hall URL to save"), QStringLiteral("url"));
    const QCommandLineOption ca(
        QStringLiteral("ca"), QStringLiteral("hall CA"), QStringLiteral("f"));
    const QCommandLineOption cert(
        QStringLiteral("cert"), QStringLiteral("terminal certificate"), QStringLiteral("f"));
    const QCommandLineOption key(
        QStringLiteral("key"), QStringLiteral("terminal key"), QStringLiteral("f"));
    const QCommandLineOption terminalId(
        QStringLiteral("terminal-id"), QStringLiteral("terminal id"), QStringLiteral("id"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("cases to file"),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption batch(QStringLiteral("batch-size"), QStringLiteral("push batch"),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption poll(QStringLiteral("poll-ms"), QStringLiteral("idle poll"),
        QStringLiteral("ms"), QStringLiteral("200"));
    const QCommandLineOption noSync(QStringLiteral("no-sync"), QStringLiteral("file only"));
    const QCommandLineOption untilSynced(
        QStringLiteral("until-synced"), QStringLiteral("exit once the outbox is empty"));
    parser.addOptions(
        { dataDir, hall, ca, cert, key, terminalId, file, batch, poll, noSync, untilSynced });
    parser.process(app);

    auto dir = DataDirectory::prepare(parser.value(dataDir));
    if (!dir)
        return fail(QStringLiteral("data folder"), dir.error());
    auto db = Database::open(dir->databasePath());
    if (!db)
        return fail(QStringLiteral("database"), db.error());
    Database &database = *db.value();
    auto keys = DataKeys::open(database, dir->dataKeyPath());
    if (!keys)
        return fail(QStringLiteral("data key"), keys.error());
    TerminalSettings settings(database);
    if (parser.isSet(hall)) {
        HallSettings enrolled;
        enrolled.url = QUrl(parser.value(hall));
        enrolled.caFile = parser.value(ca);
        enrolled.certFile = parser.value(cert);
        enrolled.keyFile = parser.value(key);
        enrolled.terminalId = parser.value(terminalId);
        if (Status s = enrolled.save(settings); !s)
            return fail(QStringLiteral("hall settings"), s.error());
    }
    const HallSettings hallSettings = HallSettings::load(settings);
    if (Status s = hallSettings.validate(); !s)
        return fail(QStringLiteral("hall settings"), s.error());

    // The kiosk's own wiring (TerminalShell): sealed outbox, cases on it, the audit head.
    const FieldCipher cipher(keys.value());
    SyncStore outbox(database, &cipher);
    CaseStore cases(database, cipher, outbox);
    CaseFiling filing(cases, hallSettings.terminalId);
    const AuditLog audit(database, keys->auditKey());
    const WorkingDayCalendar calendar({}, {});
    HallClient client(hallSettings);
    if (Status s = client.readiness(); !s)
        return fail(QStringLiteral("hall client"), s.error());
    SyncEngine engine(client, outbox, hallSettings.terminalId);
    engine.setAuditHeadSource([&audit] { return audit.headText(); });
    engine.setBatchSize(parser.value(batch).toInt());
    engine.setPollInterval(parser.value(poll).toInt());
    // Short waits after failures: a test's hall comes back within seconds.
    engine.setBackoff(BackoffPolicy(50, 1000));

    const int toFile = parser.value(file).toInt();
    const bool waitForSync = parser.isSet(untilSynced);
    int filed = 0;
    bool filingDone = toFile <= 0;
    auto finishIfDone = [&] {
        if (filingDone && !waitForSync)
            app.exit(0);
    };
    QObject::connect(&engine, &SyncEngine::cycleFinished, &app, [&](bool ok) {
        if (!ok || !filingDone || !waitForSync)
            return;
        const auto counters = outbox.counters();
        if (counters && counters->queueDepth == 0) {
            std::printf("synced\n");
            std::fflush(stdout);
            app.exit(0);
        }
    });

    // One case per turn of the event loop, so pushes and their answers interleave with filing.
    QTimer next;
    next.setInterval(0);
    QObject::connect(&next, &QTimer::timeout, &app, [&] {
        if (filed >= toFile) {
            next.stop();
            filingDone = true;
            finishIfDone();
            if (waitForSync && !parser.isSet(noSync))
                engine.syncNow();
            return;
        }
        const auto serial = cases.caseCount();
        auto result = filing.file(demoApplication(serial ? serial.value() : 0), calendar,
            QDateTime::currentDateTimeUtc());
        if (!result) {
            app.exit(fail(QStringLiteral("filing"), result.error()));
            return;
        }
        ++filed;
        for (const FiledCase &c : result->cases)
            std::printf("ack %s\n", qPrintable(c.caseId));
        std::fflush(stdout);
    });
    if (!parser.isSet(noSync))
        engine.start();
    if (toFile > 0)
        next.start();
    else
        QTimer::singleShot(0, &app, [&] {
            finishIfDone();
            if (waitForSync && !parser.isSet(noSync))
                engine.syncNow();
        });
    return app.exec();
}
