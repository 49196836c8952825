// The list of onewindowctl commands: "group name" → handler, with a one-line summary each.
#pragma once

#include <QList>
#include <QString>

class CtlContext;

struct CtlCommand
{
    QString group;
    QString name; // empty when the group itself is the command
    QString usage;
    QString summary;
    int (*run)(CtlContext &context);
};

// Every command, in the order --help lists them.
QList<CtlCommand> ctlCommands();

// Declared here, defined in the <group>commands.cpp files.
int runDbInfo(CtlContext &context);
int runHallCheck(CtlContext &context);
int runTerminalInit(CtlContext &context);
int runTerminalEnroll(CtlContext &context);
int runSettingsSetTownHall(CtlContext &context);
int runSyncStatus(CtlContext &context);
int runSyncNow(CtlContext &context);
int runSyncRetry(CtlContext &context);
int runIdCheck(CtlContext &context);
int runStaffAdd(CtlContext &context);
int runStaffPasswd(CtlContext &context);
int runStaffLock(CtlContext &context);
int runStaffUnlock(CtlContext &context);
int runStaffList(CtlContext &context);
int runStaffDeactivate(CtlContext &context);
int runStaffReactivate(CtlContext &context);
int runStaffRealName(CtlContext &context);
int runAuditVerify(CtlContext &context);
int runAuditShow(CtlContext &context);
int runCatalogImport(CtlContext &context);
int runCatalogVersions(CtlContext &context);
int runCatalogRollback(CtlContext &context);
int runCatalogSearch(CtlContext &context);
int runTrustAddPublisher(CtlContext &context);
int runTrustAddIssuer(CtlContext &context);
int runTrustRevoke(CtlContext &context);
int runTrustUnrevoke(CtlContext &context);
int runTrustRemovePublisher(CtlContext &context);
int runTrustRemoveIssuer(CtlContext &context);
int runTrustList(CtlContext &context);
int runTrustRefresh(CtlContext &context);
int runEcertVerify(CtlContext &context);
int runReportKpi(CtlContext &context);
int runDocumentOpen(CtlContext &context);
