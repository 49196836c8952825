#include "commandtable.h"

#include <QCoreApplication>

QList<CtlCommand> ctlCommands()
{
    return {
        { QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("db info [--json]"),
            QCoreApplication::translate(
                "onewindowctl", "Show the database file, schema version, size and integrity."),
            &runDbInfo },
        { QStringLiteral("hall"), QStringLiteral("check"),
            QStringLiteral("hall check [--url URL] [--ca PEM] [--cert PEM --key PEM] "
                           "[--require-ocsp | --no-ocsp-stapling]"),
            QCoreApplication::translate("onewindowctl",
                "Connect to the hall with this terminal's TLS settings and "
                "report its version and clock skew, or why it was refused "
                "(exit 3 for a TLS refusal)."),
            &runHallCheck },
        { QStringLiteral("terminal"), QStringLiteral("init"), QStringLiteral("terminal init"),
            QCoreApplication::translate("onewindowctl",
                "Set up a new terminal in the data folder (its database and data key); every "
                "other command refuses a folder that holds no terminal (exit 2)."),
            &runTerminalInit },
        { QStringLiteral("terminal"), QStringLiteral("enroll"),
            QStringLiteral("terminal enroll --id ID [--url URL] | --install CERT --ca CA"),
            QCoreApplication::translate("onewindowctl",
                "Make this terminal's key and certificate request, or "
                "install the signed certificate and the hall CA."),
            &runTerminalEnroll },
        { QStringLiteral("settings"), QStringLiteral("set-town-hall"),
            QStringLiteral("settings set-town-hall NAME [--dry-run] [--json]"),
            QCoreApplication::translate("onewindowctl",
                "Set the town hall's name that receipts and notices print as the service "
                "centre (audited)."),
            &runSettingsSetTownHall },
        { QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("sync status [--json]"),
            QCoreApplication::translate("onewindowctl",
                "Show the events waiting for the hall, parked events with "
                "their reasons, the last success and the last error."),
            &runSyncStatus },
        { QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("sync now"),
            QCoreApplication::translate(
                "onewindowctl", "Push waiting events to the hall and pull its events now."),
            &runSyncNow },
        { QStringLiteral("sync"), QStringLiteral("retry"), QStringLiteral("sync retry EVENT"),
            QCoreApplication::translate("onewindowctl",
                "Put a parked event back into the queue after fixing the "
                "reason it was refused."),
            &runSyncRetry },
        { QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("id check NUMBER"),
            QCoreApplication::translate(
                "onewindowctl", "Check a resident ID number or credit code (exit 2 when invalid)."),
            &runIdCheck },
        { QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("staff add USER --role ROLE [--department CODE] [--real-name NAME]"),
            QCoreApplication::translate(
                "onewindowctl", "Add a staff account; the password is read from standard input."),
            &runStaffAdd },
        { QStringLiteral("staff"), QStringLiteral("passwd"), QStringLiteral("staff passwd USER"),
            QCoreApplication::translate(
                "onewindowctl", "Set a staff member's password (read from standard input)."),
            &runStaffPasswd },
        { QStringLiteral("staff"), QStringLiteral("lock"),
            QStringLiteral("staff lock USER [--dry-run]"),
            QCoreApplication::translate("onewindowctl",
                "Stop a staff account from signing in (never the last active administrator)."),
            &runStaffLock },
        { QStringLiteral("staff"), QStringLiteral("unlock"), QStringLiteral("staff unlock USER"),
            QCoreApplication::translate(
                "onewindowctl", "Let a staff account sign in again and clear a lock-out."),
            &runStaffUnlock },
        { QStringLiteral("staff"), QStringLiteral("deactivate"),
            QStringLiteral("staff deactivate USER [--dry-run]"),
            QCoreApplication::translate("onewindowctl",
                "Deactivate a staff account: kept for the audit trail, cannot sign in (never the "
                "last active administrator)."),
            &runStaffDeactivate },
        { QStringLiteral("staff"), QStringLiteral("reactivate"),
            QStringLiteral("staff reactivate USER [--dry-run]"),
            QCoreApplication::translate("onewindowctl", "Reactivate a deactivated staff account."),
            &runStaffReactivate },
        { QStringLiteral("staff"), QStringLiteral("real-name"),
            QStringLiteral("staff real-name USER NAME"),
            QCoreApplication::translate("onewindowctl",
                "Record a staff member's real name (an empty NAME clears it); stored encrypted."),
            &runStaffRealName },
        { QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("staff list [--json]"),
            QCoreApplication::translate(
                "onewindowctl", "List staff accounts with role, department and state."),
            &runStaffList },
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("audit verify"),
            QCoreApplication::translate("onewindowctl",
                "Check the audit chain: ok, or the first changed, removed or re-ordered entry "
                "(exit 1)."),
            &runAuditVerify },
        { QStringLiteral("audit"), QStringLiteral("show"),
            QStringLiteral("audit show [--since DATE]"),
            QCoreApplication::translate(
                "onewindowctl", "Print the audit log, optionally from a date on."),
            &runAuditShow },
        { QStringLiteral("catalog"), QStringLiteral("import"),
            QStringLiteral(
                "catalog import FILE [--signature FILE.sig] [--dry-run] [--allow-older]"),
            QCoreApplication::translate("onewindowctl",
                "Verify, check and apply a signed service catalog (exit 2 invalid, 3 signature or "
                "trust failure, 4 older than the active catalog without --allow-older)."),
            &runCatalogImport },
        { QStringLiteral("catalog"), QStringLiteral("versions"),
            QStringLiteral("catalog versions [--json]"),
            QCoreApplication::translate("onewindowctl",
                "List the catalog versions kept on this terminal; * marks the active one."),
            &runCatalogVersions },
        { QStringLiteral("catalog"), QStringLiteral("rollback"),
            QStringLiteral("catalog rollback VERSION [--dry-run]"),
            QCoreApplication::translate(
                "onewindowctl", "Make an earlier catalog version active again."),
            &runCatalogRollback },
        { QStringLiteral("catalog"), QStringLiteral("search"),
            QStringLiteral("catalog search QUERY [--limit N]"),
            QCoreApplication::translate(
                "onewindowctl", "Find service items by Chinese, full pinyin or pinyin initials."),
            &runCatalogSearch },
        { QStringLiteral("trust"), QStringLiteral("add-publisher"),
            QStringLiteral("trust add-publisher KEY_ID PEM_FILE [--valid-until DATE]"),
            QCoreApplication::translate("onewindowctl",
                "Trust a catalog publisher's SM2 or P-256 public key for its publisherKeyId."),
            &runTrustAddPublisher },
        { QStringLiteral("trust"), QStringLiteral("add-issuer"),
            QStringLiteral("trust add-issuer KEY_ID PEM_FILE"),
            QCoreApplication::translate("onewindowctl",
                "Trust an e-certificate issuer's SM2 or P-256 public key for its kid."),
            &runTrustAddIssuer },
        { QStringLiteral("trust"), QStringLiteral("revoke"),
            QStringLiteral("trust revoke KEY_ID CERT_NUMBER [--dry-run]"),
            QCoreApplication::translate("onewindowctl",
                "Add a certificate number to a trusted issuer's revocation list on this "
                "terminal."),
            &runTrustRevoke },
        { QStringLiteral("trust"), QStringLiteral("unrevoke"),
            QStringLiteral("trust unrevoke KEY_ID CERT_NUMBER [--dry-run]"),
            QCoreApplication::translate(
                "onewindowctl", "Lift a revocation made on this terminal (audited)."),
            &runTrustUnrevoke },
        { QStringLiteral("trust"), QStringLiteral("remove-publisher"),
            QStringLiteral("trust remove-publisher KEY_ID [--dry-run]"),
            QCoreApplication::translate("onewindowctl",
                "Stop trusting a catalog publisher's key (the active catalog stays)."),
            &runTrustRemovePublisher },
        { QStringLiteral("trust"), QStringLiteral("remove-issuer"),
            QStringLiteral("trust remove-issuer KEY_ID [--dry-run]"),
            QCoreApplication::translate(
                "onewindowctl", "Stop trusting an e-certificate issuer's key."),
            &runTrustRemoveIssuer },
        { QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("trust list [--json]"),
            QCoreApplication::translate("onewindowctl",
                "List trusted publisher and issuer keys, revocations and the trust list's age."),
            &runTrustList },
        { QStringLiteral("trust"), QStringLiteral("refresh"),
            QStringLiteral("trust refresh [--json]"),
            QCoreApplication::translate("onewindowctl",
                "Fetch the hall's trust list (issuer keys and revocations) now; good syncs fetch "
                "it when it is older than six hours."),
            &runTrustRefresh },
        { QStringLiteral("ecert"), QStringLiteral("verify"),
            QStringLiteral("ecert verify FILE [--holder ID_NUMBER]"),
            QCoreApplication::translate("onewindowctl",
                "Verify an e-certificate envelope offline: exit 0 genuine, 3 not genuine, 4 "
                "expired, 5 revoked, 6 holder mismatch, 2 not an envelope."),
            &runEcertVerify },
        { QStringLiteral("report"), QStringLiteral("kpi"),
            QStringLiteral("report kpi --from DATE --to DATE [--as-of DATE] [--csv | --json]"),
            QCoreApplication::translate("onewindowctl",
                "Print the town hall's KPIs for a period (online handling rates, visits per "
                "case, on-time rate, cases per item and day, ratings) as of today or the "
                "--as-of day; --csv writes the spreadsheet export."),
            &runReportKpi },
        { QStringLiteral("document"), QStringLiteral("open"),
            QStringLiteral("document open FILE.pdf.sealed --out PDF"),
            QCoreApplication::translate("onewindowctl",
                "Write out a document this terminal kept sealed because it had no printer "
                "(statements, verified copies, decision notices)."),
            &runDocumentOpen },
    };
}
