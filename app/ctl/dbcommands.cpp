// onewindowctl db …: the terminal database.
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace onewindow;

int runDbInfo(CtlContext &context)
{
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
    return integrity && integrity.value() == QLatin1String("ok") ? ExitOk : ExitFailure;
}
