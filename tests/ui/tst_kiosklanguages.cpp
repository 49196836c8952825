// The citizen's pages in each language and mode the kiosk offers, at both window sizes: every
// word in the reader's language (the catalog's own texts too, where the publisher gave English)
// and none cut off or outside the window. Taps only: no physical key events.
#include "applicationdesk.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "citizensession.h"
#include "database.h"
#include "datadirectory.h"
#include "pinyintranscriber.h"
#include "terminalshell.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using onewindow::IdentityProof;
using namespace Qt::StringLiterals;

namespace {

// Texts drawn on screen that are cut off (elided, or beyond the window's sides), by what they
// say: a page can be scrolled up and down, never sideways.
QStringList cutOffTexts(QQuickWindow *window, QQuickItem *item)
{
    QStringList out;
    if (!item->isVisible() || item->opacity() <= 0.0)
        return out;
    const QVariant text = item->property("text");
    if (text.isValid() && item->property("truncated").isValid()
        && !text.toString().trimmed().isEmpty()) {
        const QRectF r = item->mapRectToScene(QRectF(
            0, 0, qMin(item->width(), item->property("contentWidth").toReal()), item->height()));
        if (item->property("truncated").toBool())
            out << QStringLiteral("elided: ") + text.toString();
        else if (r.left() < -0.5 || r.right() > window->width() + 0.5)
            out << QStringLiteral("outside: ") + text.toString();
    }
    for (QQuickItem *child : item->childItems())
        out += cutOffTexts(window, child);
    return out;
}

// The scrollable page around an item: the Flickable (ScrollView's contentItem) it sits in.
QQuickItem *flickableOf(QQuickItem *item)
{
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem())
        if (p->inherits("QQuickFlickable"))
            return p;
    return nullptr;
}

// Scrolls as a finger would until the item is on screen (a kiosk has no other way there).
bool scrollIntoView(QQuickWindow *window, QQuickItem *item)
{
    QQuickItem *flickable = flickableOf(item);
    for (int step = 0; flickable && step < 40 && !isInside(window, item); ++step) {
        const bool below = item->mapToScene(QPointF(0, 0)).y() > 0;
        const QPointF from(window->width() / 2.0, window->height() * (below ? 0.7 : 0.3));
        const QPointF to(from.x(), window->height() * (below ? 0.3 : 0.7));
        QTest::mousePress(window, Qt::LeftButton, {}, from.toPoint());
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(window, (from + (to - from) * (i / 8.0)).toPoint(), 10);
        QTest::mouseRelease(window, Qt::LeftButton, {}, to.toPoint(), 10);
        // Waits for the flick to come to rest (a bool function cannot use QTRY_VERIFY).
        if (!QTest::qWaitFor([&] { return !flickable->property("moving").toBool(); }, 5000))
            return false;
    }
    return isInside(window, item);
}

// Texts on screen that count with "(s)": English has real plurals ("1 day", "2 days").
QStringList makeshiftPlurals(QQuickItem *item)
{
    QStringList out;
    if (!item->isVisible() || item->opacity() <= 0.0)
        return out;
    const QString text = item->property("text").toString();
    if (text.contains(u"(s)"))
        out << text;
    for (QQuickItem *child : item->childItems())
        out += makeshiftPlurals(child);
    return out;
}

} // namespace

class TestKioskLanguages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    // 陈志强 of the demo (the acceptance walk's citizen).
    const QString kChen = QStringLiteral("440106198503121018");

    void waitForStack(QQuickWindow *window)
    {
        QQuickItem *stack = findItem(window, "pageStack");
        QTRY_VERIFY(!stack->property("busy").toBool());
    }

    // Looked at on every page: a screenshot, nothing cut off.
    void checkPage(QQuickWindow *window, const char *page, const QString &shot)
    {
        QTRY_VERIFY2(findVisibleItem(window, page), page);
        waitForStack(window);
        QVERIFY(saveFrame(window, shot));
        const QStringList cut = cutOffTexts(window, findVisibleItem(window, page));
        QVERIFY2(cut.isEmpty(), qPrintable(shot + u": "_s + cut.join(u" | "_s)));
        const QStringList plurals = makeshiftPlurals(window->contentItem());
        QVERIFY2(plurals.isEmpty(), qPrintable(shot + u": "_s + plurals.join(u" | "_s)));
        QQuickItem *finish = findVisibleItem(window, "finishButton");
        QVERIFY2(finish && isInside(window, finish), page);
    }

    // The kiosk in the current data row's language, mode and size, 陈志强 identified by card.
    std::unique_ptr<TerminalShell> startIdentified()
    {
        QFETCH(QString, language);
        QFETCH(bool, elderly);
        QFETCH(QSize, size);
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Kiosk;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = size;
        auto shell = startShell(options);
        QQuickWindow *window = shell->window();
        if (language == u"en")
            click(window, findVisibleItem(window, "language_en"));
        if (elderly)
            click(window, findVisibleItem(window, "elderlyModeSwitch"));
        if (!shell->citizenSession()
                 ->begin(kChen, QStringLiteral("陈志强"), IdentityProof::ResidentIdCard)
                 .ok())
            return nullptr;
        return shell;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        using namespace onewindow;
        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        QVERIFY(catalogtest::applyDemoCatalog(*db.value(), store).ok());
    }

    void theWholeApplication_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("elderly");
        QTest::addColumn<QSize>("size");
        for (const QSize size : { QSize(1080, 1920), QSize(1920, 1080) })
            for (const char *language : { "zh_CN", "en" })
                for (const bool elderly : { false, true })
                    QTest::addRow("%s%s_%dx%d", language, elderly ? "_elderly" : "", size.width(),
                        size.height())
                        << QString::fromLatin1(language) << elderly << size;
    }

    void theOtherPages_data() { theWholeApplication_data(); }

    // Tracking, the wallet and social security, reached from home as a citizen reaches them:
    // whole in each language and mode at both sizes (here without the hall, as offline).
    void theOtherPages()
    {
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        auto shell = startIdentified();
        QVERIFY(shell);
        QQuickWindow *window = shell->window();
        QQuickItem *stack = findItem(window, "pageStack");
        for (const auto &[tile, page] : { std::pair { "tile_track", "trackPage" },
                 { "tile_certificates", "certificateWalletPage" },
                 { "tile_socialsecurity", "socialSecurityFlow" } }) {
            // Elderly mode on a landscape screen: the lower tiles are a scroll away (they were
            // out of reach before the home page scrolled).
            QQuickItem *entry = findVisibleItem(window, tile);
            QVERIFY2(scrollIntoView(window, entry), tile);
            click(window, entry);
            QTRY_COMPARE(stack->property("depth").toInt(), 2);
            checkPage(window, page, u"kiosk_walk_%1_"_s.arg(QLatin1String(page)) + tag);
            if (QTest::currentTestFailed())
                return;
            click(window, findVisibleItem(window, "backButton"));
            QTRY_COMPARE(stack->property("depth").toInt(), 1);
            waitForStack(window);
        }
        click(window, findVisibleItem(window, "finishButton"));
        QTRY_VERIFY(!shell->citizenSession()->isActive());
    }

    // Found in acceptance (74, 75, 79–85): English pages showed the catalog's Chinese (field
    // labels, choices, materials, themes) and cut off text; the elderly form's 下一步 was below
    // the fold.
    void theWholeApplication()
    {
        QFETCH(QString, language);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const bool english = language == u"en";
        auto shell = startIdentified();
        QVERIFY(shell);
        QQuickWindow *window = shell->window();
        checkPage(window, "kioskHomePage", u"kiosk_walk_1_home_"_s + tag);
        if (QTest::currentTestFailed())
            return;

        click(window, findVisibleItem(window, "tile_apply"));
        QTRY_VERIFY(findVisibleItem(window, "serviceFinderPage"));
        waitForStack(window);
        QQuickItem *theme = findVisibleItem(window->contentItem(), u"theme_社会保障"_s);
        QVERIFY(theme);
        QCOMPARE(theme->property("text").toString(),
            english ? QStringLiteral("Social security") : QStringLiteral("社会保障"));
        // Typed as the on-screen keyboard types: a committed input-method string, no key events.
        QQuickItem *search = findVisibleItem(window, "finderSearch");
        search->forceActiveFocus();
        QInputMethodEvent typed;
        typed.setCommitString(u"社会保障卡补换"_s);
        QCoreApplication::sendEvent(search, &typed);
        QQuickItem *results = findVisibleItem(window, "finderResults");
        QTRY_VERIFY(results->property("count").toInt() > 0);
        checkPage(window, "serviceFinderPage", u"kiosk_walk_2_finder_"_s + tag);
        if (QTest::currentTestFailed())
            return;
        QQuickItem *first = nullptr;
        QTRY_VERIFY((
            first = results->property("contentItem").value<QQuickItem *>()->childItems().value(0)));
        click(window, first);
        QTRY_VERIFY(findVisibleItem(window, "applyButton"));
        checkPage(window, "serviceItemPage", u"kiosk_walk_3_item_"_s + tag);
        if (QTest::currentTestFailed())
            return;

        click(window, findVisibleItem(window, "applyButton"));
        QTRY_VERIFY(findVisibleItem(window, "applicationStartPage"));
        checkPage(window, "applicationStartPage", u"kiosk_walk_4_start_"_s + tag);
        if (QTest::currentTestFailed())
            return;
        const QVariantMap chosen
            = shell->applicationDesk()->property("chosen").toList().value(0).toMap();
        QCOMPARE(chosen.value(QStringLiteral("name")).toString(),
            english ? QStringLiteral("Social security card replacement")
                    : QStringLiteral("社会保障卡补换"));

        QQuickItem *toForm = findVisibleItem(window, "toFormButton");
        QVERIFY(scrollIntoView(window, toForm));
        click(window, toForm);
        QTRY_VERIFY(findVisibleItem(window, "applicationFormPage"));
        checkPage(window, "applicationFormPage", u"kiosk_walk_5_form_"_s + tag);
        if (QTest::currentTestFailed())
            return;
        ApplicationForm *form = shell->applicationDesk()->form();
        QStringList labels;
        for (int row = 0; row < form->rowCount(); ++row)
            labels << form->data(form->index(row), ApplicationForm::LabelRole).toString();
        QVERIFY2(
            labels.contains(english ? QStringLiteral("Phone number") : QStringLiteral("联系电话")),
            qPrintable(labels.join(u", "_s)));
        QQuickItem *post = findItem(
            window->contentItem(), QStringLiteral("field_delivery.method_option_邮寄到家"));
        QVERIFY(post);
        QCOMPARE(post->property("text").toString(),
            english ? QStringLiteral("Send it to my home") : QStringLiteral("邮寄到家"));
        // The answers through the form's model, the choice by a tap: what is stored is the
        // catalog's own option whatever the language.
        for (int row = 0; row < form->rowCount(); ++row) {
            const QModelIndex i = form->index(row);
            if (form->data(i, ApplicationForm::LockedRole).toBool())
                continue;
            const QString type = form->data(i, ApplicationForm::TypeRole).toString();
            if (type == u"choice")
                continue;
            form->setAnswer(row,
                type == u"bool"        ? QStringLiteral("true")
                    : type == u"phone" ? QStringLiteral("13812345678")
                                       : QStringLiteral("广州市天河区体育西路1号"));
        }
        QVERIFY(scrollIntoView(window, post));
        click(window, post);
        QTRY_COMPARE(
            form->answers().value(QStringLiteral("delivery.method")), QStringLiteral("邮寄到家"));
        // The way on is reached by scrolling, in elderly mode too (75).
        QQuickItem *next = findVisibleItem(window, "toMaterialsButton");
        QVERIFY(scrollIntoView(window, next));
        QVERIFY(saveFrame(window, u"kiosk_walk_5_form_end_"_s + tag));
        click(window, next);

        QTRY_VERIFY(findVisibleItem(window, "materialsPage"));
        checkPage(window, "materialsPage", u"kiosk_walk_6_materials_"_s + tag);
        if (QTest::currentTestFailed())
            return;
        const QVariantList materials = shell->applicationDesk()->materials();
        QVERIFY(!materials.isEmpty());
        QCOMPARE(materials.first().toMap().value(QStringLiteral("name")).toString(),
            english ? QStringLiteral("Resident ID card") : QStringLiteral("居民身份证"));

        click(window, findVisibleItem(window, "finishButton"));
        QTRY_VERIFY(!shell->citizenSession()->isActive());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    TestKioskLanguages test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kiosklanguages.moc"
