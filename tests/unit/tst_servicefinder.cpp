// The kiosk's service finder over the demo catalog: keystrokes, themes, item details.
#include "catalogsearch.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "database.h"
#include "pinyintranscriber.h"
#include "servicefinder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestServiceFinder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    PinyinTranscriber m_pinyin;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<CatalogSearch> m_search;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("finder.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_store = std::make_unique<CatalogStore>(*m_db, m_pinyin);
        m_search = std::make_unique<CatalogSearch>(*m_db);
    }

    void withoutACatalogItSaysSo()
    {
        ServiceFinder finder(*m_store, *m_search);
        QVERIFY(!finder.hasCatalog());
        finder.setQuery(QStringLiteral("sbk"));
        QCOMPARE(finder.rowCount(), 0);
        QVERIFY(finder.item(QStringLiteral("anything")).isEmpty());
    }

    void answersEveryKeystroke()
    {
        loadDemoCatalog();
        ServiceFinder finder(*m_store, *m_search);
        QVERIFY(finder.hasCatalog());
        QVERIFY(finder.themes().size() >= 10);
        QVERIFY(finder.departments().size() >= 10);
        QCOMPARE(finder.departmentChoices().size(), finder.departments().size() + 1);
        QVERIFY(finder.departmentChoices()
                    .first()
                    .toMap()
                    .value(QStringLiteral("code"))
                    .toString()
                    .isEmpty());
        QSignalSpy results(&finder, &ServiceFinder::resultsChanged);
        for (const QString &typed :
            { QStringLiteral("s"), QStringLiteral("sb"), QStringLiteral("sbk") })
            finder.setQuery(typed);
        QCOMPARE(results.count(), 3);
        QVERIFY(finder.rowCount() > 0);
        const QModelIndex first = finder.index(0);
        QVERIFY2(finder.data(first, ServiceFinder::NameRole)
                     .toString()
                     .startsWith(QStringLiteral("社会保障卡")),
            qPrintable(finder.data(first, ServiceFinder::NameRole).toString()));
        QVERIFY(!finder.data(first, ServiceFinder::DepartmentRole).toString().isEmpty());
        QCOMPARE(
            finder.roleNames().value(ServiceFinder::PromisedDaysRole), QByteArray("promisedDays"));

        // A theme alone lists its items; a query narrows within it.
        finder.setQuery({});
        QCOMPARE(finder.rowCount(), 0);
        const QString theme
            = finder.themes().first().toMap().value(QStringLiteral("name")).toString();
        finder.setTheme(theme);
        const int inTheme = finder.rowCount();
        QVERIFY(inTheme > 0);
        finder.setTheme({});
        finder.setDepartment(
            finder.departments().first().toMap().value(QStringLiteral("code")).toString());
        QVERIFY(finder.rowCount() > 0);
        for (int row = 0; row < finder.rowCount(); ++row)
            QCOMPARE(finder.data(finder.index(row), ServiceFinder::DepartmentRole),
                finder.departments().first().toMap().value(QStringLiteral("name")));
        finder.reset();
        QCOMPARE(finder.rowCount(), 0);
        QVERIFY(finder.theme().isEmpty());

        // Hostile input is an empty answer, not an error.
        finder.setQuery(QStringLiteral("\"\"' OR 1=1; DROP TABLE catalog_items;--"));
        QVERIFY(finder.problem().isEmpty());
        finder.setQuery(QString(5000, QLatin1Char('x')));
        QVERIFY(finder.problem().isEmpty());
    }

    void elderlyModeShowsFewerChoicesPerScreen()
    {
        loadDemoCatalog();
        ServiceFinder finder(*m_store, *m_search);
        finder.setTheme(finder.themes().first().toMap().value(QStringLiteral("name")).toString());
        const int all = finder.rowCount();
        QVERIFY2(all > 4, "the first theme needs more than a screenful for this test");
        QStringList names;
        for (int row = 0; row < all; ++row)
            names << finder.data(finder.index(row), ServiceFinder::NameRole).toString();

        finder.setChoicesPerScreen(4);
        QCOMPARE(finder.rowCount(), 4);
        QCOMPARE(finder.moreCount(), all - 4);
        QVERIFY(!finder.hasPrevious());
        finder.nextChoices();
        QVERIFY(finder.hasPrevious());
        QCOMPARE(finder.data(finder.index(0), ServiceFinder::NameRole).toString(), names.at(4));
        QCOMPARE(finder.rowCount() + finder.moreCount(), all - 4);
        while (finder.moreCount() > 0)
            finder.nextChoices();
        QCOMPARE(
            finder.data(finder.index(finder.rowCount() - 1), ServiceFinder::NameRole).toString(),
            names.last());
        finder.nextChoices(); // nothing after the last screen
        QCOMPARE(finder.moreCount(), 0);
        finder.previousChoices();
        QVERIFY(finder.moreCount() > 0);
        // A new search starts on its first screen; standard mode shows everything again.
        finder.setQuery(QStringLiteral("sbk"));
        QVERIFY(!finder.hasPrevious());
        finder.setTheme({});
        finder.setQuery({});
        finder.setTheme(finder.themes().first().toMap().value(QStringLiteral("name")).toString());
        finder.setChoicesPerScreen(0);
        QCOMPARE(finder.rowCount(), all);
        QCOMPARE(finder.moreCount(), 0);
    }

    void itemDetailsAreReadyToShow()
    {
        ServiceFinder finder(*m_store, *m_search);
        finder.setQuery(QStringLiteral("sbk"));
        const QString code = finder.data(finder.index(0), ServiceFinder::CodeRole).toString();
        const QVariantMap item = finder.item(code);
        QCOMPARE(item.value(QStringLiteral("code")).toString(), code);
        QVERIFY(
            item.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("社会保障卡")));
        QVERIFY(!item.value(QStringLiteral("department")).toString().isEmpty());
        QVERIFY(!item.value(QStringLiteral("fee")).toString().isEmpty());
        QVERIFY(!item.value(QStringLiteral("online")).toString().isEmpty());
        const QVariantList materials = item.value(QStringLiteral("materials")).toList();
        QVERIFY(!materials.isEmpty());
        bool someByCertificate = false;
        for (const QVariant &m : materials)
            someByCertificate
                |= !m.toMap().value(QStringLiteral("certificates")).toString().isEmpty();
        QVERIFY(someByCertificate);
    }

    void picksUpACatalogImportedWhileItRuns()
    {
        ServiceFinder finder(*m_store, *m_search);
        QSignalSpy catalogChanged(&finder, &ServiceFinder::catalogChanged);
        finder.reset();
        QCOMPARE(catalogChanged.count(), 0); // same version: nothing is read again
        QVERIFY(finder.departments().size() >= 10);

        // onewindowctl catalog import: another connection to the same file (another process in
        // real life; here a second connection, since one process opens its database once).
        {
            auto ctl = m_db->openThreadConnection();
            QVERIFY(ctl.ok());
            PinyinTranscriber pinyin;
            CatalogStore store(*ctl.value(), pinyin);
            const QJsonArray items { catalogtest::item(QStringLiteral("BANK-001"),
                QStringLiteral("社保卡银行账户变更"), QStringLiteral("银行账户变更")) };
            const auto applied = catalogtest::applyWithoutSignature(*ctl.value(), store,
                catalogtest::bytes(catalogtest::catalog(QStringLiteral("2026.12.1"), items)));
            QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().message));
        }
        // The next citizen sees the new catalog: its one department, its item by pinyin.
        finder.reset();
        QCOMPARE(catalogChanged.count(), 1);
        QCOMPARE(finder.departments().size(), 1);
        QCOMPARE(finder.themes().size(), 1);
        for (const QString &typed : { QStringLiteral("yinhang"), QStringLiteral("yhzh") }) {
            finder.setQuery(typed);
            QCOMPARE(finder.rowCount(), 1);
            QCOMPARE(finder.data(finder.index(0), ServiceFinder::CodeRole).toString(),
                QStringLiteral("BANK-001"));
        }
        finder.reset();
        QCOMPARE(catalogChanged.count(), 1);
    }

private:
    void loadDemoCatalog()
    {
        const auto items = catalogtest::applyDemoCatalog(*m_db, *m_store);
        QVERIFY2(items.ok(), qPrintable(items ? QString() : items.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServiceFinder)
#include "tst_servicefinder.moc"
