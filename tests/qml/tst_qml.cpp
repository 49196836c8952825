// Runs tests/qml/tst_*.qml with the terminal-wide singletons provided as the terminal does.
#include "auditlog.h"
#include "casedecisions.h"
#include "casestore.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "certificatetruststore.h"
#include "certificatewallet.h"
#include "citizensession.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "identityconfirmation.h"
#include "kioskvisit.h"
#include "pinyintranscriber.h"
#include "qmlsingletons.h"
#include "sessioncertificates.h"
#include "simulatedcamera.h"
#include "simulateddocumentprinter.h"
#include "staffaccounts.h"
#include "syncstore.h"

#include <memory>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OneWindow_AppPlugin)
Q_IMPORT_QML_PLUGIN(OneWindow_UiPlugin)

class QmlTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Created here, not in the constructor: the translator needs the application object,
        // which quick_test_main creates after this setup object.
        if (!m_languages)
            m_languages = std::make_unique<LanguageSwitcher>(QStringLiteral("zh_CN"));
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_languages->setEngine(engine);
        UiPreferencesSingleton::provided = &m_preferences;
        LanguageSwitcherSingleton::provided = m_languages.get();
        TerminalInfoSingleton::provided = &m_terminal;
        if (!m_staffDesk) {
            // Real accounts in a throw-away database: the pages meet the services they will
            // meet on a terminal.
            auto db = onewindow::Database::open(m_dir.filePath(QStringLiteral("qml.sqlite")));
            if (!db)
                qFatal("%s", qPrintable(db.error().message));
            m_db = std::move(db.value());
            m_audit = std::make_unique<onewindow::AuditLog>(*m_db, QByteArray(32, 'q'));
            m_accounts = std::make_unique<onewindow::StaffAccounts>(*m_db, *m_audit);
            m_staffDesk
                = std::make_unique<StaffDesk>(*m_accounts, onewindow::Workspace::BackOffice);
        }
        StaffDeskSingleton::provided = m_staffDesk.get();
        HallStatusSingleton::provided = &m_hall;
        if (!m_finder) {
            m_catalogStore = std::make_unique<onewindow::CatalogStore>(*m_db, m_pinyin);
            m_catalogSearch = std::make_unique<onewindow::CatalogSearch>(*m_db);
            m_finder = std::make_unique<ServiceFinder>(*m_catalogStore, *m_catalogSearch);
        }
        ServiceFinderSingleton::provided = m_finder.get();
        if (!m_wallet) {
            // No hall: the wallet says lookups need it; nothing is identified.
            m_trust = std::make_unique<onewindow::CertificateTrustStore>(*m_db);
            m_certificates = std::make_unique<onewindow::SessionCertificates>(m_session);
            m_certificateWallet = std::make_unique<onewindow::CertificateWallet>(
                nullptr, *m_trust, m_session, *m_certificates);
            m_wallet = std::make_unique<CertificateWalletModel>(*m_certificateWallet,
                *m_certificates, m_session, m_printer, QStringLiteral("GZ-TH-KIOSK-TEST"));
        }
        CertificateWalletSingleton::provided = m_wallet.get();
        SocialSecurityDeskSingleton::provided = &m_socialSecurity;
        ContributionPaymentDeskSingleton::provided = &m_payments;
        IdentityCheckSingleton::provided = &m_identityCheck;
        // Made here: it watches the application's input events, and the application exists now.
        if (!m_citizen)
            m_citizen = std::make_unique<CitizenDesk>(m_session, m_visit);
        CitizenDeskSingleton::provided = m_citizen.get();
        if (!m_inbox) {
            // The back office on an empty case store: inboxes say there is nothing to do.
            auto keys
                = onewindow::DataKeys::open(*m_db, m_dir.filePath(QStringLiteral("data.key")));
            if (!keys)
                qFatal("%s", qPrintable(keys.error().message));
            m_keys = std::make_unique<onewindow::DataKeys>(std::move(keys.value()));
            m_cipher = std::make_unique<onewindow::FieldCipher>(*m_keys);
            m_sync = std::make_unique<onewindow::SyncStore>(*m_db, m_cipher.get());
            m_cases = std::make_unique<onewindow::CaseStore>(*m_db, *m_cipher, *m_sync);
            m_decisions = std::make_unique<onewindow::CaseDecisions>(m_cases->progress(), *m_sync);
            m_inbox = std::make_unique<CaseInboxModel>(*m_db, *m_catalogStore, *m_staffDesk);
            m_dossier = std::make_unique<CaseDossierDesk>(
                *m_cases, *m_decisions, *m_catalogStore, *m_staffDesk);
            m_supervision = std::make_unique<SupervisionDesk>(
                *m_db, *m_catalogStore, *m_staffDesk, m_dir.filePath(QStringLiteral("reports")));
        }
        CaseInboxSingleton::provided = m_inbox.get();
        CaseDossierSingleton::provided = m_dossier.get();
        SupervisionSingleton::provided = m_supervision.get();
    }

private:
    UiPreferences m_preferences { false };
    std::unique_ptr<LanguageSwitcher> m_languages;
    TerminalInfo m_terminal { TerminalInfo::Mode::Kiosk, QStringLiteral("GZ-TH-KIOSK-TEST"), 1 };
    QTemporaryDir m_dir;
    std::unique_ptr<onewindow::Database> m_db;
    std::unique_ptr<onewindow::AuditLog> m_audit;
    std::unique_ptr<onewindow::StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staffDesk;
    HallStatus m_hall { nullptr, nullptr }; // a terminal not enrolled with a hall yet
    onewindow::PinyinTranscriber m_pinyin;
    std::unique_ptr<onewindow::CatalogStore> m_catalogStore;
    std::unique_ptr<onewindow::CatalogSearch> m_catalogSearch;
    std::unique_ptr<ServiceFinder> m_finder; // no catalog loaded: the finder says so
    onewindow::CitizenSession m_session;
    onewindow::SimulatedDocumentPrinter m_printer;
    std::unique_ptr<onewindow::CertificateTrustStore> m_trust;
    std::unique_ptr<onewindow::SessionCertificates> m_certificates;
    std::unique_ptr<onewindow::CertificateWallet> m_certificateWallet;
    std::unique_ptr<CertificateWalletModel> m_wallet;
    // No hall either: the social security pages say the query needs it.
    onewindow::SimulatedCamera m_camera;
    SocialSecurityDesk m_socialSecurity { nullptr, m_session, m_camera };
    ContributionPaymentDesk m_payments { nullptr, m_session, m_socialSecurity.fetcher() };
    // No hall: the face check says it needs one; nobody's records open.
    onewindow::IdentityConfirmation m_identityConfirmation { nullptr, m_session, m_camera };
    IdentityCheckDesk m_identityCheck { m_session, m_identityConfirmation };
    onewindow::KioskVisit m_visit { m_session };
    std::unique_ptr<CitizenDesk> m_citizen; // nobody identified
    std::unique_ptr<onewindow::DataKeys> m_keys;
    std::unique_ptr<onewindow::FieldCipher> m_cipher;
    std::unique_ptr<onewindow::SyncStore> m_sync;
    std::unique_ptr<onewindow::CaseStore> m_cases;
    std::unique_ptr<onewindow::CaseDecisions> m_decisions;
    std::unique_ptr<CaseInboxModel> m_inbox;
    std::unique_ptr<CaseDossierDesk> m_dossier;
    std::unique_ptr<SupervisionDesk> m_supervision;
};

QUICK_TEST_MAIN_WITH_SETUP(onewindow_qml, QmlTestSetup)
#include "tst_qml.moc"
