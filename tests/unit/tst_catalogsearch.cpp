#include "catalogparser.h"
#include "catalogsearch.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "database.h"
#include "pinyintranscriber.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The service finder over the demo catalog: Chinese, full pinyin, initials, ranking, filters,
// and input that must neither break the query nor find anything by accident.
class TestCatalogSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PinyinTranscriber m_pinyin;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<CatalogSearch> m_search;

    QList<CatalogSearchHit> find(const QString &text, int limit = 10, const QString &theme = {},
        const QString &department = {})
    {
        CatalogSearchQuery query;
        query.text = text;
        query.limit = limit;
        query.theme = theme;
        query.department = department;
        auto hits = m_search->search(query);
        if (!hits)
            qWarning() << hits.error().message;
        return hits ? hits.value() : QList<CatalogSearchHit> {};
    }

    static QStringList names(const QList<CatalogSearchHit> &hits)
    {
        QStringList out;
        for (const auto &h : hits)
            out << h.name;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_pinyin.isAvailable());
        auto db = Database::open(m_dir.filePath(u"search.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_store = std::make_unique<CatalogStore>(*m_db, m_pinyin);
        m_search = std::make_unique<CatalogSearch>(*m_db);
        const auto items = catalogtest::applyDemoCatalog(*m_db, *m_store);
        QVERIFY2(items.ok(), qPrintable(items ? QString() : items.error().message));
        QVERIFY(items.value() >= 80);
    }

    // The issue's own acceptance cases: 社会保障卡 items first for sbk, shebao and 社保.
    void socialSecurityCardFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("initials") << u"sbk"_s;
        QTest::newRow("full pinyin") << u"shebao"_s;
        QTest::newRow("chinese") << u"社保"_s;
        QTest::newRow("upper case") << u"SBK"_s;
        QTest::newRow("full-width") << u"ｓｂｋ"_s;
    }

    void socialSecurityCardFirst()
    {
        QFETCH(QString, query);
        const auto hits = find(query);
        QVERIFY(hits.size() >= 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(
                hits.at(i).name.startsWith(u"社会保障卡"_s), qPrintable(names(hits).join(u' ')));
    }

    // Issue 24: a typo in pinyin or a near miss in Chinese still finds 社会保障卡申领 among the
    // first five, after every exact match.
    void typosAreForgiven_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("short name's pinyin") << u"shebaoka"_s;
        QTest::newRow("swapped letters") << u"sehbaoka"_s;
        QTest::newRow("missing letter") << u"shebaoa"_s;
        QTest::newRow("wrong letter") << u"shebeoka"_s;
        QTest::newRow("extra letter") << u"shebbaoka"_s;
        QTest::newRow("homophone") << u"社保咔"_s;
        QTest::newRow("one wrong character") << u"社保卡申龘"_s;
    }

    void typosAreForgiven()
    {
        QFETCH(QString, query);
        const auto hits = find(query);
        const QStringList n = names(hits);
        const qsizetype at = n.indexOf(u"社会保障卡申领"_s);
        QVERIFY2(at >= 0 && at < 5, qPrintable(n.join(u' ')));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY2(hits.at(i - 1).tier <= hits.at(i).tier, qPrintable(n.join(u' ')));
    }

    // Exact matches fill the page first: with room for four, sbk shows no forgiven match.
    void fuzzyNeverPushesOutExactMatches()
    {
        const auto hits = find(u"shebao"_s, 4);
        QCOMPARE(hits.size(), 4);
        for (const auto &h : hits)
            QVERIFY2(h.tier < CatalogSearchHit::Fuzzy, qPrintable(h.name));
        const auto forgiven = find(u"sehbaoka"_s);
        QVERIFY(!forgiven.isEmpty());
        QCOMPARE(forgiven.first().tier, CatalogSearchHit::Fuzzy);
    }

    // One typo is forgiven, two are not; nonsense and too-short text find nothing fuzzy.
    void twoTyposOrNonsenseFindNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("two swaps") << u"sehbaoak"_s;
        QTest::newRow("two wrong letters") << u"shxbaoxa"_s;
        QTest::newRow("nonsense letters") << u"qzxvw"_s;
        QTest::newRow("nonsense chinese") << u"龘靐齉"_s;
        // qz is the initials of 取租 (住房公积金提取（租房）): found, but only exactly.
        QTest::newRow("too short") << u"qz"_s;
    }

    void twoTyposOrNonsenseFindNothing()
    {
        QFETCH(QString, query);
        const auto hits = find(query);
        for (const auto &h : hits)
            QVERIFY2(h.tier != CatalogSearchHit::Fuzzy, qPrintable(names(hits).join(u' ')));
        if (query.size() >= CatalogSearch::kMinFuzzyLength)
            QVERIFY2(hits.isEmpty(), qPrintable(names(hits).join(u' ')));
    }

    // Names are folded as typed text is (NFKC, then letters and digits): full-width forms by
    // a fast path, compatibility characters such as Ⅱ and ① by Unicode's own tables.
    void compatibilityCharactersFoldLikeTypedText()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"fold.sqlite"_s));
        QVERIFY(db.ok());
        CatalogStore store(*db.value(), m_pinyin);
        const QJsonArray items { catalogtest::item(u"F-1"_s, u"第Ⅱ类医疗器械经营备案"_s),
            catalogtest::item(u"F-2"_s, u"①号窗口预约"_s),
            catalogtest::item(u"F-3"_s, u"ＡＢＣ证书补办（２０２６）"_s) };
        QVERIFY(catalogtest::applyWithoutSignature(
            *db.value(), store, catalogtest::bytes(catalogtest::catalog(u"v1"_s, items)))
                    .ok());
        CatalogSearch search(*db.value());
        for (const auto &[typed, code] : { std::pair { u"第II类"_s, u"F-1"_s },
                 std::pair { u"1号窗口"_s, u"F-2"_s }, std::pair { u"abc证书"_s, u"F-3"_s },
                 std::pair { u"ＡＢＣ证书补办"_s, u"F-3"_s } }) {
            CatalogSearchQuery query;
            query.text = typed;
            const auto hits = search.search(query);
            QVERIFY(hits.ok());
            QVERIFY2(!hits->isEmpty() && hits->first().code == code, qPrintable(typed));
            QCOMPARE(hits->first().tier, CatalogSearchHit::Prefix);
        }
    }

    void pinyinFindsPension()
    {
        for (const QString &q : { u"yanglao"_s, u"养老"_s, u"ylbx"_s, u"yang"_s }) {
            const auto hits = find(q, 5);
            QVERIFY2(!hits.isEmpty() && hits.first().name.contains(u"养老"_s),
                qPrintable(q + u": "_s + names(hits).join(u' ')));
        }
    }

    void rankingExactBeforePrefixBeforeInitialsBeforeOther()
    {
        auto hits = find(u"失业登记"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().name, u"失业登记"_s);
        QCOMPARE(hits.first().tier, CatalogSearchHit::Exact);
        hits = find(u"shiye"_s);
        QCOMPARE(hits.first().tier, CatalogSearchHit::Prefix);
        hits = find(u"sfz"_s);
        QVERIFY(hits.first().name.contains(u"身份证"_s));
        hits = find(u"结婚"_s, 20);
        QCOMPARE(hits.first().name, u"内地居民结婚登记"_s);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).tier <= hits.at(i).tier);
        // A match only in a material (结婚证) comes after names that contain 结婚.
        const QStringList n = names(hits);
        QVERIFY(n.indexOf(u"补领结婚证"_s) < n.indexOf(u"收养登记"_s));
    }

    void filters()
    {
        const auto hits = find(QString(), 100, QString(), u"GD-CL"_s);
        QCOMPARE(hits.size(), 5);
        for (const auto &h : hits)
            QCOMPARE(h.departmentName, u"残疾人联合会"_s);
        for (const auto &h : find(u"shenqing"_s, 50, u"住房"_s))
            QVERIFY2(m_store->item(h.code).value()->themes.contains(u"住房"_s), qPrintable(h.name));
        QVERIFY(find(u"sbk"_s, 10, QString(), u"GD-MZJ"_s).isEmpty());
    }

    // A town terminal that offers only town and county items finds no city or province item.
    void offeredLevelsLimitEveryQuery()
    {
        CatalogSearchQuery query;
        query.limit = 200;
        query.offeredLevels = { u"town"_s, u"county"_s };
        for (const QString &text : { QString(), u"sbk"_s, u"shenqing"_s }) {
            query.text = text;
            query.department = text.isEmpty() ? u"GD-RSJ"_s : QString();
            const auto hits = m_search->search(query);
            QVERIFY(hits.ok());
            for (const auto &h : hits.value()) {
                const QString level = m_store->item(h.code).value()->level;
                QVERIFY2(level == u"town"_s || level == u"county"_s, qPrintable(h.name + level));
            }
        }
        query.text = QString();
        query.department = QString();
        query.theme = QString();
        query.offeredLevels = { u"province"_s };
        query.department = u"GD-RSJ"_s;
        const auto province = m_search->search(query);
        QVERIFY(province.ok());
        QVERIFY(province->size() <= 3);
    }

    void hostileInputIsJustText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("sql") << u"'; DROP TABLE catalog_items; --"_s;
        QTest::newRow("fts syntax") << u"sbk OR * NEAR(\"a\" b) NOT ^c"_s;
        QTest::newRow("quotes") << u"\"\"\"'''"_s;
        QTest::newRow("column filter") << u"body:sbk"_s;
        QTest::newRow("very long") << QString(100000, u'社');
        QTest::newRow("long pinyin") << u"shebao"_s.repeated(5000);
        QTest::newRow("emoji and controls") << u"\U0001F600\t\n\u0000"_s;
    }

    void hostileInputIsJustText()
    {
        QFETCH(QString, query);
        CatalogSearchQuery q;
        q.text = query;
        const auto hits = m_search->search(q);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
        QCOMPARE(m_store->versions().value().size(), 1); // nothing was dropped
        QVERIFY(find(u"sbk"_s).size() >= 4);
    }

    void limitIsHonoured()
    {
        QCOMPARE(find(u"s"_s, 3).size(), 3);
        QCOMPARE(find(QString(), 1000).size(), 86); // bounded to 500, the catalog has 86
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
