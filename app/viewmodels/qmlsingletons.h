// QML singletons for the terminal-wide objects: the composition root creates the objects and
// hands them over here before QML loads; the classes themselves carry no singleton code.
#pragma once

#include "applicationdesk.h"
#include "audittrailmodel.h"
#include "casedossierdesk.h"
#include "caseinboxmodel.h"
#include "casetracker.h"
#include "catalogadmindesk.h"
#include "certificatewalletmodel.h"
#include "citizendesk.h"
#include "contributionpaymentdesk.h"
#include "hallstatus.h"
#include "healthdesk.h"
#include "identitycheckdesk.h"
#include "kpidesk.h"
#include "languageswitcher.h"
#include "servicefinder.h"
#include "socialsecuritydesk.h"
#include "staffdesk.h"
#include "staffdirectorymodel.h"
#include "supervisiondesk.h"
#include "terminalinfo.h"
#include "terminalsetupdesk.h"
#include "trustdesk.h"
#include "uipreferences.h"

#include <QJSEngine>
#include <QQmlEngine>

template<typename T>
struct ProvidedSingleton
{
    static inline T *provided = nullptr;
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(provided, "ProvidedSingleton", "the composition root must provide it first");
        QJSEngine::setObjectOwnership(provided, QJSEngine::CppOwnership);
        return provided;
    }
};

struct UiPreferencesSingleton : ProvidedSingleton<UiPreferences>
{
    Q_GADGET
    QML_FOREIGN(UiPreferences)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Preferences)
};

struct LanguageSwitcherSingleton : ProvidedSingleton<LanguageSwitcher>
{
    Q_GADGET
    QML_FOREIGN(LanguageSwitcher)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Languages)
};

struct TerminalInfoSingleton : ProvidedSingleton<TerminalInfo>
{
    Q_GADGET
    QML_FOREIGN(TerminalInfo)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Terminal)
};

struct StaffDeskSingleton : ProvidedSingleton<StaffDesk>
{
    Q_GADGET
    QML_FOREIGN(StaffDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Staff)
};

struct HallStatusSingleton : ProvidedSingleton<HallStatus>
{
    Q_GADGET
    QML_FOREIGN(HallStatus)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Hall)
};

struct ServiceFinderSingleton : ProvidedSingleton<ServiceFinder>
{
    Q_GADGET
    QML_FOREIGN(ServiceFinder)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Finder)
};

struct SocialSecurityDeskSingleton : ProvidedSingleton<SocialSecurityDesk>
{
    Q_GADGET
    QML_FOREIGN(SocialSecurityDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SocialSecurity)
};

struct ContributionPaymentDeskSingleton : ProvidedSingleton<ContributionPaymentDesk>
{
    Q_GADGET
    QML_FOREIGN(ContributionPaymentDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(ContributionPayments)
};

struct IdentityCheckSingleton : ProvidedSingleton<IdentityCheckDesk>
{
    Q_GADGET
    QML_FOREIGN(IdentityCheckDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(IdentityCheck)
};

struct CitizenDeskSingleton : ProvidedSingleton<CitizenDesk>
{
    Q_GADGET
    QML_FOREIGN(CitizenDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Citizen)
};

struct ApplicationDeskSingleton : ProvidedSingleton<ApplicationDesk>
{
    Q_GADGET
    QML_FOREIGN(ApplicationDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Application)
};

struct CaseTrackerSingleton : ProvidedSingleton<CaseTracker>
{
    Q_GADGET
    QML_FOREIGN(CaseTracker)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Tracking)
};

struct CertificateWalletSingleton : ProvidedSingleton<CertificateWalletModel>
{
    Q_GADGET
    QML_FOREIGN(CertificateWalletModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Wallet)
};

struct CaseInboxSingleton : ProvidedSingleton<CaseInboxModel>
{
    Q_GADGET
    QML_FOREIGN(CaseInboxModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Inbox)
};

struct CaseDossierSingleton : ProvidedSingleton<CaseDossierDesk>
{
    Q_GADGET
    QML_FOREIGN(CaseDossierDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Dossier)
};

struct SupervisionSingleton : ProvidedSingleton<SupervisionDesk>
{
    Q_GADGET
    QML_FOREIGN(SupervisionDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Supervision)
};

// The administration view.
struct CatalogAdminSingleton : ProvidedSingleton<CatalogAdminDesk>
{
    Q_GADGET
    QML_FOREIGN(CatalogAdminDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(CatalogAdmin)
};

struct StaffDirectorySingleton : ProvidedSingleton<StaffDirectoryModel>
{
    Q_GADGET
    QML_FOREIGN(StaffDirectoryModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(StaffDirectory)
};

struct AuditTrailSingleton : ProvidedSingleton<AuditTrailModel>
{
    Q_GADGET
    QML_FOREIGN(AuditTrailModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(AuditTrail)
};

struct TerminalSetupSingleton : ProvidedSingleton<TerminalSetupDesk>
{
    Q_GADGET
    QML_FOREIGN(TerminalSetupDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(TerminalSetup)
};

struct HealthSingleton : ProvidedSingleton<HealthDesk>
{
    Q_GADGET
    QML_FOREIGN(HealthDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Health)
};

struct KpiSingleton : ProvidedSingleton<KpiDesk>
{
    Q_GADGET
    QML_FOREIGN(KpiDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Kpi)
};

struct TrustSingleton : ProvidedSingleton<TrustDesk>
{
    Q_GADGET
    QML_FOREIGN(TrustDesk)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Trust)
};
