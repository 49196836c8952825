// onewindowctl terminal init: the explicit first start that makes a terminal's data folder.
#include "commandtable.h"
#include "ctlcontext.h"
#include "database.h"
#include "datadirectory.h"
#include "datakeys.h"

using namespace onewindow;

int runTerminalInit(CtlContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail({ QStringLiteral("cli.bad_option"),
                                CtlContext::tr("\"terminal init\" takes no arguments; the folder "
                                               "is given with --data-dir.") },
            ExitInvalid);
    const bool existed = DataDirectory::holdsTerminal(context.dataDir());
    context.setMayCreate(true);
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    // The data key is made with the database, so that the folder is whole from the start
    // (a later command never has to decide whether a missing key means "new" or "lost").
    const auto dir = DataDirectory::existing(context.dataDir());
    if (!dir)
        return context.fail(dir.error());
    if (auto keys = DataKeys::open(*db, dir->dataKeyPath()); !keys)
        return context.fail(keys.error());
    context.out() << (existed
            ? CtlContext::tr("%1 already holds a OneWindow terminal; nothing was changed.")
            : CtlContext::tr("A new OneWindow terminal was set up in %1 (database and data key). "
                             "Next: trust the catalog publisher and import a catalog."))
                         .arg(dir->path())
                  << Qt::endl;
    return ExitOk;
}
