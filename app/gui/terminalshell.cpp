#include "terminalshell.h"

#include "applicationdesk.h"
#include "auditlog.h"
#include "audittrailmodel.h"
#include "casedecisions.h"
#include "casefeedprojection.h"
#include "casefiling.h"
#include "caseintake.h"
#include "casestore.h"
#include "casetracker.h"
#include "catalogadmindesk.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "certificateevidence.h"
#include "certificatetruststore.h"
#include "certificatewallet.h"
#include "certificatewalletmodel.h"
#include "citizendesk.h"
#include "citizensession.h"
#include "contributionpaymentdesk.h"
#include "database.h"
#include "datadirectory.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "hallclient.h"
#include "hallsettings.h"
#include "hallstaffsessions.h"
#include "hallstatus.h"
#include "healthdesk.h"
#include "identityconfirmation.h"
#include "kioskvisit.h"
#include "kpidesk.h"
#include "languageswitcher.h"
#include "pinyintranscriber.h"
#include "qmlsingletons.h"
#include "qrimageprovider.h"
#include "qtdocumentprinter.h"
#include "ratingdelivery.h"
#include "receiptdocument.h"
#include "sealeddocument.h"
#include "servicefinder.h"
#include "sessioncertificates.h"
#include "simulatedcamera.h"
#include "simulatedcardreader.h"
#include "simulatedqrscanner.h"
#include "socialsecuritydesk.h"
#include "staffaccounts.h"
#include "staffdesk.h"
#include "staffdirectorymodel.h"
#include "statementdocument.h"
#include "statementregistry.h"
#include "supervisiondesk.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalconfiguration.h"
#include "terminalinfo.h"
#include "terminalsettings.h"
#include "terminalsetupdesk.h"
#include "trustdesk.h"
#include "trustlistrefresh.h"
#include "uipreferences.h"

#include <algorithm>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_LOGGING_CATEGORY(lcShell, "onewindow.shell", QtInfoMsg)

Q_IMPORT_QML_PLUGIN(OneWindow_AppPlugin)
Q_IMPORT_QML_PLUGIN(OneWindow_UiPlugin)

using namespace onewindow;

TerminalShell::TerminalShell(LaunchOptions options, QElapsedTimer startClock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_startClock(startClock)
{ }

TerminalShell::~TerminalShell()
{
    // QML goes first: it holds bindings to the objects below.
    m_engine.clearComponentCache();
    const auto roots = m_engine.rootObjects();
    for (QObject *root : roots)
        delete root;
}

Status TerminalShell::start()
{
    auto dataDir = DataDirectory::prepare(m_options.dataDir);
    if (!dataDir)
        return dataDir.error();
    auto database = Database::open(dataDir->databasePath());
    if (!database)
        return database.error();
    m_database = std::move(database.value());
    m_dataPath = dataDir->path();
    // A missing or exposed data key stops the terminal: personal data must stay readable
    // and private, and a silently new key would orphan what is stored.
    auto keys = DataKeys::open(*m_database, dataDir->dataKeyPath());
    if (!keys)
        return keys.error();
    m_keys = std::make_unique<DataKeys>(std::move(keys.value()));
    m_audit = std::make_unique<AuditLog>(*m_database, m_keys->auditKey());
    m_staffAccounts = std::make_unique<StaffAccounts>(*m_database, *m_audit);
    m_staffDesk = std::make_unique<StaffDesk>(*m_staffAccounts,
        m_options.mode == TerminalInfo::Mode::Admin ? Workspace::Administration
                                                    : Workspace::BackOffice);

    // What the administrator set for this terminal; the command line can only add to it.
    const TerminalConfiguration configuration
        = TerminalConfiguration::load(TerminalSettings(*m_database));
    m_preferences
        = std::make_unique<UiPreferences>(m_options.elderlyMode || configuration.elderlyDefault);
    m_languages = std::make_unique<LanguageSwitcher>(m_options.language);
    if (!m_options.languageGiven)
        m_languages->setOffered(configuration.orderedLanguages());
    m_terminalInfo
        = std::make_unique<TerminalInfo>(m_options.mode, QString(), m_database->schemaVersion());
    UiPreferencesSingleton::provided = m_preferences.get();
    LanguageSwitcherSingleton::provided = m_languages.get();
    TerminalInfoSingleton::provided = m_terminalInfo.get();
    StaffDeskSingleton::provided = m_staffDesk.get();
    m_citizenSession = std::make_unique<CitizenSession>();
    startSync();
    HallStatusSingleton::provided = m_hallStatus.get();
    m_pinyin = std::make_unique<PinyinTranscriber>();
    m_catalogStore = std::make_unique<CatalogStore>(*m_database, *m_pinyin);
    // A reviewer's department is one of the active catalog's, whichever interface adds them.
    m_staffAccounts->setDepartmentLookup([this]() -> Result<QStringList> {
        auto departments = m_catalogStore->departments();
        if (!departments)
            return departments.error();
        QStringList codes;
        for (const CatalogDepartment &d : departments.value())
            codes << d.code;
        return codes;
    });
    // A staff member's real name is sealed with the data key, as citizens' names are.
    m_staffAccounts->setPersonalDataCipher(m_cipher.get());
    // Once after an upgrade that changed the index's definition: the finder works either way,
    // but finds nothing by text until the index is made.
    if (Status indexed = m_catalogStore->ensureSearchIndex(); !indexed)
        qCWarning(lcShell) << "cannot rebuild the catalog search index:" << indexed.error().code;
    m_catalogSearch = std::make_unique<CatalogSearch>(*m_database, m_pinyin.get());
    m_finder = std::make_unique<ServiceFinder>(*m_catalogStore, *m_catalogSearch);
    m_finder->setOfferedLevels(configuration.offeredLevels);
    ServiceFinderSingleton::provided = m_finder.get();
    m_camera = std::make_unique<SimulatedCamera>();
    // A typed ID number opens no records: the card, or this check through the hall, does.
    m_identityConfirmation
        = std::make_unique<IdentityConfirmation>(m_hallClient.get(), *m_citizenSession, *m_camera);
    m_identityCheck
        = std::make_unique<IdentityCheckDesk>(*m_citizenSession, *m_identityConfirmation);
    IdentityCheckSingleton::provided = m_identityCheck.get();
    m_socialSecurity
        = std::make_unique<SocialSecurityDesk>(m_hallClient.get(), *m_citizenSession, *m_camera);
    m_payments = std::make_unique<ContributionPaymentDesk>(
        m_hallClient.get(), *m_citizenSession, m_socialSecurity->fetcher());
    connect(m_payments.get(), &ContributionPaymentDesk::paid, m_socialSecurity.get(),
        &SocialSecurityDesk::paymentCompleted);
    // The A4 printer for statements and verified copies (devices.printer); without one they are
    // saved as PDF for the service window.
    m_documentsFolder = QDir(dataDir->path()).filePath(QStringLiteral("documents"));
    const QString printerSetting
        = TerminalSettings(*m_database).text(QStringLiteral("devices.printer"));
    // Statements, verified copies and decision notices name the citizen in full: without a
    // printer they are kept sealed (onewindowctl document open), never as plain PDFs.
    m_printer = DocumentPrinter::fromSetting(
        printerSetting, m_documentsFolder, SealedDocument::sealer(*m_cipher));
    m_devices.printer = { m_printer.get(), printerSetting };
    // Every statement is registered with the hall so that a receiver can check it there; it is
    // queued before it is printed, and sent later when the hall cannot be reached now.
    m_statementRegistry = std::make_unique<StatementRegistry>(*m_database, m_hallClient.get());
    m_statementRegistry->flush(); // what an earlier run could not send
    m_socialSecurity->setTerminalId(m_terminalId);
    m_socialSecurity->setStatementWriter(
        [this](const SocialSecurityStatement &statement) -> Result<QString> {
            if (Status queued = m_statementRegistry->enqueue(statement); !queued)
                return queued.error();
            auto printed = m_printer->print(StatementDocument::build(statement));
            if (!printed)
                return printed.error();
            return printed->kind == PrintOutcome::Kind::SavedAsPdf ? printed->pdfPath
                                                                   : printed->printerName;
        });
    m_payments->setReceiptPrinter(m_printer.get(), m_terminalId);
    SocialSecurityDeskSingleton::provided = m_socialSecurity.get();
    ContributionPaymentDeskSingleton::provided = m_payments.get();
    startCitizenServices();
    wireCertificates();
    wireCaseProgress();
    wireBackOffice();
    wireAdministration();
    m_languages->setEngine(&m_engine);

    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider); // the engine owns it
    m_engine.setUiLanguage(m_languages->language());
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/OneWindow/Ui/Main.qml")));
    if (m_engine.rootObjects().isEmpty())
        return Error { QStringLiteral("ui.load_failed"),
            tr("The user interface could not be loaded; this installation of "
               "OneWindow is incomplete. Reinstall the package.") };
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!m_window)
        return Error { QStringLiteral("ui.load_failed"),
            tr("The user interface has no window; this installation of OneWindow is "
               "broken. Reinstall the package.") };

    connect(
        m_window, &QQuickWindow::frameSwapped, this,
        [this] {
            // Grabbing inside frameSwapped deadlocks the threaded render loop: queue it.
            QMetaObject::invokeMethod(
                this, [this] { emit firstFrameShown(m_startClock.elapsed()); },
                Qt::QueuedConnection);
        },
        Qt::SingleShotConnection);

    if (m_options.windowed) {
        if (m_options.windowSize.isValid())
            m_window->resize(m_options.windowSize);
        m_window->show();
    } else {
        m_window->showFullScreen();
    }
    return {};
}

void TerminalShell::startCitizenServices()
{
    m_caseStore = std::make_unique<CaseStore>(*m_database, *m_cipher, *m_syncStore);
    // Once after the upgrade that sealed the materials (certificate numbers): rows stored before.
    if (Status sealed = m_caseStore->sealClearMaterials(); !sealed)
        qCWarning(lcShell) << "cannot seal the materials of earlier cases:" << sealed.error().code;
    m_caseFiling = std::make_unique<CaseFiling>(*m_caseStore, m_terminalId);
    const int timeout = TerminalSettings(*m_database)
                            .value(QStringLiteral("kiosk.timeoutSeconds"))
                            .toInt(CitizenDesk::kDefaultTimeoutSeconds);
    m_kioskVisit = std::make_unique<KioskVisit>(*m_citizenSession);
    m_citizenDesk = std::make_unique<CitizenDesk>(*m_citizenSession, *m_kioskVisit, timeout);
    // A kiosk goes back to its defaults for the next citizen; staff keep their own choice.
    if (m_options.mode == TerminalInfo::Mode::Kiosk)
        m_citizenDesk->setPreferences(m_preferences.get(), m_languages.get());
    m_citizenDesk->setElderly(m_preferences->elderlyMode());
    m_finder->setChoicesPerScreen(m_preferences->choicesPerScreen());
    connect(m_preferences.get(), &UiPreferences::elderlyModeChanged, m_citizenDesk.get(), [this] {
        m_citizenDesk->setElderly(m_preferences->elderlyMode());
        m_finder->setChoicesPerScreen(m_preferences->choicesPerScreen());
    });
    const QString readerSpec = !m_options.idCardReader.isEmpty()
        ? m_options.idCardReader
        : TerminalSettings(*m_database).text(QStringLiteral("devices.idCardReader"));
    if (!readerSpec.isEmpty()) {
        m_idCardReader = SimulatedCardReader::fromSpec(CardKind::ResidentId, readerSpec);
        m_citizenDesk->setCardReader(m_idCardReader.get());
        m_devices.idCardReader = { m_idCardReader.get(), readerSpec };
    }
    const QString ssReaderSpec = !m_options.socialSecurityCardReader.isEmpty()
        ? m_options.socialSecurityCardReader
        : TerminalSettings(*m_database).text(QStringLiteral("devices.socialSecurityCardReader"));
    if (!ssReaderSpec.isEmpty()) {
        m_socialSecurityCardReader
            = SimulatedCardReader::fromSpec(CardKind::SocialSecurity, ssReaderSpec);
        m_citizenDesk->setSocialSecurityCardReader(m_socialSecurityCardReader.get());
        m_devices.socialSecurityCardReader = { m_socialSecurityCardReader.get(), ssReaderSpec };
    }
    m_applicationDesk = std::make_unique<ApplicationDesk>(
        *m_catalogStore, *m_finder, *m_citizenSession, *m_caseStore, *m_caseFiling);
    // With the hall away, the flow offers no e-certificates and says the application goes later;
    // the footer's count of waiting applications follows each filing at once.
    const auto hallAway = [this] { m_applicationDesk->setHallAway(m_hallStatus->away()); };
    connect(m_hallStatus.get(), &HallStatus::awayChanged, m_applicationDesk.get(), hallAway);
    hallAway();
    connect(m_applicationDesk.get(), &ApplicationDesk::filedChanged, m_hallStatus.get(),
        &HallStatus::refresh);
    // The catalog's own texts in the reader's language where its publisher gave them; the
    // finder first, since the chosen items are read through it.
    const auto catalogLanguage = [this] {
        m_finder->setLanguage(m_languages->language());
        m_applicationDesk->setLanguage(m_languages->language());
    };
    connect(m_languages.get(), &LanguageSwitcher::languageChanged, m_applicationDesk.get(),
        catalogLanguage);
    catalogLanguage();
    m_caseTracker
        = std::make_unique<CaseTracker>(*m_caseStore, *m_finder, *m_citizenSession, *m_kioskVisit);
    const QString scannerSpec = !m_options.qrScanner.isEmpty()
        ? m_options.qrScanner
        : TerminalSettings(*m_database).text(QStringLiteral("devices.qrScanner"));
    if (!scannerSpec.isEmpty()) {
        m_qrScanner = SimulatedQrScanner::fromSpec(scannerSpec);
        if (!m_qrScanner)
            qCWarning(lcShell) << "unknown QR scanner setting; receipt numbers are typed";
        else if (Status started = m_qrScanner->start(); !started)
            qCWarning(lcShell) << "the QR scanner did not start:" << started.error().code;
        m_caseTracker->setScanner(m_qrScanner.get());
        m_devices.qrScanner = { m_qrScanner.get(), scannerSpec };
    }
    startReceiptPrinter();
    CitizenDeskSingleton::provided = m_citizenDesk.get();
    ApplicationDeskSingleton::provided = m_applicationDesk.get();
    CaseTrackerSingleton::provided = m_caseTracker.get();
}

void TerminalShell::startReceiptPrinter()
{
    TerminalSettings settings(*m_database);
    const QString spec = !m_options.receiptPrinter.isEmpty()
        ? m_options.receiptPrinter
        : settings.text(QStringLiteral("devices.receiptPrinter"));
    // Without a printer the receipt is kept as a PDF (names masked) for the window.
    m_receiptPrinter = DocumentPrinter::fromSetting(
        spec, QDir(m_options.dataDir).filePath(QStringLiteral("receipts")));
    m_devices.receiptPrinter = { m_receiptPrinter.get(), spec };
    auto output = [this](const FiledApplication &filed) -> Result<PrintOutcome> {
        TerminalSettings settings(*m_database);
        ReceiptContext context;
        context.terminalId = m_terminalId;
        context.townHall = settings.text(QStringLiteral("terminal.townHall"));
        context.collectAt = settings.text(QStringLiteral("terminal.collectAt"));
        ReceiptDocument::addCatalogNames(context, *m_catalogStore, filed);
        return m_receiptPrinter->print(ReceiptDocument::build(filed, context));
    };
    m_applicationDesk->setReceiptOutput(output);
    m_caseTracker->setReceiptOutput(output);
}

void TerminalShell::startSync()
{
    m_cipher = std::make_unique<FieldCipher>(*m_keys);
    m_syncStore = std::make_unique<SyncStore>(*m_database, m_cipher.get());
    // Events an earlier `onewindowctl sync now` pulled without the data key.
    if (Status sealed = m_syncStore->sealClearInbox(); !sealed)
        qCWarning(lcShell) << "cannot seal pulled events:" << sealed.error().code;
    TerminalSettings settings(*m_database);
    HallSettings hall = HallSettings::load(settings);
    m_terminalId = !hall.terminalId.isEmpty()
        ? hall.terminalId
        : settings.text(QStringLiteral("terminal.id"), QStringLiteral("GD-LOCAL-KIOSK-0001"));
    if (hall.validate()) {
        m_hallClient = std::make_unique<HallClient>(hall);
        if (m_hallClient->readiness()) {
            m_syncEngine
                = std::make_unique<SyncEngine>(*m_hallClient, *m_syncStore, hall.terminalId);
            m_syncEngine->setAuditHeadSource([this] { return m_audit->headText(); });
            if (m_options.mode == TerminalInfo::Mode::BackOffice)
                openHallStaffSessions();
            m_syncEngine->start();
        } else {
            m_hallClient.reset();
        }
    }
    m_hallStatus = std::make_unique<HallStatus>(m_syncStore.get(), m_syncEngine.get());
}

void TerminalShell::openHallStaffSessions()
{
    // The hall takes a back office's decisions only with their staff member's hall session,
    // opened with the password of each sign-in here (a kiosk records no staff events). Offline
    // or refused, the local sign-in stands and the decisions wait in the outbox.
    m_hallStaffSessions = std::make_unique<HallStaffSessions>(*m_hallClient);
    m_syncEngine->setStaffTokenSource(
        [this](const QString &actor) { return m_hallStaffSessions->tokenFor(actor); });
    m_staffDesk->setHallSessionHooks(
        [this](const QString &user, const QString &password) {
            m_hallStaffSessions->open(user, password);
        },
        [this](const QString &user) { m_hallStaffSessions->close(user); });
    // What waited for this staff member goes at once.
    connect(m_hallStaffSessions.get(), &HallStaffSessions::opened, m_syncEngine.get(),
        &SyncEngine::syncNow);
}

void TerminalShell::wireCertificates()
{
    m_certificateTrust = std::make_unique<CertificateTrustStore>(*m_database);
    // Sync moves events only: the trust list is fetched after good syncs once it is old.
    m_trustListRefresh
        = std::make_unique<TrustListRefresh>(m_hallClient.get(), *m_certificateTrust);
    if (m_syncEngine)
        m_trustListRefresh->follow(*m_syncEngine);
    m_sessionCertificates = std::make_unique<SessionCertificates>(*m_citizenSession);
    m_certificateWallet = std::make_unique<CertificateWallet>(
        m_hallClient.get(), *m_certificateTrust, *m_citizenSession, *m_sessionCertificates);
    m_wallet = std::make_unique<CertificateWalletModel>(
        *m_certificateWallet, *m_sessionCertificates, *m_citizenSession, *m_printer, m_terminalId);
    CertificateWalletSingleton::provided = m_wallet.get();

    m_certificateEvidence
        = std::make_unique<CertificateEvidence>(*m_sessionCertificates, *m_citizenSession);
    m_applicationDesk->setEvidence(m_certificateEvidence.get());
    m_applicationDesk->setCertificateFetch(
        [this](std::function<void(Status)> done) { m_certificateWallet->lookUp(std::move(done)); });
}

void TerminalShell::wireCaseProgress()
{
    // Decisions pulled from the hall reach the cases filed here, and the tracking page on show.
    // Only a back-office terminal takes in other terminals' cases: a kiosk keeps no citizen's
    // data but what was given at it. Every consumer exists before the first event is applied:
    // events pulled by `onewindowctl sync now`, or before a crash, are taken in at this start.
    if (m_options.mode == TerminalInfo::Mode::BackOffice)
        m_caseIntake = std::make_unique<CaseIntake>(*m_caseStore);
    m_caseFeed = std::make_unique<CaseFeedProjection>(
        *m_syncStore, m_caseStore->progress(), m_caseIntake.get());
    applyHallEvents(); // events pulled before the last shutdown
    if (!m_syncEngine)
        return;
    connect(m_syncEngine.get(), &SyncEngine::feedApplied, this, &TerminalShell::applyHallEvents);

    // Ratings go to /evaluations once stored; those given offline go after the next good sync.
    m_ratingDelivery = std::make_unique<RatingDelivery>(*m_hallClient, m_caseStore->ratings());
    connect(
        m_syncEngine.get(), &SyncEngine::cycleFinished, m_ratingDelivery.get(), [this](bool ok) {
            if (ok)
                m_ratingDelivery->deliverPending();
        });
    connect(
        m_applicationDesk.get(), &ApplicationDesk::ratedChanged, m_ratingDelivery.get(), [this] {
            if (m_applicationDesk->rated()) // ratedChanged also fires when the desk resets
                m_ratingDelivery->deliverPending();
        });
}

void TerminalShell::wireBackOffice()
{
    m_caseDecisions = std::make_unique<CaseDecisions>(m_caseStore->progress(), *m_syncStore);
    m_inbox = std::make_unique<CaseInboxModel>(
        *m_database, *m_catalogStore, *m_staffDesk, m_options.clock);
    m_dossierDesk = std::make_unique<CaseDossierDesk>(
        *m_caseStore, *m_caseDecisions, *m_catalogStore, *m_staffDesk, m_options.clock);
    m_dossierDesk->setNoticePrinter(
        m_printer.get(), TerminalSettings(*m_database).text(QStringLiteral("terminal.townHall")));
    connect(m_dossierDesk.get(), &CaseDossierDesk::decided, this, [this] {
        m_inbox->refresh();
        if (m_syncEngine)
            m_syncEngine->syncNow(); // the hall and the filing kiosk hear of it at once
    });
    // The CSV exports go where the notices go: the data folder's documents, for the supervisor
    // to copy.
    m_supervision = std::make_unique<SupervisionDesk>(*m_database, *m_catalogStore, *m_staffDesk,
        QDir(m_documentsFolder).filePath(QStringLiteral("reports")), m_options.clock);
    m_supervision->setAudit(m_audit.get());
    connect(m_dossierDesk.get(), &CaseDossierDesk::decided, m_supervision.get(), [this] {
        if (m_supervision->ready())
            m_supervision->refresh();
    });
    SupervisionSingleton::provided = m_supervision.get();
    CaseInboxSingleton::provided = m_inbox.get();
    CaseDossierSingleton::provided = m_dossierDesk.get();
}

void TerminalShell::wireAdministration()
{
    m_catalogAdmin = std::make_unique<CatalogAdminDesk>(
        *m_catalogStore, *m_staffDesk, *m_database, m_keys->auditKey());
    if (!m_options.mediaRoot.isEmpty())
        m_catalogAdmin->setMediaRoots({ m_options.mediaRoot });
    // A catalog applied here is what the finder, the forms and the calendars read from now on.
    connect(m_catalogAdmin.get(), &CatalogAdminDesk::catalogChanged, m_finder.get(),
        &ServiceFinder::reloadCatalog);
    m_staffDirectory = std::make_unique<StaffDirectoryModel>(
        *m_staffAccounts, *m_audit, *m_catalogStore, *m_staffDesk);
    m_auditTrail = std::make_unique<AuditTrailModel>(*m_audit, *m_staffDesk);
    m_terminalSetup = std::make_unique<TerminalSetupDesk>(
        *m_database, *m_audit, *m_staffDesk, m_dataPath, &QtDocumentPrinter::printerNames);
    connect(m_terminalSetup.get(), &TerminalSetupDesk::saved, m_finder.get(),
        [this](const TerminalConfiguration &saved) {
            m_finder->setOfferedLevels(saved.offeredLevels);
        });
    m_terminalSetup->setDevices(m_devices);
    m_health = std::make_unique<HealthDesk>(
        *m_database, *m_syncStore, m_syncEngine.get(), *m_staffDesk, m_dataPath);
    m_health->setDevices(m_devices);
    m_kpi = std::make_unique<KpiDesk>(*m_database, *m_catalogStore, *m_staffDesk, *m_audit,
        QDir(m_documentsFolder).filePath(QStringLiteral("reports")), m_options.clock);
    if (!m_options.mediaRoot.isEmpty())
        m_kpi->setMediaRoots({ m_options.mediaRoot });
    m_trust
        = std::make_unique<TrustDesk>(*m_catalogStore, *m_certificateTrust, *m_audit, *m_staffDesk);
    m_trust->setTrustListRefresh(m_trustListRefresh.get());
    CatalogAdminSingleton::provided = m_catalogAdmin.get();
    StaffDirectorySingleton::provided = m_staffDirectory.get();
    AuditTrailSingleton::provided = m_auditTrail.get();
    TerminalSetupSingleton::provided = m_terminalSetup.get();
    HealthSingleton::provided = m_health.get();
    KpiSingleton::provided = m_kpi.get();
    TrustSingleton::provided = m_trust.get();
}

void TerminalShell::applyHallEvents()
{
    auto changed = m_caseFeed->applyPending();
    if (!changed)
        qCWarning(lcShell) << "cannot apply the hall's events:" << changed.error().code;
    else if (changed.value() > 0) {
        m_caseTracker->refresh();
        if (m_inbox)
            m_inbox->refresh();
    }
}
