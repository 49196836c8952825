// The composition root of the onewindow GUI: opens the data, creates every object once, loads QML.
#pragma once

#include "launchoptions.h"
#include "result.h"
#include "terminaldevices.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

class QQuickWindow;
class UiPreferences;
class LanguageSwitcher;
class TerminalInfo;
class StaffDesk;
class HallStatus;
class ServiceFinder;
class SocialSecurityDesk;
class ContributionPaymentDesk;
class CitizenDesk;
class ApplicationDesk;
class CaseTracker;
class CaseInboxModel;
class CaseDossierDesk;
class SupervisionDesk;
class CertificateWalletModel;
class CatalogAdminDesk;
class StaffDirectoryModel;
class AuditTrailModel;
class TerminalSetupDesk;
class HealthDesk;
class KpiDesk;
class TrustDesk;
class IdentityCheckDesk;
namespace onewindow {
class AuditLog;
class Database;
class DataKeys;
class StaffAccounts;
class HallClient;
class HallStaffSessions;
class SyncStore;
class SyncEngine;
class PinyinTranscriber;
class CatalogStore;
class CatalogSearch;
class CitizenSession;
class KioskVisit;
class SimulatedCamera;
class IdentityConfirmation;
class DocumentPrinter;
class StatementRegistry;
class CardReader;
class QrScanner;
class FieldCipher;
class CaseStore;
class CaseFiling;
class CaseFeedProjection;
class CaseIntake;
class CaseDecisions;
class RatingDelivery;
class CertificateTrustStore;
class TrustListRefresh;
class SessionCertificates;
class CertificateWallet;
class CertificateEvidence;
} // namespace onewindow

class TerminalShell : public QObject
{
    Q_OBJECT
public:
    // startClock runs from the start of main(), so first-frame times cover the whole start-up.
    TerminalShell(LaunchOptions options, QElapsedTimer startClock, QObject *parent = nullptr);
    ~TerminalShell() override;

    // Opens the data directory and database, wires the services, loads and shows the window.
    onewindow::Status start();

private:
    // Starts syncing when the terminal is enrolled with a hall; works on offline otherwise.
    void startSync();
    // A back office's staff sign-ins also open hall sessions, whose tokens go with their events.
    void openHallStaffSessions();
    // The citizen's side of the kiosk: session, identification, applications, tracking.
    void startCitizenServices();
    void startReceiptPrinter();
    // The citizen's e-certificates: trust list, session cache, lookups and the wallet page.
    void wireCertificates();
    void wireCaseProgress();
    // The back office: cases taken in from the hall, the role inboxes and the open case.
    void wireBackOffice();
    // The administration view: catalogs, trust, staff, settings, health, KPIs and the audit log.
    void wireAdministration();

public:
    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine &engine() { return m_engine; }
    onewindow::Database *database() const { return m_database.get(); }
    onewindow::AuditLog *auditLog() const { return m_audit.get(); }
    // The citizen at the kiosk: pages that hold their data wipe it on ended().
    onewindow::CitizenSession *citizenSession() const { return m_citizenSession.get(); }
    // Null when the terminal is not enrolled with a hall (it works on offline).
    onewindow::HallClient *hallClient() const { return m_hallClient.get(); }
    SocialSecurityDesk *socialSecurity() const { return m_socialSecurity.get(); }
    ContributionPaymentDesk *contributionPayments() const { return m_payments.get(); }
    // Statements waiting to be registered with the hall (and the check a receiver makes).
    onewindow::StatementRegistry *statementRegistry() const { return m_statementRegistry.get(); }
    onewindow::CaseStore *caseStore() const { return m_caseStore.get(); }
    onewindow::SyncStore *syncStore() const { return m_syncStore.get(); }
    // Applies the hall's pulled events to the cases filed here (after every pull; tests call it).
    void applyHallEvents();
    CitizenDesk *citizenDesk() const { return m_citizenDesk.get(); }
    StaffDesk *staffDesk() const { return m_staffDesk.get(); }
    CaseInboxModel *inbox() const { return m_inbox.get(); }
    CaseDossierDesk *dossierDesk() const { return m_dossierDesk.get(); }
    SupervisionDesk *supervision() const { return m_supervision.get(); }
    CatalogAdminDesk *catalogAdmin() const { return m_catalogAdmin.get(); }
    StaffDirectoryModel *staffDirectory() const { return m_staffDirectory.get(); }
    AuditTrailModel *auditTrail() const { return m_auditTrail.get(); }
    TerminalSetupDesk *terminalSetup() const { return m_terminalSetup.get(); }
    HealthDesk *health() const { return m_health.get(); }
    KpiDesk *kpi() const { return m_kpi.get(); }
    TrustDesk *trust() const { return m_trust.get(); }
    ApplicationDesk *applicationDesk() const { return m_applicationDesk.get(); }
    // The demo's and tests' camera (whose face it sees: SimulatedCamera::setFaceOf).
    onewindow::SimulatedCamera *simulatedCamera() const { return m_camera.get(); }
    // This terminal's id (the CN of its hall certificate, or the terminal.id setting).
    QString terminalId() const { return m_terminalId; }
    // The identified citizen's certificates for this visit (the form's prefill reads them).
    onewindow::SessionCertificates *sessionCertificates() const
    {
        return m_sessionCertificates.get();
    }

signals:
    // Emitted once, from a queued call after the first frameSwapped (safe to grab the window).
    void firstFrameShown(qint64 millisecondsSinceStart);

private:
    LaunchOptions m_options;
    QElapsedTimer m_startClock;
    // Declared in the order they depend on each other: destroyed in reverse.
    std::unique_ptr<onewindow::Database> m_database;
    std::unique_ptr<onewindow::DataKeys> m_keys;
    std::unique_ptr<onewindow::FieldCipher> m_cipher;
    std::unique_ptr<onewindow::AuditLog> m_audit;
    std::unique_ptr<onewindow::StaffAccounts> m_staffAccounts;
    std::unique_ptr<StaffDesk> m_staffDesk;
    std::unique_ptr<onewindow::CitizenSession> m_citizenSession;
    // Open while anything personal or unfinished is on the kiosk's screen (the idle countdown).
    std::unique_ptr<onewindow::KioskVisit> m_kioskVisit;
    std::unique_ptr<onewindow::HallClient> m_hallClient;
    // Outlives the sync engine, which asks it for tokens.
    std::unique_ptr<onewindow::HallStaffSessions> m_hallStaffSessions;
    std::unique_ptr<onewindow::SyncStore> m_syncStore;
    std::unique_ptr<onewindow::SyncEngine> m_syncEngine;
    std::unique_ptr<HallStatus> m_hallStatus;
    std::unique_ptr<onewindow::PinyinTranscriber> m_pinyin;
    std::unique_ptr<onewindow::CatalogStore> m_catalogStore;
    std::unique_ptr<onewindow::CatalogSearch> m_catalogSearch;
    std::unique_ptr<ServiceFinder> m_finder;
    // The demo's and tests' camera; a terminal with a real camera plugs its driver in here.
    std::unique_ptr<onewindow::SimulatedCamera> m_camera;
    std::unique_ptr<onewindow::IdentityConfirmation> m_identityConfirmation;
    std::unique_ptr<IdentityCheckDesk> m_identityCheck;
    // Statements and receipts: the terminal's printer, or PDFs in the data folder without one.
    std::unique_ptr<onewindow::DocumentPrinter> m_printer;
    std::unique_ptr<onewindow::StatementRegistry> m_statementRegistry;
    std::unique_ptr<SocialSecurityDesk> m_socialSecurity;
    std::unique_ptr<ContributionPaymentDesk> m_payments;
    std::unique_ptr<onewindow::CaseStore> m_caseStore;
    std::unique_ptr<onewindow::CaseFiling> m_caseFiling;
    std::unique_ptr<onewindow::CardReader> m_idCardReader;
    std::unique_ptr<onewindow::CardReader> m_socialSecurityCardReader;
    std::unique_ptr<onewindow::QrScanner> m_qrScanner;
    std::unique_ptr<onewindow::DocumentPrinter> m_receiptPrinter;
    // The running devices, for the administrator's health and test pages.
    TerminalDevices m_devices;
    std::unique_ptr<CitizenDesk> m_citizenDesk;
    std::unique_ptr<ApplicationDesk> m_applicationDesk;
    std::unique_ptr<CaseTracker> m_caseTracker;
    std::unique_ptr<onewindow::CaseFeedProjection> m_caseFeed;
    std::unique_ptr<onewindow::RatingDelivery> m_ratingDelivery;
    std::unique_ptr<onewindow::CaseIntake> m_caseIntake;
    std::unique_ptr<onewindow::CaseDecisions> m_caseDecisions;
    std::unique_ptr<CaseInboxModel> m_inbox;
    std::unique_ptr<CaseDossierDesk> m_dossierDesk;
    std::unique_ptr<SupervisionDesk> m_supervision;
    std::unique_ptr<onewindow::CertificateTrustStore> m_certificateTrust;
    std::unique_ptr<onewindow::TrustListRefresh> m_trustListRefresh;
    std::unique_ptr<onewindow::SessionCertificates> m_sessionCertificates;
    std::unique_ptr<onewindow::CertificateWallet> m_certificateWallet;
    std::unique_ptr<CertificateWalletModel> m_wallet;
    std::unique_ptr<onewindow::CertificateEvidence> m_certificateEvidence;
    std::unique_ptr<CatalogAdminDesk> m_catalogAdmin;
    std::unique_ptr<StaffDirectoryModel> m_staffDirectory;
    std::unique_ptr<AuditTrailModel> m_auditTrail;
    std::unique_ptr<TerminalSetupDesk> m_terminalSetup;
    std::unique_ptr<HealthDesk> m_health;
    std::unique_ptr<KpiDesk> m_kpi;
    std::unique_ptr<TrustDesk> m_trust;
    std::unique_ptr<UiPreferences> m_preferences;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<TerminalInfo> m_terminalInfo;
    QQmlApplicationEngine m_engine;
    QPointer<QQuickWindow> m_window;
    QString m_terminalId;
    QString m_dataPath;
    QString m_documentsFolder; // printouts saved as PDF, and exported reports
};
