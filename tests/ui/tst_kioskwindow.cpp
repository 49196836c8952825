// Drives the real OneWindow window (the composition root main() uses) under Xvfb.
#include "auditlog.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "citizendesk.h"
#include "citizensession.h"
#include "database.h"
#include "datadirectory.h"
#include "datakeys.h"
#include "pinyintranscriber.h"
#include "socialsecuritydesk.h"
#include "staffaccounts.h"
#include "terminalshell.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using onewindow::IdentityProof;
using onewindow::StaffRole;

class TestKioskWindow : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_data.isValid()); }

    void kioskHomeShowsTheFourEntriesInChinese()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();

        const struct
        {
            const char *objectName;
            QString text;
        } tiles[] = {
            { "tile_apply", QStringLiteral("办事") },
            { "tile_track", QStringLiteral("进度查询") },
            { "tile_certificates", QStringLiteral("电子证照") },
            { "tile_socialsecurity", QStringLiteral("社保查询") },
        };
        for (const auto &tile : tiles) {
            QQuickItem *item = findItem(window, tile.objectName);
            QVERIFY2(item, tile.objectName);
            QVERIFY(item->isVisible());
            QCOMPARE(item->property("text").toString(), tile.text);
            // Big enough for an unsteady finger, and fully inside the window.
            QVERIFY(item->height() >= 176);
            const QRectF r = item->mapRectToScene(item->boundingRect());
            QVERIFY(QRectF(QPointF(0, 0), window->size()).contains(r));
        }
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_1080x1920")));

        window->resize(1920, 1080);
        QTRY_COMPARE(window->contentItem()->width(), 1920.0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_1920x1080")));
        for (const auto &tile : tiles) {
            QQuickItem *item = findItem(window, tile.objectName);
            const QRectF r = item->mapRectToScene(item->boundingRect());
            QVERIFY(QRectF(QPointF(0, 0), window->size()).contains(r));
        }
    }

    void languageSwitchesAtRunTime()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        QQuickItem *english = findItem(window, "language_en");
        QVERIFY(english);
        click(window, english);
        QTRY_COMPARE(
            findItem(window, "tile_apply")->property("text").toString(), QStringLiteral("Apply"));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_en_1080x1920")));
        QQuickItem *chinese = findItem(window, "language_zh_CN");
        QVERIFY(chinese);
        click(window, chinese);
        QTRY_COMPARE(
            findItem(window, "tile_apply")->property("text").toString(), QStringLiteral("办事"));
    }

    void elderlyModeEnlargesTypeAndTargets()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        QQuickItem *greeting = findItem(window, "greeting");
        QVERIFY(greeting);
        const int normalSize = greeting->property("font").value<QFont>().pixelSize();
        click(window, findItem(window, "elderlyModeSwitch"));
        QTRY_VERIFY(greeting->property("font").value<QFont>().pixelSize() > normalSize * 1.2);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_elderly_1080x1920")));
        for (const char *name : { "tile_apply", "tile_socialsecurity" }) {
            QQuickItem *item = findItem(window, name);
            const QRectF r = item->mapRectToScene(item->boundingRect());
            QVERIFY2(QRectF(QPointF(0, 0), window->size()).contains(r), name);
        }
    }

    void tileOpensAPageAndBackReturnsHome()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        click(window, findItem(window, "tile_track"));
        QTRY_VERIFY(findItem(window, "backButton") && findItem(window, "backButton")->isVisible());
        QQuickItem *stack = findItem(window, "pageStack");
        QTRY_COMPARE(stack->property("depth").toInt(), 2);
        QTRY_VERIFY(!stack->property("busy").toBool());
        click(window, findItem(window, "backButton"));
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
    }

    // Found in acceptance (93): an identified citizen back on the home page (and on the wallet,
    // social security, tracking) had no way to end the session.
    void finishIsOnEveryPageOfAnIdentifiedCitizen()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        QVERIFY(!findVisibleItem(window, "finishButton"));
        QVERIFY(shell->citizenSession()
                    ->begin(kChen, QStringLiteral("陈志强"), IdentityProof::ResidentIdCard)
                    .ok());
        QQuickItem *stack = findItem(window, "pageStack");
        const auto finishShown = [&](const char *page) {
            QTRY_VERIFY2(findVisibleItem(window, page), page);
            QTRY_VERIFY(!stack->property("busy").toBool());
            QQuickItem *finish = findVisibleItem(window, "finishButton");
            QVERIFY2(finish && isInside(window, finish), page);
            QVERIFY(finish->height() >= 60);
        };
        finishShown("kioskHomePage");
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_identified_1080x1920")));
        for (const char *tile : { "tile_track", "tile_certificates", "tile_socialsecurity" }) {
            click(window, findVisibleItem(window, tile));
            QTRY_COMPARE(stack->property("depth").toInt(), 2);
            finishShown(tile == QByteArrayView("tile_track")      ? "trackPage"
                    : tile == QByteArrayView("tile_certificates") ? "certificateWalletPage"
                                                                  : "socialSecurityFlow");
            QVERIFY(saveFrame(
                window, QStringLiteral("kiosk_identified_%1_1080x1920").arg(QLatin1String(tile))));
            click(window, findVisibleItem(window, "backButton"));
            QTRY_COMPARE(stack->property("depth").toInt(), 1);
            QTRY_VERIFY(!stack->property("busy").toBool());
        }
        // In English and in elderly mode too, the button whole and inside the window.
        click(window, findVisibleItem(window, "language_en"));
        QTRY_COMPARE(findVisibleItem(window, "finishButton")->property("text").toString(),
            QStringLiteral("Finish"));
        finishShown("kioskHomePage");
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_identified_en_1080x1920")));
        click(window, findVisibleItem(window, "elderlyModeSwitch"));
        finishShown("kioskHomePage");
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_identified_elderly_en_1080x1920")));
        // Issue 24 item 11 (70, 78): the header and the footer whole in English elderly mode.
        for (const char *name : { "headerTitle", "headerSubtitle", "footerHelp" }) {
            QQuickItem *text = findVisibleItem(window, name);
            QVERIFY2(text, name);
            QVERIFY2(!text->property("truncated").toBool(), name);
            const QRectF r = text->mapRectToScene(text->boundingRect());
            QVERIFY2(QRectF(QPointF(0, 0), window->size()).contains(r), name);
        }

        click(window, findVisibleItem(window, "finishButton"));
        QTRY_VERIFY(!shell->citizenSession()->isActive());
        QTRY_VERIFY(!findVisibleItem(window, "finishButton"));
    }

    // Found in acceptance (32, 34): the tracking page stayed open for minutes with nobody
    // identified; the countdown ran only for an identified citizen.
    void anIdlePageGoesHomeWithoutACitizen()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        QQuickItem *stack = findItem(window, "pageStack");
        click(window, findVisibleItem(window, "tile_track"));
        QTRY_VERIFY(findVisibleItem(window, "trackPage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        CitizenDesk *desk = shell->citizenDesk();
        QVERIFY(desk->visitOpen());
        desk->setIdleForTesting(desk->timeoutSeconds() - 10);
        QTRY_VERIFY(findVisibleItem(window, "idleSecondsLeft"));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_track_idle_countdown_1080x1920")));
        desk->setIdleForTesting(desk->timeoutSeconds() + 1);
        desk->checkIdle();
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QTRY_VERIFY(findVisibleItem(window, "kioskHomePage"));
        QTRY_VERIFY(!findVisibleItem(window, "idleSecondsLeft"));
        QVERIFY(!desk->visitOpen());
    }

    // Found in acceptance (76, 94): after a session the next person found elderly mode on and
    // could open the previous citizen's social security record.
    void theNextPersonStartsFromTheDefaults()
    {
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        QQuickItem *stack = findItem(window, "pageStack");
        click(window, findVisibleItem(window, "language_en"));
        click(window, findVisibleItem(window, "elderlyModeSwitch"));
        QTRY_COMPARE(findVisibleItem(window, "tile_apply")->property("text").toString(),
            QStringLiteral("Apply"));
        QVERIFY(shell->citizenSession()
                    ->begin(kChen, QStringLiteral("陈志强"), IdentityProof::ResidentIdCard)
                    .ok());
        click(window, findVisibleItem(window, "tile_socialsecurity"));
        QTRY_VERIFY(findVisibleItem(window, "socialSecurityFlow"));
        QTRY_VERIFY(!stack->property("busy").toBool());

        // Walks away: the countdown ends it.
        CitizenDesk *desk = shell->citizenDesk();
        desk->setIdleForTesting(desk->timeoutSeconds() + 1);
        desk->checkIdle();
        QTRY_VERIFY(findVisibleItem(window, "kioskHomePage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QCOMPARE(findVisibleItem(window, "tile_apply")->property("text").toString(),
            QStringLiteral("办事"));
        QVERIFY(!findVisibleItem(window, "elderlyModeSwitch")->property("checked").toBool());
        QCOMPARE(shell->socialSecurity()->state(), SocialSecurityDesk::State::Idle);
        QVERIFY(shell->socialSecurity()->holderId().isEmpty());
        QVERIFY(findVisibleItem(window, "farewellNotice"));
        // The goodbye is in the terminal's language, like everything the next person reads.
        QVERIFY(findVisibleItem(window, "farewellNoticeText")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("终端")));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_after_timeout_1080x1920")));

        // The next person asks for social security: who are you, not someone's record.
        click(window, findVisibleItem(window, "tile_socialsecurity"));
        QTRY_VERIFY(findVisibleItem(window, "identifyPage"));
        QVERIFY(!findVisibleItem(window, "socialSecurityFlow"));
    }

    // The session ends with the ID card still in the reader: the citizen is reminded to take it.
    void aCardLeftInTheReaderIsRemindedOf()
    {
        const QString cardFile = m_data.filePath(QStringLiteral("idcard.json"));
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Kiosk;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = QSize(1080, 1920);
        options.idCardReader = QStringLiteral("file:") + cardFile;
        auto shell = uitest::startShell(options);
        QQuickWindow *window = shell->window();
        QFile card(cardFile);
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write(R"({"type":"resident_id","name":"陈志强","sex":"男","ethnicity":"汉",)"
                   R"("birthDate":"1985-03-12","address":"广州市天河区人民路128号",)"
                   R"("idNumber":"440106198503121018","issuingAuthority":"广州市公安局天河区分局",)"
                   R"("validFrom":"2021-04-18","validUntil":"2041-04-18"})");
        card.close();
        QTRY_VERIFY_WITH_TIMEOUT(shell->citizenSession()->isActive(), 10000);
        QTRY_VERIFY(findVisibleItem(window, "finishButton"));
        QVERIFY(!findVisibleItem(window, "takeCardReminder"));
        click(window, findVisibleItem(window, "finishButton"));
        QTRY_VERIFY(findVisibleItem(window, "takeCardReminder"));
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_home_take_card_1080x1920")));
        QFile::remove(cardFile);
        QTRY_VERIFY_WITH_TIMEOUT(!findVisibleItem(window, "takeCardReminder"), 10000);
    }

    void backOfficeAndAdminOpenOnSignIn_data()
    {
        QTest::addColumn<TerminalInfo::Mode>("mode");
        QTest::addColumn<QString>("name");
        QTest::newRow("backoffice")
            << TerminalInfo::Mode::BackOffice << QStringLiteral("backoffice");
        QTest::newRow("admin") << TerminalInfo::Mode::Admin << QStringLiteral("admin");
    }
    void backOfficeAndAdminOpenOnSignIn()
    {
        QFETCH(TerminalInfo::Mode, mode);
        QFETCH(QString, name);
        auto shell = startShell(mode, QSize(1920, 1080));
        QQuickItem *page = findItem(shell->window(), "signInPage");
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(findItem(shell->window(), "userNameField"));
        QVERIFY(findItem(shell->window(), "passwordField"));
        QVERIFY(saveFrame(shell->window(), QStringLiteral("%1_signin_1920x1080").arg(name)));
    }

    void applyFindsAServiceAndShowsItsDetails()
    {
        loadDemoCatalog();
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        click(window, findItem(window, "tile_apply"));
        QTRY_VERIFY(findItem(window, "serviceFinderPage"));
        QQuickItem *stack = findItem(window, "pageStack");
        QTRY_VERIFY(!stack->property("busy").toBool());
        QQuickItem *search = findItem(window, "finderSearch");
        search->forceActiveFocus();
        for (char c : { 's', 'b', 'k' })
            QTest::keyClick(window, c); // typed, as on the on-screen keyboard
        QQuickItem *results = findItem(window, "finderResults");
        QTRY_VERIFY(results->property("count").toInt() > 0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_finder_sbk_1080x1920")));
        // Landscape terminals too: every control of the finder stays inside the window.
        window->resize(1920, 1080);
        QTRY_COMPARE(window->contentItem()->width(), 1920.0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_finder_sbk_1920x1080")));
        for (const char *name :
            { "finderSearch", "themeChips", "departmentFilter", "finderResults" })
            QVERIFY2(isInside(window, findItem(window, name)), name);
        QVERIFY(results->height() >= 200); // room for results below the filters
        window->resize(1080, 1920);
        QTRY_COMPARE(window->contentItem()->width(), 1080.0);

        QQuickItem *first = nullptr;
        QTRY_VERIFY((
            first = results->property("contentItem").value<QQuickItem *>()->childItems().value(0)));
        click(window, first);
        QTRY_VERIFY(findItem(window, "serviceItemPage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(findItem(window, "itemName")
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("社会保障卡")));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_service_item_1080x1920")));
        window->resize(1920, 1080);
        QTRY_COMPARE(window->contentItem()->width(), 1920.0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_service_item_1920x1080")));
        QVERIFY(isInside(window, findItem(window, "itemName")));
    }

    void elderlyModeOffersFewerChoicesPerScreen()
    {
        loadDemoCatalog();
        auto shell = startShell(TerminalInfo::Mode::Kiosk, QSize(1080, 1920));
        QQuickWindow *window = shell->window();
        click(window, findItem(window, "elderlyModeSwitch"));
        click(window, findItem(window, "tile_apply"));
        QTRY_VERIFY(findItem(window, "serviceFinderPage"));
        QQuickItem *stack = findItem(window, "pageStack");
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(!findItem(window, "departmentFilter")->isVisible());
        QQuickItem *search = findItem(window, "finderSearch");
        search->forceActiveFocus();
        QTest::keyClick(window, 's'); // many services start with s: more than a screenful
        QQuickItem *results = findItem(window, "finderResults");
        QTRY_COMPARE(results->property("count").toInt(), 4);
        QQuickItem *next = findItem(window, "nextChoices");
        QTRY_VERIFY(next->isVisible() && next->isEnabled());
        QVERIFY(isInside(window, next));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_finder_elderly_1080x1920")));
        window->resize(1920, 1080);
        QTRY_COMPARE(window->contentItem()->width(), 1920.0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_finder_elderly_1920x1080")));
        for (const char *name :
            { "finderSearch", "finderResults", "nextChoices", "previousChoices" })
            QVERIFY2(isInside(window, findItem(window, name)), name);
        window->resize(1080, 1920);
        QTRY_COMPARE(window->contentItem()->width(), 1080.0);
        click(window, next);
        QTRY_VERIFY(findItem(window, "previousChoices")->isEnabled());
    }

    void staffSignInLockOutAndSignOut()
    {
        addStaff(QStringLiteral("li.wei"), StaffRole::FrontDesk);
        auto shell = startShell(TerminalInfo::Mode::BackOffice, QSize(1920, 1080));
        QQuickWindow *window = shell->window();
        auto signInAs = [&](const QString &user, const QString &password) {
            findItem(window, "userNameField")->setProperty("text", user);
            findItem(window, "passwordField")->setProperty("text", password);
            click(window, findItem(window, "signInButton"));
        };

        signInAs(QStringLiteral("li.wei"), QStringLiteral("not-the-password-1"));
        QQuickItem *message = findItem(window, "signInMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->property("text").toString().contains(QStringLiteral("用户名或密码错误")));
        QCOMPARE(findItem(window, "passwordField")->property("text").toString(), QString());
        QVERIFY(saveFrame(window, QStringLiteral("backoffice_signin_wrong_1920x1080")));

        for (int i = 2; i <= 5; ++i) {
            signInAs(QStringLiteral("li.wei"), QStringLiteral("not-the-password-%1").arg(i));
            QTRY_VERIFY(findItem(window, "signInButton")->property("text").toString()
                == QStringLiteral("登录"));
        }
        QQuickItem *countdown = findItem(window, "lockoutCountdown");
        QTRY_VERIFY(countdown->isVisible());
        QVERIFY2(countdown->property("text").toString().contains(QStringLiteral("15:00"))
                || countdown->property("text").toString().contains(QStringLiteral("14:5")),
            qPrintable(countdown->property("text").toString()));
        QVERIFY(message->property("text").toString().contains(QStringLiteral("15")));
        QVERIFY(saveFrame(window, QStringLiteral("backoffice_signin_lockout_1920x1080")));

        // Another account still signs in; the page gives way to the staff home.
        addStaff(QStringLiteral("chen.fang"), StaffRole::Supervisor, {}, shell->database());
        signInAs(QStringLiteral("chen.fang"), kStaffPassword);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(window, "staffHomePage"), 10000);
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
        QVERIFY(findItem(window, "signedInAs")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("chen.fang · 督查")));
        QVERIFY(saveFrame(window, QStringLiteral("backoffice_signed_in_1920x1080")));
        click(window, findItem(window, "signOutButton"));
        QTRY_VERIFY(findItem(window, "signInPage"));
        QTRY_VERIFY(!findItem(window, "staffHomePage"));
    }

    void administrationRefusesCaseWorkers()
    {
        addStaff(QStringLiteral("zhou.min"), StaffRole::Reviewer, QStringLiteral("police"));
        auto shell = startShell(TerminalInfo::Mode::Admin, QSize(1920, 1080));
        QQuickWindow *window = shell->window();
        findItem(window, "userNameField")->setProperty("text", QStringLiteral("zhou.min"));
        findItem(window, "passwordField")->setProperty("text", kStaffPassword);
        click(window, findItem(window, "signInButton"));
        QQuickItem *message = findItem(window, "signInMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->property("text").toString().contains(QStringLiteral("管理员")),
            qPrintable(message->property("text").toString()));
        QVERIFY(!findItem(window, "staffHomePage"));
        QVERIFY(saveFrame(window, QStringLiteral("admin_signin_refused_1920x1080")));
    }

    void refusesAnUnusableDataDirectoryWithASentence()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        LaunchOptions options;
        options.dataDir = file;
        options.windowed = true;
        QElapsedTimer clock;
        clock.start();
        TerminalShell shell(options, clock);
        const auto started = shell.start();
        QVERIFY(!started.ok());
        QVERIFY(started.error().message.contains(file));
        QVERIFY(!shell.window());
    }

private:
    static inline const QString kStaffPassword = QStringLiteral("Harbour-lights 27");

    // Accounts are made the way onewindowctl makes them: through the services, same data folder.
    // While a terminal runs, this process's database is the terminal's (one per process):
    // running is it, standing for onewindowctl's own connection in another process.
    void addStaff(const QString &user, onewindow::StaffRole role, const QString &department = {},
        onewindow::Database *running = nullptr)
    {
        using namespace onewindow;
        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        std::unique_ptr<Database> own;
        if (!running) {
            auto db = Database::open(dir->databasePath());
            QVERIFY(db.ok());
            own = std::move(db.value());
        }
        std::unique_ptr<Database> connection;
        if (running) {
            auto other = running->openThreadConnection();
            QVERIFY(other.ok());
            connection = std::move(other.value());
        }
        Database &db = running ? *connection : *own;
        auto keys = DataKeys::open(db, dir->dataKeyPath());
        QVERIFY(keys.ok());
        AuditLog audit(db, keys->auditKey());
        StaffAccounts accounts(db, audit);
        const Status added
            = accounts.add(QStringLiteral("test"), user, role, department, kStaffPassword);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    }

    void loadDemoCatalog()
    {
        using namespace onewindow;
        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        const auto items = catalogtest::applyDemoCatalog(*db.value(), store);
        QVERIFY2(items.ok(), qPrintable(items ? QString() : items.error().message));
    }

    std::unique_ptr<TerminalShell> startShell(TerminalInfo::Mode mode, QSize size)
    {
        LaunchOptions options;
        options.mode = mode;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = size;
        return uitest::startShell(options);
    }

    QTemporaryDir m_data;
    // 陈志强 of the demo (the acceptance walk's citizen).
    const QString kChen = QStringLiteral("440106198503121018");
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    TestKioskWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskwindow.moc"
