// onewindowctl sync …: the outbox to the hall and the hall's events feed.
#include "commandtable.h"
#include "ctlcontext.h"
#include "ctlsecurity.h"
#include "database.h"
#include "fieldcipher.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalsettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace onewindow;

namespace {

void printStatus(CtlContext &context, SyncStore &store)
{
    const auto counters = store.counters();
    if (!counters) {
        context.fail(counters.error());
        return;
    }
    QTextStream &out = context.out();
    out << CtlContext::tr("queue: %1 events waiting").arg(counters->queueDepth) << '\n'
        << CtlContext::tr("parked: %1 events").arg(counters->parked) << '\n'
        << CtlContext::tr("feed cursor: %1").arg(counters->cursor) << '\n'
        << CtlContext::tr("last success: %1")
               .arg(counters->lastSuccess.isEmpty() ? CtlContext::tr("never")
                                                    : counters->lastSuccess)
        << '\n'
        << CtlContext::tr("last error: %1")
               .arg(counters->lastError.isEmpty() ? CtlContext::tr("none") : counters->lastError)
        << '\n';
    const auto parked = store.parkedEvents();
    if (parked)
        for (const ParkedEvent &p : parked.value())
            out << CtlContext::tr("  parked %1 at %2: %3 %4")
                       .arg(p.eventId, p.parkedAt, p.code, p.message)
                << '\n';
    out.flush();
}

} // namespace

int runSyncStatus(CtlContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!context.parse(parser, 0, 0))
        return ExitInvalid;
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    SyncStore store(*db);
    if (!parser.isSet(json)) {
        printStatus(context, store);
        return ExitOk;
    }
    const auto counters = store.counters();
    if (!counters)
        return context.fail(counters.error());
    const auto parked = store.parkedEvents();
    if (!parked)
        return context.fail(parked.error());
    QJsonArray parkedList;
    for (const ParkedEvent &p : parked.value())
        parkedList.append(QJsonObject { { QStringLiteral("event"), p.eventId },
            { QStringLiteral("parkedAt"), p.parkedAt }, { QStringLiteral("code"), p.code },
            { QStringLiteral("message"), p.message } });
    context.printJson(QJsonObject { { QStringLiteral("queue"), counters->queueDepth },
        { QStringLiteral("parked"), counters->parked },
        { QStringLiteral("feedCursor"), counters->cursor },
        { QStringLiteral("lastSuccess"),
            counters->lastSuccess.isEmpty() ? QJsonValue() : QJsonValue(counters->lastSuccess) },
        { QStringLiteral("lastError"),
            counters->lastError.isEmpty() ? QJsonValue() : QJsonValue(counters->lastError) },
        { QStringLiteral("parkedEvents"), parkedList } });
    return ExitOk;
}

int runSyncNow(CtlContext &context)
{
    QCommandLineParser parser;
    if (!context.parse(parser, 0, 0))
        return ExitInvalid;
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    TerminalSettings settings(*db);
    HallClient client(HallSettings::load(settings));
    if (Status ready = client.readiness(); !ready)
        return context.fail(ready.error(), ExitInvalid);
    // The data key opens the audit log, whose head goes to the hall with the sync, and the
    // events: the outbox's are sealed, and pulled ones (applicants' ID numbers and names) are
    // sealed before they are stored, as the terminal itself does.
    auto security = CtlSecurity::open(context);
    if (!security)
        return ExitFailure;
    const FieldCipher cipher(*security->keys);
    SyncStore store(*db, &cipher);
    SyncEngine engine(client, store, client.settings().terminalId);
    engine.setAuditHeadSource([&security] { return security->audit->headText(); });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(
        &engine, &SyncEngine::cycleFinished, &loop, [&](bool success, const QString &error) {
            ok = success;
            if (!success)
                context.err() << error << Qt::endl;
            loop.quit();
        });
    engine.syncNow();
    loop.exec();
    printStatus(context, store);
    return ok ? ExitOk : ExitFailure;
}

int runSyncRetry(CtlContext &context)
{
    QCommandLineParser parser;
    if (!context.parse(parser, 1, 1))
        return ExitInvalid;
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    SyncStore store(*db);
    const QString eventId = parser.positionalArguments().constFirst();
    auto unparked = store.unpark(eventId);
    if (!unparked)
        return context.fail(unparked.error());
    if (!unparked.value())
        return context.fail(
            { QStringLiteral("sync.not_parked"),
                CtlContext::tr("Event %1 is not parked; nothing to retry.").arg(eventId) },
            ExitInvalid);
    context.out() << CtlContext::tr("Event %1 goes out with the next sync.").arg(eventId)
                  << Qt::endl;
    return ExitOk;
}
