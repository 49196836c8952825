#include "commandtable.h"

#include <QCoreApplication>

QList<CtlCommand> ctlCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("db info"),
          QCoreApplication::translate("onewindowctl", "Show the database file, schema version, size and integrity."), &runDbInfo },
    };
}
