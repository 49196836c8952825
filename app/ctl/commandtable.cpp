#include "commandtable.h"

#include <QCoreApplication>

QList<CtlCommand> ctlCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("db info"),
          QCoreApplication::translate("onewindowctl", "Show the database file, schema version, size and integrity."), &runDbInfo },
        { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("id check NUMBER"),
          QCoreApplication::translate("onewindowctl", "Check a resident ID number or credit code (exit 2 when invalid)."), &runIdCheck },
        { QStringLiteral("catalog"), QStringLiteral("import"),
            QStringLiteral("catalog import FILE [--signature FILE.sig] [--dry-run]"),
            QCoreApplication::translate("onewindowctl",
                "Verify, check and apply a signed service catalog (exit 2 invalid, 3 signature or "
                "trust failure)."),
            &runCatalogImport },
        { QStringLiteral("catalog"), QStringLiteral("versions"), QStringLiteral("catalog versions"),
            QCoreApplication::translate("onewindowctl",
                "List the catalog versions kept on this terminal; * marks the active one."),
            &runCatalogVersions },
        { QStringLiteral("catalog"), QStringLiteral("rollback"),
            QStringLiteral("catalog rollback VERSION"),
            QCoreApplication::translate(
                "onewindowctl", "Make an earlier catalog version active again."),
            &runCatalogRollback },
        { QStringLiteral("catalog"), QStringLiteral("search"),
            QStringLiteral("catalog search QUERY [--limit N]"),
            QCoreApplication::translate(
                "onewindowctl", "Find service items by Chinese, full pinyin or pinyin initials."),
            &runCatalogSearch },
        { QStringLiteral("trust"), QStringLiteral("add-publisher"),
            QStringLiteral("trust add-publisher KEY_ID PEM_FILE"),
            QCoreApplication::translate("onewindowctl",
                "Trust a catalog publisher's SM2 or P-256 public key for its publisherKeyId."),
            &runTrustAddPublisher },
    };
}
