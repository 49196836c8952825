// The administration view in the real window under Xvfb: an administrator checks a signed catalog
// from a USB stick (and sees a tampered one refused), applies it, rolls back, adds a staff account,
// has a timeout of 0 refused and saves another, and finds every change in the audit log, which
// verifies; the KPI page shows what `onewindowctl report kpi` prints for the same period.
#include "auditlog.h"
#include "audittrailmodel.h"
#include "catalogadmindesk.h"
#include "catalogimporter.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "datadirectory.h"
#include "healthdesk.h"
#include "kpidesk.h"
#include "pinyintranscriber.h"
#include "publishertrust.h"
#include "staffaccounts.h"
#include "staffdirectorymodel.h"
#include "supervisiontestsupport.h"
#include "terminalsettings.h"
#include "terminalsetupdesk.h"
#include "trustdesk.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Harbour-lights 27"_s;

// Scrolls the page that holds item until item is in view, as an administrator would.
void scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content || !p->property("contentY").isValid() || !content->isAncestorOf(item))
            continue;
        const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal most = qMax(0.0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", qBound(0.0, y - p->height() / 2, most));
        return;
    }
}

// Scrolls until item is inside the window (the layout may still be settling); whether it is.
bool scrolledIntoView(QQuickWindow *window, QQuickItem *item)
{
    scrollIntoView(item);
    return isInside(window, item);
}

QString textOf(QQuickWindow *window, const char *name)
{
    QQuickItem *item = findVisibleItem(window, name);
    return item ? item->property("text").toString() : QString();
}

} // namespace

class TestAdminView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QTemporaryDir m_keys;
    QTemporaryDir m_media;

    void signIn(QQuickWindow *window)
    {
        QTRY_VERIFY(findVisibleItem(window, "signInPage"));
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
        findVisibleItem(window, "userNameField")->setProperty("text", u"admin01"_s);
        findVisibleItem(window, "passwordField")->setProperty("text", kPassword);
        click(window, findVisibleItem(window, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(findVisibleItem(window, "adminPane"), 30000);
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
    }

    void openTab(QQuickWindow *window, const char *tab, const char *page)
    {
        QQuickItem *button = nullptr;
        QTRY_VERIFY((button = findVisibleItem(window, tab)));
        click(window, button);
        QTRY_VERIFY2(findVisibleItem(window, page), page);
    }

    // The demo catalog under a new version name, signed by the test publisher, on the stick.
    void writeStickCatalog()
    {
        QJsonObject catalog
            = QJsonDocument::fromJson(catalogtest::readFile(QStringLiteral(ONEWINDOW_DEMO_CATALOG)))
                  .object();
        catalog.insert(u"publisherKeyId"_s, u"gd-test-2026"_s);
        catalog.insert(u"catalogVersion"_s, u"2026.12-test"_s);
        QJsonArray items = catalog.value(u"items"_s).toArray();
        QJsonObject first = items.at(0).toObject();
        QJsonObject added = first;
        first.insert(u"name"_s, first.value(u"name"_s).toString() + u"（新版）"_s);
        items.replace(0, first);
        added.insert(u"code"_s, u"TEST-NEW-0001"_s);
        added.insert(u"name"_s, u"测试新增事项"_s);
        added.remove(u"parallelWith"_s);
        items.append(added);
        catalog.insert(u"items"_s, items);
        QDir(m_media.path()).mkpath(u"usb0"_s);
        const QString file = m_media.filePath(u"usb0/catalog-2026-12.json"_s);
        QVERIFY(catalogtest::writeFile(file, QJsonDocument(catalog).toJson()));
        QVERIFY(catalogtest::writeFile(
            file + u".sig"_s, catalogtest::sign(m_keys.filePath(u"sm2"_s), file, true)));
        // The same file changed after signing: what a tampered stick would carry.
        QByteArray tampered = QJsonDocument(catalog).toJson();
        tampered.replace("2026.12-test", "2026.12-evil");
        QVERIFY(catalogtest::writeFile(m_media.filePath(u"usb0/tampered.json"_s), tampered));
        QVERIFY(QFile::copy(file + u".sig"_s, m_media.filePath(u"usb0/tampered.json.sig"_s)));
        // A genuine catalog older than the demo's (an earlier version and issue date): what a
        // stale stick carries.
        QJsonObject older
            = QJsonDocument::fromJson(catalogtest::readFile(QStringLiteral(ONEWINDOW_DEMO_CATALOG)))
                  .object();
        older.insert(u"publisherKeyId"_s, u"gd-test-2026"_s);
        older.insert(u"catalogVersion"_s, u"2026.11.3"_s);
        older.insert(u"issuedAt"_s, u"2026-11-20T09:00:00+08:00"_s);
        const QString olderFile = m_media.filePath(u"usb0/older/catalog-2026-11.json"_s);
        QDir(m_media.path()).mkpath(u"usb0/older"_s);
        QVERIFY(catalogtest::writeFile(olderFile, QJsonDocument(older).toJson()));
        QVERIFY(catalogtest::writeFile(
            olderFile + u".sig"_s, catalogtest::sign(m_keys.filePath(u"sm2"_s), olderFile, true)));
    }

    // Clicks a button of the confirmation dialog once it shows (confirm, or cancel).
    void answerConfirmation(QQuickWindow *window, bool confirm, const QString &screenshot = {})
    {
        QQuickItem *button = nullptr;
        QTRY_VERIFY(
            (button = findVisibleItem(window, confirm ? "confirmButton" : "cancelConfirmButton")));
        QTRY_COMPARE(button->property("opacity").toDouble(), 1.0); // its opening transition
        if (!screenshot.isEmpty())
            QVERIFY(saveFrame(window, screenshot, 150));
        click(window, button);
        QTRY_VERIFY(!findVisibleItem(window, "confirmButton"));
    }

    QByteArray ctl(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        // The command line in the view's language (Chinese), whatever the test's locale.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ONEWINDOW_CTL),
            QStringList { u"--data-dir"_s, m_data.path() } + arguments);
        if (!process.waitForFinished(60000))
            return {};
        *exitCode = process.exitCode();
        return process.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_keys.isValid() && m_media.isValid());
        QVERIFY(catalogtest::makeKey(m_keys.filePath(u"sm2"_s), u"SM2"_s));
        writeStickCatalog();

        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore catalog(*db.value(), pinyin);
        // The demo catalog, signed and imported as a terminal would (a rollback to it verifies
        // its signature again), with the test key standing in for the demo publisher's.
        PublisherTrust trust(catalog);
        for (const QString &keyId : { u"gd-test-2026"_s, u"gd-catalog-2026"_s })
            QVERIFY(trust
                        .addPublisher(keyId, catalogtest::readFile(m_keys.filePath(u"sm2.pub"_s)),
                            QDateTime::currentDateTimeUtc())
                        .ok());
        const QString demo = QStringLiteral(ONEWINDOW_DEMO_CATALOG);
        const auto imported = CatalogImporter(*db.value(), catalog, trust)
                                  .import(catalogtest::readFile(demo),
                                      catalogtest::sign(m_keys.filePath(u"sm2"_s), demo, true),
                                      false, QDateTime::currentDateTimeUtc());
        QCOMPARE(imported.outcome, CatalogImporter::Outcome::Applied);
        auto keys = DataKeys::open(*db.value(), dir->dataKeyPath());
        QVERIFY(keys.ok());
        AuditLog audit(*db.value(), keys->auditKey());
        QVERIFY(StaffAccounts(*db.value(), audit)
                    .add(u"test"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword)
                    .ok());

        // Cases for the KPI page: three filed in November, one completed.
        FieldCipher cipher(keys.value());
        SyncStore sync(*db.value(), &cipher);
        CaseStore cases(*db.value(), cipher, sync);
        casetest::CaseScenario scenario { cases, sync };
        QStringList filed;
        for (int day : { 2, 3, 4 }) {
            const auto application
                = scenario.file(u"GD-RSJ-TEST"_s, u"GD-RSJ"_s, 10, casetest::at(11, day));
            QVERIFY(!application.cases.isEmpty());
            filed << application.cases.first().caseId;
        }
        QCOMPARE(scenario.acceptAndRoute(filed.first(), { u"GD-RSJ"_s }, casetest::at(11, 2)),
            QString());
        QCOMPARE(scenario.decide(filed.first(), CaseAction::ApprovePart,
                     casetest::reviewerOf(u"GD-RSJ"_s), casetest::at(11, 5)),
            QString());
    }

    void administratorKeepsTheTerminal()
    {
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Admin;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = QSize(1920, 1080);
        options.mediaRoot = m_media.path();
        // The KPI page's day, whatever today's date (the CSV's "as of").
        QElapsedTimer running;
        running.start();
        options.clock = [running] {
            return QDateTime(QDate(2026, 12, 7), QTime(9, 0)).addMSecs(running.elapsed());
        };
        // Devices the health page asks: a simulated card reader, and a receipt printer out of
        // paper.
        QVERIFY(QDir(m_data.path()).mkpath(u"reader"_s));
        options.idCardReader = u"file:"_s + m_data.path() + u"/reader/card.json"_s;
        options.receiptPrinter = u"simulated:out-of-paper"_s;
        auto shell = uitest::startShell(options);
        QQuickWindow *window = shell->window();
        signIn(window);
        QTRY_VERIFY(findVisibleItem(window, "catalogAdminPage"));
        CatalogAdminDesk *catalog = shell->catalogAdmin();
        QTRY_COMPARE(catalog->versions().size(), 1);

        // The stick is found, with its two catalog files.
        QTRY_COMPARE(catalog->mediaFolders().size(), 1);
        const QString stick = catalog->mediaFolders().first().toMap().value(u"path"_s).toString();
        QCOMPARE(catalog->catalogFiles(stick).size(), 3);

        // A file changed after signing is refused before anything is parsed.
        findVisibleItem(window, "catalogFileField")
            ->setProperty("text", m_media.filePath(u"usb0/tampered.json"_s));
        click(window, findVisibleItem(window, "checkCatalogButton"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"refused"_s, 30000);
        QVERIFY(!catalog->verified());
        QVERIFY(!findVisibleItem(window, "applyCatalogButton")->property("enabled").toBool());
        QVERIFY(saveFrame(window, u"admin_catalog_refused_1920x1080"_s, 150));

        // The signed one: verified, valid, with its changes listed.
        findVisibleItem(window, "catalogFileField")
            ->setProperty("text", m_media.filePath(u"usb0/catalog-2026-12.json"_s));
        click(window, findVisibleItem(window, "checkCatalogButton"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"previewed"_s, 60000);
        QVERIFY(catalog->verified());
        QVERIFY2(catalog->summary().contains(u"2026.12-test"_s), qPrintable(catalog->summary()));
        QCOMPARE(catalog->changes().size(), 2); // one added, one changed
        QVERIFY(saveFrame(window, u"admin_catalog_preview_1920x1080"_s, 150));

        click(window, findVisibleItem(window, "applyCatalogButton"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"applied"_s, 60000);
        QCOMPARE(catalog->versions().size(), 2);
        QVERIFY(catalog->versions().first().toMap().value(u"active"_s).toBool());
        QVERIFY(saveFrame(window, u"admin_catalog_applied_1920x1080"_s, 150));

        // Roll back to the first version: a second step says what changes (acceptance: one
        // click rolled back); cancelled, nothing changes.
        QQuickItem *rollback = nullptr;
        QTRY_VERIFY((rollback = findVisibleItem(window, "rollback_1")));
        click(window, rollback);
        answerConfirmation(window, false, u"admin_catalog_rollback_confirm_1920x1080"_s);
        QTest::qWait(200);
        QCOMPARE(catalog->stageCode(), u"applied"_s); // still the apply's: nothing started
        QVERIFY(catalog->versions().first().toMap().value(u"active"_s).toBool());
        click(window, rollback);
        answerConfirmation(window, true);
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"applied"_s, 60000);
        QTRY_VERIFY(catalog->versions().last().toMap().value(u"active"_s).toBool());

        // An older catalog checks green but says so, and is applied only when confirmed.
        findVisibleItem(window, "catalogFileField")
            ->setProperty("text", m_media.filePath(u"usb0/older/catalog-2026-11.json"_s));
        click(window, findVisibleItem(window, "checkCatalogButton"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"previewed"_s, 60000);
        QVERIFY2(catalog->olderThan().contains(u"2026.12.1"_s), qPrintable(catalog->olderThan()));
        QVERIFY(catalog->message().contains(u"2026.12.1"_s));
        catalog->apply(); // without the confirmation: refused, still previewed
        QCOMPARE(catalog->stageCode(), u"previewed"_s);
        click(window, findVisibleItem(window, "applyCatalogButton"));
        answerConfirmation(window, true, u"admin_catalog_older_confirm_1920x1080"_s);
        QTRY_COMPARE_WITH_TIMEOUT(catalog->stageCode(), u"applied"_s, 60000);
        QCOMPARE(catalog->versions().size(), 3);

        // A new front-desk account.
        // The trust page: both keys with fingerprint and the end date they were given (none).
        openTab(window, "trustTab", "trustPage");
        QTRY_COMPARE(shell->trust()->publishers().size(), 2);
        QVERIFY(saveFrame(window, u"admin_trust_1920x1080"_s, 150));
        // Removing the active catalog's key asks first (acceptance: one click removed it).
        click(window, findVisibleItem(window, "remove_gd-test-2026"));
        answerConfirmation(window, false, u"admin_trust_remove_confirm_1920x1080"_s);
        QCOMPARE(shell->trust()->publishers().size(), 2);

        openTab(window, "staffTab", "staffPage");
        findVisibleItem(window, "newUserName")->setProperty("text", u"zhck02"_s);
        findVisibleItem(window, "newPassword")->setProperty("text", kPassword);
        findVisibleItem(window, "newPasswordRepeat")->setProperty("text", kPassword);
        click(window, findVisibleItem(window, "addAccountButton"));
        QTRY_COMPARE_WITH_TIMEOUT(shell->staffDirectory()->rowCount(), 2, 30000);
        QVERIFY(!shell->staffDirectory()->messageIsError());
        QVERIFY(saveFrame(window, u"admin_staff_1920x1080"_s, 150));
        // Locking an account asks first; confirmed, the account is locked.
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = findVisibleItem(window, "staff_zhck02")));
        click(window, row);
        QTRY_VERIFY(findVisibleItem(window, "lockButton"));
        click(window, findVisibleItem(window, "lockButton"));
        answerConfirmation(window, true, u"admin_staff_lock_confirm_1920x1080"_s);
        const auto disabled = [&shell] {
            QSqlQuery q(shell->database()->connection());
            return q.exec(u"SELECT disabled FROM staff_accounts WHERE user_name = 'zhck02'"_s)
                && q.next() && q.value(0).toBool();
        };
        QTRY_VERIFY(disabled());

        // A timeout of 0 is refused with the reason; 120 is saved.
        openTab(window, "settingsTab", "settingsPage");
        findVisibleItem(window, "timeoutField")->setProperty("text", u"0"_s);
        // Below the form (the town hall's name made it taller than the window).
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "saveSettingsButton")));
        click(window, findVisibleItem(window, "saveSettingsButton"));
        QTRY_VERIFY(!textOf(window, "settingsMessage").isEmpty());
        QVERIFY(
            TerminalSettings(*shell->database()).value(u"kiosk.timeoutSeconds"_s).isUndefined());
        QVERIFY(saveFrame(window, u"admin_settings_refused_1920x1080"_s, 150));
        findVisibleItem(window, "timeoutField")->setProperty("text", u"120"_s);
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "saveSettingsButton")));
        click(window, findVisibleItem(window, "saveSettingsButton"));
        QTRY_COMPARE(
            TerminalSettings(*shell->database()).value(u"kiosk.timeoutSeconds"_s).toInt(), 120);

        // Every change is in the audit log, and the log verifies.
        openTab(window, "auditTab", "auditPage");
        QTRY_VERIFY(shell->auditTrail()->verified());
        QStringList actions;
        for (int row = 0; row < shell->auditTrail()->rowCount(); ++row)
            actions << shell->auditTrail()->index(row).data(AuditTrailModel::ActionRole).toString();
        QCOMPARE(actions.count(AuditLog::kCatalogLoad), 3);
        QCOMPARE(actions.count(AuditLog::kSettingsChange), 1);
        QCOMPARE(
            actions.count(AuditLog::kStaffChange), 3); // admin01 (set-up), zhck02 added, locked
        QVERIFY(saveFrame(window, u"admin_audit_1920x1080"_s, 150));

        openTab(window, "healthTab", "healthPage");
        const QVariantList devices = shell->health()->devices();
        QCOMPARE(devices.size(), 5);
        QVERIFY(devices.at(0).toMap().value(u"ok"_s).toBool()); // the reader is watching
        QVERIFY(!devices.at(4).toMap().value(u"ok"_s).toBool()); // no paper for receipts
        QVERIFY(shell->health()->warningCount() >= 1);
        QVERIFY(saveFrame(window, u"admin_health_1920x1080"_s, 300));

        // The KPI page and onewindowctl give the same figures for the same period.
        openTab(window, "kpiTab", "kpiPage");
        QVERIFY(shell->kpi()->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        QTRY_VERIFY(shell->kpi()->ready());
        QCOMPARE(shell->kpi()->filed(), 3);
        QCOMPARE(shell->kpi()->completed(), 1);
        QVERIFY(saveFrame(window, u"admin_kpi_1920x1080"_s, 300));
        // As of the page's day, so that a run across midnight compares the same figures.
        int exitCode = -1;
        const QByteArray csv = ctl(
            { u"report"_s, u"kpi"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                u"--as-of"_s, shell->kpi()->figures()->today.toString(Qt::ISODate), u"--csv"_s },
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(csv, KpiReport::toCsv(*shell->kpi()->figures()));

        // Signing out takes the administration view down while the window still draws, as at
        // the end of a working day.
        click(window, findVisibleItem(window, "signOutButton"));
        QTRY_VERIFY(findVisibleItem(window, "signInPage"));
        QVERIFY(saveFrame(window, u"admin_signed_out_1920x1080"_s));
        QVERIFY(!shell->kpi()->ready()); // the figures left with the administrator
    }

    // The staff room at 1366x768 in English (issue 32 items 7, 11, 12; issue 24 item 8): with
    // more accounts than fit, the list scrolls and the selected account's panel keeps its place
    // (86, 92); the English state is not cut off (76); the add form's refusal stands by the
    // form (34); an unknown department is refused naming the catalog's; a real name is recorded
    // and an account deactivated (with a confirmation) and reactivated.
    void staffRoomAt1366()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        {
            auto dir = DataDirectory::prepare(data.path());
            QVERIFY(dir.ok());
            auto db = Database::open(dir->databasePath());
            QVERIFY(db.ok());
            PinyinTranscriber pinyin;
            CatalogStore catalog(*db.value(), pinyin);
            PublisherTrust trust(catalog);
            QVERIFY(trust
                        .addPublisher(u"gd-catalog-2026"_s,
                            catalogtest::readFile(m_keys.filePath(u"sm2.pub"_s)),
                            QDateTime::currentDateTimeUtc())
                        .ok());
            const QString demo = QStringLiteral(ONEWINDOW_DEMO_CATALOG);
            QCOMPARE(CatalogImporter(*db.value(), catalog, trust)
                         .import(catalogtest::readFile(demo),
                             catalogtest::sign(m_keys.filePath(u"sm2"_s), demo, true), false,
                             QDateTime::currentDateTimeUtc())
                         .outcome,
                CatalogImporter::Outcome::Applied);
            auto keys = DataKeys::open(*db.value(), dir->dataKeyPath());
            QVERIFY(keys.ok());
            AuditLog audit(*db.value(), keys->auditKey());
            FieldCipher cipher(keys.value());
            StaffAccounts staff(*db.value(), audit);
            staff.setPersonalDataCipher(&cipher);
            QVERIFY(staff.add(u"test"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword, u"张伟"_s)
                        .ok());
            for (int i = 1; i <= 20; ++i)
                QVERIFY(staff
                            .add(u"test"_s, u"clerk%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                StaffRole::FrontDesk, {}, kPassword)
                            .ok());
            QVERIFY(staff
                        .add(u"test"_s, u"gaj.reviewer"_s, StaffRole::Reviewer, u"GD-GAJ"_s,
                            kPassword, u"李振华"_s)
                        .ok());
            // Locked out after wrong passwords: the longest English state.
            QVERIFY(staff.add(u"test"_s, u"lock.out"_s, StaffRole::FrontDesk, {}, kPassword).ok());
            for (int i = 0; i < StaffAccounts::kMaxFailures; ++i)
                QVERIFY(!staff.signIn(u"lock.out"_s, u"wrong-password-1"_s).ok());
        }

        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Admin;
        options.dataDir = data.path();
        options.windowed = true;
        options.windowSize = QSize(1366, 768);
        options.language = u"en"_s;
        options.languageGiven = true;
        auto shell = uitest::startShell(options);
        QQuickWindow *window = shell->window();
        signIn(window);
        openTab(window, "staffTab", "staffPage");
        StaffDirectoryModel *directory = shell->staffDirectory();
        QTRY_COMPARE(directory->rowCount(), 23);

        QQuickItem *list = findVisibleItem(window, "staffList");
        QVERIFY(list);
        // The English state of a lock-out is shown whole (76). The account is the list's last.
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QQuickItem *state = nullptr;
        QTRY_VERIFY((state = findVisibleItem(window, "state_lock.out")));
        QVERIFY2(state->property("text").toString().startsWith(u"locked after wrong passwords"_s),
            qPrintable(state->property("text").toString()));
        QVERIFY(!state->property("truncated").toBool());
        QVERIFY(state->property("contentWidth").toReal() <= state->width() + 0.5);

        QVERIFY(saveFrame(window, u"admin_staff_end_1366x768_en"_s, 150));
        // An account chosen: the list scrolls above its panel, which stays in the window.
        QMetaObject::invokeMethod(list, "positionViewAtBeginning");
        QQuickItem *clerk = nullptr;
        QTRY_VERIFY((clerk = findVisibleItem(window, "staff_clerk01")));
        click(window, clerk);
        QQuickItem *panel = nullptr;
        QTRY_VERIFY((panel = findVisibleItem(window, "selectedAccount")));
        const auto checkLayout = [&](const QString &screenshot) {
            QTRY_VERIFY(panel->height() > 0);
            QTest::qWait(100); // the layout settles after a resize
            const QRectF listRect = list->mapRectToScene(list->boundingRect());
            const QRectF panelRect = panel->mapRectToScene(panel->boundingRect());
            QVERIFY2(listRect.bottom() <= panelRect.top(),
                qPrintable(u"list ends at %1, panel starts at %2"_s.arg(listRect.bottom())
                               .arg(panelRect.top())));
            QVERIFY2(panelRect.bottom() <= window->height(),
                qPrintable(u"panel ends at %1"_s.arg(panelRect.bottom())));
            QVERIFY(list->property("contentHeight").toReal() > list->height()); // it scrolls
            QVERIFY(list->height() >= 96);
            QVERIFY(isInside(window, findVisibleItem(window, "deactivateButton")));
            QVERIFY(isInside(window, findVisibleItem(window, "addAccountButton")));
            QVERIFY(saveFrame(window, screenshot, 150));
        };
        checkLayout(u"admin_staff_1366x768_en"_s);

        // A weak password: the answer stands by the add form, not under the account's panel.
        findVisibleItem(window, "newUserName")->setProperty("text", u"weak.pw"_s);
        findVisibleItem(window, "newPassword")->setProperty("text", u"short"_s);
        findVisibleItem(window, "newPasswordRepeat")->setProperty("text", u"short"_s);
        click(window, findVisibleItem(window, "addAccountButton"));
        QQuickItem *formMessage = nullptr;
        QTRY_VERIFY((formMessage = findVisibleItem(window, "addAccountMessage")));
        QVERIFY(directory->formMessageIsError());
        QCOMPARE(formMessage->property("text").toString(), directory->formMessage());
        QQuickItem *form = findVisibleItem(window, "addAccount");
        // The form grows to take the message in on the next polish: wait for the layout.
        QTRY_VERIFY(form->mapRectToScene(form->boundingRect())
                        .contains(formMessage->mapRectToScene(formMessage->boundingRect())));
        QVERIFY(textOf(window, "staffMessage").isEmpty());
        QVERIFY(isInside(window, formMessage));
        QVERIFY(saveFrame(window, u"admin_staff_add_weak_1366x768_en"_s, 150));

        // A department that is not the catalog's is refused, naming the catalog's.
        QVERIFY(
            !directory->addAccount(u"x.rev"_s, u"reviewer"_s, u"police"_s, kPassword, kPassword));
        for (const QString &named : { u"police"_s, u"GD-GAJ"_s, u"GD-RSJ"_s })
            QVERIFY2(
                directory->formMessage().contains(named), qPrintable(directory->formMessage()));

        // A real name, recorded in the account's panel, shows in the list.
        findVisibleItem(window, "realNameField")->setProperty("text", u"王敏"_s);
        click(window, findVisibleItem(window, "saveRealNameButton"));
        QTRY_COMPARE(
            directory->index(1).data(StaffDirectoryModel::RealNameRole).toString(), u"王敏"_s);

        // Deactivated after a confirmation; listed as such; reactivated.
        click(window, findVisibleItem(window, "deactivateButton"));
        answerConfirmation(window, true, u"admin_staff_deactivate_confirm_1366x768_en"_s);
        const auto deactivated = [&shell] {
            QSqlQuery q(shell->database()->connection());
            return q.exec(
                       u"SELECT deactivated_at FROM staff_accounts WHERE user_name = 'clerk01'"_s)
                && q.next() && !q.value(0).isNull();
        };
        QTRY_VERIFY(deactivated());
        QTRY_COMPARE(textOf(window, "state_clerk01"), u"deactivated"_s);
        QCOMPARE(findVisibleItem(window, "deactivateButton")->property("text").toString(),
            u"Reactivate the account"_s);
        QVERIFY(saveFrame(window, u"admin_staff_deactivated_1366x768_en"_s, 150));
        click(window, findVisibleItem(window, "deactivateButton")); // no confirmation needed
        QTRY_VERIFY(!deactivated());
        QTRY_COMPARE(textOf(window, "state_clerk01"), u"active"_s);
        QSqlQuery q(shell->database()->connection());
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE subject = 'clerk01' ORDER BY seq"_s));
        QStringList details;
        while (q.next())
            details << q.value(0).toString();
        QCOMPARE(
            details.mid(1), (QStringList { u"real_name"_s, u"deactivate"_s, u"reactivate"_s }));

        // The same page at 1920x1080: the list still scrolls above the panel.
        window->resize(1920, 1080);
        QTRY_COMPARE(window->width(), 1920);
        checkLayout(u"admin_staff_1920x1080_en"_s);
    }

    // Issue 32 items 7, 11, 12 on the trust and settings pages at 1366x768: the page in the admin
    // view's type sizes with a key ID field wide enough and the whole fingerprint, revocations
    // listed, added and lifted through the confirmation; the town hall's name set on the
    // settings page; undoing changes takes their errors away; no printer is "none configured".
    void trustAndSettingsAt1366()
    {
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Admin;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = QSize(1366, 768);
        auto shell = uitest::startShell(options);
        QQuickWindow *window = shell->window();
        signIn(window);
        TrustDesk *trust = shell->trust();

        openTab(window, "trustTab", "trustPage");
        QTRY_VERIFY(trust->publishers().size() >= 1);
        // Type as on the other admin pages (acceptance 21: larger than the rest).
        QQuickItem *page = findVisibleItem(window, "trustPage");
        QCOMPARE(page->property("font").value<QFont>().pixelSize(), 16);
        // The whole SHA-256 fingerprint, selectable, inside the window.
        QQuickItem *fingerprint = findVisibleItem(window, "fingerprint");
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->property("text").toString().count(u' '), 16); // "SHA-256" + 16 groups
        QVERIFY(fingerprint->property("selectByMouse").toBool());
        QVERIFY(isInside(window, fingerprint));
        // Without a hall there is nothing to fetch: the button says so by being off.
        QQuickItem *fetch = findVisibleItem(window, "fetchTrustListButton");
        QVERIFY(fetch && !fetch->property("enabled").toBool());
        QVERIFY(!textOf(window, "trustListFetched").isEmpty());
        QVERIFY(saveFrame(window, u"admin_trust_1366x768"_s, 150));

        // A revocation: refused for a key not trusted, before any confirmation.
        QVERIFY(trust->addIssuer(u"gd-mzj-2026"_s, m_keys.filePath(u"sm2.pub"_s)));
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "revokeButton")));
        findVisibleItem(window, "revokeKeyIdField")->setProperty("text", u"gd-mzj-2062"_s);
        findVisibleItem(window, "revokeNumberField")->setProperty("text", u"J-REVOKED-1"_s);
        click(window, findVisibleItem(window, "revokeButton"));
        QTRY_VERIFY(trust->messageIsError());
        QVERIFY(!findVisibleItem(window, "confirmButton"));
        findVisibleItem(window, "revokeKeyIdField")->setProperty("text", u"gd-mzj-2026"_s);
        // The message above moved the page down.
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "revokeButton")));
        click(window, findVisibleItem(window, "revokeButton"));
        answerConfirmation(window, true, u"admin_trust_revoke_confirm_1366x768"_s);
        QTRY_COMPARE(trust->revocationList().size(), 1);
        QQuickItem *revoked = nullptr;
        QTRY_VERIFY((revoked = findVisibleItem(window, "revoked_J-REVOKED-1")));
        QTRY_VERIFY(scrolledIntoView(window, revoked));
        QVERIFY(saveFrame(window, u"admin_trust_revoked_1366x768"_s, 150));
        // Lifted only when confirmed.
        click(window, findVisibleItem(window, "lift_J-REVOKED-1"));
        answerConfirmation(window, false);
        QCOMPARE(trust->revocationList().size(), 1);
        click(window, findVisibleItem(window, "lift_J-REVOKED-1"));
        answerConfirmation(window, true);
        QTRY_COMPARE(trust->revocationList().size(), 0);

        openTab(window, "settingsTab", "settingsPage");
        findVisibleItem(window, "townHallField")->setProperty("text", u"天河区政务服务中心"_s);
        QVERIFY(saveFrame(window, u"admin_settings_1366x768"_s, 150));
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "saveSettingsButton")));
        click(window, findVisibleItem(window, "saveSettingsButton"));
        QTRY_COMPARE(TerminalSettings(*shell->database()).text(u"terminal.townHall"_s),
            u"天河区政务服务中心"_s);
        // Two mistakes: the message names them; undoing the changes takes the errors away.
        findVisibleItem(window, "timeoutField")->setProperty("text", u"10"_s);
        findVisibleItem(window, "regionsField")->setProperty("text", u"99999x"_s);
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "saveSettingsButton")));
        click(window, findVisibleItem(window, "saveSettingsButton"));
        QTRY_COMPARE(shell->terminalSetup()->problems().size(), 2);
        QVERIFY(saveFrame(window, u"admin_settings_refused_1366x768"_s, 150));
        QTRY_VERIFY(scrolledIntoView(window, findVisibleItem(window, "undoSettingsButton")));
        click(window, findVisibleItem(window, "undoSettingsButton"));
        QTRY_VERIFY(shell->terminalSetup()->problems().isEmpty());
        QCOMPARE(findVisibleItem(window, "timeoutField")->property("text").toString(),
            shell->terminalSetup()->values().value(u"timeoutSeconds"_s).toString());
        QVERIFY(textOf(window, "settingsMessage").isEmpty());
        QVERIFY(saveFrame(window, u"admin_settings_undone_1366x768"_s, 150));

        // Every change is audited.
        QSqlQuery q(shell->database()->connection());
        QVERIFY(q.exec(u"SELECT detail FROM audit_log"_s));
        QStringList details;
        while (q.next())
            details << q.value(0).toString();
        QVERIFY(details.contains(u"terminal.townHall"_s));
        QVERIFY(std::any_of(details.cbegin(), details.cend(),
            [](const QString &d) { return d.startsWith(u"lift revocation sha256:"_s); }));
    }
};

QTEST_MAIN(TestAdminView)
#include "tst_adminview.moc"
