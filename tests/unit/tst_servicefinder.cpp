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

private:
    void loadDemoCatalog()
    {
        const auto items = catalogtest::applyDemoCatalog(*m_db, *m_store);
        QVERIFY2(items.ok(), qPrintable(items ? QString() : items.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServiceFinder)
#include "tst_servicefinder.moc"
