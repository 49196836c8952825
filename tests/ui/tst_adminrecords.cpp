// The administrator's records in the real window under Xvfb, at 1920x1080 and 1366x768, in
// Chinese and English: the KPI page (a per-day chart whose labels do not crowd, a refused period
// shown in red with the old figures gone, a future period said as such) and the audit page (the
// verification banner above the entries, not over them; details in the page's language).
#include "auditlog.h"
#include "audittrailmodel.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "datadirectory.h"
#include "kpidesk.h"
#include "pinyintranscriber.h"
#include "staffaccounts.h"
#include "supervisiontestsupport.h"
#include "uitestsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Harbour-lights 27"_s;
} // namespace

class TestAdminRecords : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

    std::unique_ptr<TerminalShell> start(const QSize &size, const QString &language)
    {
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Admin;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = size;
        options.language = language;
        options.languageGiven = true;
        options.mediaRoot = m_data.filePath(u"media"_s);
        options.clock = [] { return QDateTime(QDate(2026, 12, 7), QTime(9, 0)); };
        return uitest::startShell(options);
    }

    static void signIn(QQuickWindow *window)
    {
        QTRY_VERIFY(findVisibleItem(window, "signInPage"));
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
        findVisibleItem(window, "userNameField")->setProperty("text", u"admin01"_s);
        findVisibleItem(window, "passwordField")->setProperty("text", kPassword);
        click(window, findVisibleItem(window, "signInButton"));
        QTRY_VERIFY_WITH_TIMEOUT(findVisibleItem(window, "adminPane"), 30000);
        QTRY_VERIFY(!findItem(window, "pageStack")->property("busy").toBool());
    }

    static void openTab(QQuickWindow *window, const char *tab, const char *page)
    {
        QQuickItem *button = nullptr;
        QTRY_VERIFY((button = findVisibleItem(window, tab)));
        click(window, button);
        QTRY_VERIFY2(findVisibleItem(window, page), page);
    }

    // The day labels of the chart that are shown, left to right.
    static QList<QQuickItem *> dayLabels(QQuickItem *chart)
    {
        QList<QQuickItem *> labels;
        // The visual tree: a Repeater's items are not the chart's QObject children.
        QList<QQuickItem *> all;
        QList<QQuickItem *> pending { chart };
        while (!pending.isEmpty()) {
            QQuickItem *next = pending.takeFirst();
            all << next;
            pending << next->childItems();
        }
        for (QQuickItem *item : std::as_const(all)) {
            const QString text = item->property("text").toString();
            if (item->isVisible() && item->metaObject()->indexOfProperty("text") >= 0
                && text.contains(QRegularExpression(u"^(\\d+月\\d+日|\\d+ [A-Z][a-z]{2})$"_s)))
                labels << item;
        }
        std::sort(labels.begin(), labels.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene({}).x() < b->mapToScene({}).x();
        });
        return labels;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY(QDir(m_data.path()).mkpath(u"media/usb0"_s));
        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore catalog(*db.value(), pinyin);
        QVERIFY(catalogtest::applyDemoCatalog(*db.value(), catalog).ok());
        auto keys = DataKeys::open(*db.value(), dir->dataKeyPath());
        QVERIFY(keys.ok());
        AuditLog audit(*db.value(), keys->auditKey());
        QVERIFY(StaffAccounts(*db.value(), audit)
                    .add(u"test"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword)
                    .ok());
        // Cases on several days of the last month, for the per-day chart.
        FieldCipher cipher(keys.value());
        SyncStore sync(*db.value(), &cipher);
        CaseStore cases(*db.value(), cipher, sync);
        casetest::CaseScenario scenario { cases, sync };
        for (int day : { 9, 10, 10, 16, 23, 24, 24, 24, 30 })
            QVERIFY(!scenario.file(u"GD-RSJ-TEST"_s, u"GD-RSJ"_s, 10, casetest::at(11, day))
                         .cases.isEmpty());
        QVERIFY(
            !scenario.file(u"GD-RSJ-TEST"_s, u"GD-RSJ"_s, 10, casetest::at(12, 3)).cases.isEmpty());
    }

    void recordsReadAtEachSizeAndLanguage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("zh 1920x1080") << QSize(1920, 1080) << u"zh_CN"_s;
        QTest::newRow("zh 1366x768") << QSize(1366, 768) << u"zh_CN"_s;
        QTest::newRow("en 1920x1080") << QSize(1920, 1080) << u"en"_s;
        QTest::newRow("en 1366x768") << QSize(1366, 768) << u"en"_s;
    }

    void recordsReadAtEachSizeAndLanguage()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        const QString suffix = u"%1_%2x%3"_s.arg(language).arg(size.width()).arg(size.height());
        auto shell = start(size, language);
        QQuickWindow *window = shell->window();
        signIn(window);

        // KPIs of the 30 days up to 7 December: every label readable, none on another.
        openTab(window, "kpiTab", "kpiPage");
        QVERIFY(shell->kpi()->setPeriod(u"2026-11-08"_s, u"2026-12-07"_s));
        QTRY_VERIFY(shell->kpi()->ready());
        QQuickItem *chart = nullptr;
        QTRY_VERIFY((chart = findVisibleItem(window, "kpiPerDay")));
        const QList<QQuickItem *> labels = dayLabels(chart);
        QVERIFY2(labels.size() >= 5, qPrintable(QString::number(labels.size())));
        for (qsizetype i = 1; i < labels.size(); ++i) {
            const qreal previousEnd
                = labels.at(i - 1)->mapToScene({}).x() + labels.at(i - 1)->width();
            QVERIFY2(previousEnd + 4 <= labels.at(i)->mapToScene({}).x(),
                qPrintable(labels.at(i - 1)->property("text").toString() + u" overlaps "_s
                    + labels.at(i)->property("text").toString()));
        }
        QVERIFY(
            !findVisibleItem(window, "dayChartValueTitle")->property("text").toString().isEmpty());
        QVERIFY(
            !findVisibleItem(window, "dayChartDayTitle")->property("text").toString().isEmpty());
        QVERIFY(saveFrame(window, u"admin_kpi_"_s + suffix, 300));

        // A reversed period: said in red, and the old figures are not left under it.
        QVERIFY(!shell->kpi()->setPeriod(u"2026-12-07"_s, u"2026-11-08"_s));
        QQuickItem *message = nullptr;
        QTRY_VERIFY((message = findVisibleItem(window, "kpiMessage")));
        QVERIFY(message->property("error").toBool());
        QTRY_VERIFY(!findVisibleItem(window, "kpiFigures"));
        QVERIFY(saveFrame(window, u"admin_kpi_refused_"_s + suffix, 150));

        // A period that has not begun.
        shell->kpi()->setPeriod(u"2027-01-01"_s, u"2027-01-31"_s);
        QTRY_VERIFY(findVisibleItem(window, "kpiProblem"));
        QVERIFY(!findVisibleItem(window, "kpiFigures"));
        QVERIFY(saveFrame(window, u"admin_kpi_future_"_s + suffix, 150));

        // The audit page: the banner above the first entry, details in the page's language.
        openTab(window, "auditTab", "auditPage");
        QTRY_VERIFY(shell->auditTrail()->rowCount() > 0);
        QQuickItem *banner = findVisibleItem(window, "auditBanner");
        QQuickItem *list = findVisibleItem(window, "auditList");
        QVERIFY(banner && list);
        QVERIFY2(banner->mapToScene({ 0, banner->height() }).y() <= list->mapToScene({}).y(),
            "the verification banner covers the entries");
        const QString detail
            = shell->auditTrail()->index(0).data(AuditTrailModel::DetailRole).toString();
        if (language == u"zh_CN")
            QVERIFY2(detail.contains(QRegularExpression(u"\\p{Han}"_s)), qPrintable(detail));
        QVERIFY(saveFrame(window, u"admin_audit_"_s + suffix, 150));

        // The catalog and health pages: their controls inside the window at this size.
        const QRectF inside(QPointF(0, 0), window->size());
        openTab(window, "catalogTab", "catalogAdminPage");
        for (const char *name :
            { "catalogFileField", "checkCatalogButton", "applyCatalogButton" }) {
            QQuickItem *item = findVisibleItem(window, name);
            QVERIFY2(item && inside.contains(item->mapRectToScene(item->boundingRect())), name);
        }
        QVERIFY(saveFrame(window, u"admin_catalog_"_s + suffix, 150));
        openTab(window, "healthTab", "healthPage");
        for (const char *name : { "healthSummary", "integrityButton" }) {
            QQuickItem *item = findVisibleItem(window, name);
            QVERIFY2(item && inside.contains(item->mapRectToScene(item->boundingRect())), name);
        }
        QVERIFY(saveFrame(window, u"admin_health_"_s + suffix, 300));
    }
};

QTEST_MAIN(TestAdminRecords)
#include "tst_adminrecords.moc"
