#include "commandtable.h"

#include <QCoreApplication>

QList<CtlCommand> ctlCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("db info"),
          QCoreApplication::translate("onewindowctl", "Show the database file, schema version, size and integrity."), &runDbInfo },
        { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("id check NUMBER"),
          QCoreApplication::translate("onewindowctl", "Check a resident ID number or credit code (exit 2 when invalid)."), &runIdCheck },
    };
}
