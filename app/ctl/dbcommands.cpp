// onewindowctl db …: the terminal database.
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

using namespace onewindow;

int runDbInfo(CtlContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("--json"));
    if (!context.arguments().isEmpty())
        return context.fail({ QStringLiteral("cli.bad_option"),
                                CtlContext::tr("\"db info\" takes no arguments; got \"%1\".")
                                    .arg(context.arguments().join(QLatin1Char(' '))) },
            ExitInvalid);
    Database *db = context.database();
    if (!db)
        return ExitFailure;

    QSqlQuery q(db->connection());
    QString journalMode;
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        journalMode = q.value(0).toString();
    q.finish();
    int pageSize = 0;
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        pageSize = q.value(0).toInt();
    const auto integrity = db->integrityCheck();

    const bool ok = integrity && integrity.value() == QLatin1String("ok");
    if (json) {
        context.printJson(QJsonObject { { QStringLiteral("database"), db->filePath() },
            { QStringLiteral("schemaVersion"), db->schemaVersion() },
            { QStringLiteral("programSchemaVersion"), db->latestSchemaVersion() },
            { QStringLiteral("journalMode"), journalMode },
            { QStringLiteral("pageSize"), pageSize },
            { QStringLiteral("sizeBytes"), QFileInfo(db->filePath()).size() },
            { QStringLiteral("integrity"),
                integrity ? integrity.value() : integrity.error().message },
            { QStringLiteral("ok"), ok } });
        return ok ? ExitOk : ExitFailure;
    }
    QTextStream &out = context.out();
    out << CtlContext::tr("database: %1").arg(db->filePath()) << '\n'
        << CtlContext::tr("schema version: %1 (this program: %2)")
               .arg(db->schemaVersion())
               .arg(db->latestSchemaVersion())
        << '\n'
        << CtlContext::tr("journal mode: %1").arg(journalMode) << '\n'
        << CtlContext::tr("page size: %1 bytes").arg(pageSize) << '\n'
        << CtlContext::tr("size: %1 bytes").arg(QFileInfo(db->filePath()).size()) << '\n'
        << CtlContext::tr("integrity: %1")
               .arg(integrity ? integrity.value() : integrity.error().message)
        << Qt::endl;
    return ok ? ExitOk : ExitFailure;
}
