#include "catalogitemstream.h"
#include "catalogtestsupport.h"
#include "pinyintranscriber.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The import's reader thread: items in catalog order with their search documents, nothing
// more to write after a broken rule, every issue still collected, and no hang when the writer
// gives up half way.
class TestCatalogItemStream : public QObject
{
    Q_OBJECT

    static CatalogDocument document(const QJsonObject &root)
    {
        auto parsed = CatalogParser::parseDocument(catalogtest::bytes(root), nullptr);
        if (!parsed)
            qFatal("test catalog does not parse");
        return parsed.value();
    }

    // n valid items, BIG-00001 …
    static QJsonArray items(int n)
    {
        QJsonArray out;
        for (int i = 1; i <= n; ++i)
            out << catalogtest::item(
                u"BIG-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"社会保障卡申领%1"_s.arg(i));
        return out;
    }

    // Takes every item the stream hands over, as a writer does: how many there were.
    static int handedOver(CatalogItemStream &stream)
    {
        QList<CatalogItemStream::Entry> entries;
        int handed = 0;
        while (stream.next(entries))
            handed += int(entries.size());
        return handed;
    }

    PinyinTranscriber m_pinyin;

private slots:
    void handsOverEveryItemInOrderWithItsSearchDocument_data()
    {
        QTest::addColumn<qsizetype>("queueLength");
        // More items than the queue holds, so the reader waits for the writer.
        QTest::newRow("short queue") << qsizetype(64);
        // Hand-overs of kHandOver items and a shorter last one.
        QTest::newRow("default queue") << CatalogItemStream::kQueueLength;
    }

    void handsOverEveryItemInOrderWithItsSearchDocument()
    {
        QFETCH(qsizetype, queueLength);
        CatalogItemStream stream(
            document(catalogtest::catalog(u"v1"_s, items(1500))), m_pinyin, queueLength);
        QCOMPARE(stream.itemCount(), 1500);
        const auto header = stream.header();
        QVERIFY(header);
        QCOMPARE(header->catalogVersion, u"v1"_s);
        QVERIFY(header->items.isEmpty());
        QCOMPARE(header->departments.size(), 1);
        QList<CatalogItemStream::Entry> entries;
        QList<qsizetype> handOvers;
        int expected = 1;
        while (stream.next(entries)) {
            handOvers << entries.size();
            for (const auto &e : std::as_const(entries)) {
                QCOMPARE(e.id, expected);
                QCOMPARE(e.item.code, u"BIG-%1"_s.arg(expected, 5, 10, QLatin1Char('0')));
                QVERIFY(e.row.text(ActiveCatalogRow::Head)
                            .toByteArray()
                            .contains("shehuibaozhangkashenling"));
                // The department's name is in the document, from the header.
                QVERIFY(e.row.text(ActiveCatalogRow::Body)
                            .toByteArray()
                            .contains("renliziyuanheshehuibaozhangju"));
                ++expected;
            }
        }
        QCOMPARE(expected, 1501);
        // The writer is woken for a batch, never for each item (only the last may be short).
        handOvers.removeLast();
        for (qsizetype size : std::as_const(handOvers))
            QVERIFY2(size >= qMin(CatalogItemStream::kHandOver, queueLength),
                qPrintable(QString::number(size)));
        const CatalogParser::Outcome outcome = stream.finish();
        QVERIFY(outcome.issues.isEmpty());
        QCOMPARE(stream.itemCount(), 1500);
        // Handed over, never kept: a large catalog is not held whole on top of what is written.
        QVERIFY(outcome.catalog.items.isEmpty());
    }

    // A rule across items (here a code used twice) stops the hand-over as soon as it is broken,
    // not only once the whole catalog is read.
    void stopsHandingOverAtARepeatedCode()
    {
        QJsonArray list = items(1200);
        QJsonObject twin = list.at(600).toObject();
        twin.insert(u"code"_s, list.at(10).toObject().value(u"code"_s));
        list.replace(600, twin);
        CatalogItemStream stream(document(catalogtest::catalog(u"v1"_s, list)), m_pinyin);
        QVERIFY(stream.header());
        const int handed = handedOver(stream);
        QVERIFY2(handed <= 600, qPrintable(QString::number(handed)));
        const auto issues = stream.finish().issues;
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, u"items[600].code"_s);
        QCOMPARE(issues.first().code, u"catalog.duplicate_code"_s);
        QVERIFY(issues.first().message.contains(u"items[10]"_s));
    }

    void stopsHandingOverAtTheFirstBrokenRuleButReportsEveryIssue()
    {
        QJsonArray list = items(1200);
        QJsonObject bad = list.at(700).toObject();
        bad.insert(u"level"_s, u"galaxy"_s);
        list.replace(700, bad);
        QJsonObject worse = list.at(1100).toObject();
        worse.remove(u"name"_s);
        list.replace(1100, worse);
        CatalogItemStream stream(document(catalogtest::catalog(u"v1"_s, list)), m_pinyin);
        QVERIFY(stream.header());
        const int handed = handedOver(stream);
        QVERIFY2(handed <= 700, qPrintable(QString::number(handed)));
        const CatalogParser::Outcome outcome = stream.finish();
        QStringList paths;
        for (const CatalogIssue &issue : outcome.issues)
            paths << issue.path;
        QVERIFY2(paths.contains(u"items[700].level"_s), qPrintable(paths.join(u' ')));
        QVERIFY2(paths.contains(u"items[1100].name"_s), qPrintable(paths.join(u' ')));
    }

    void aBrokenHeaderHandsOverNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("future format")
            << u"formatVersion"_s << QJsonValue(99) << u"formatVersion"_s;
        // Rules across the header's own entries: judged before the first item is handed over.
        const QJsonObject department { { u"code"_s, u"GD-RSJ"_s }, { u"name"_s, u"人社局"_s } };
        QTest::newRow("repeated department code")
            << u"departments"_s << QJsonValue(QJsonArray { department, department })
            << u"departments[1].code"_s;
        const QJsonObject type { { u"code"_s, u"RESIDENT_ID"_s }, { u"name"_s, u"身份证"_s } };
        QTest::newRow("repeated certificate type code")
            << u"certificateTypes"_s << QJsonValue(QJsonArray { type, type })
            << u"certificateTypes[1].code"_s;
        QTest::newRow("holiday that is also a working day")
            << u"workdays"_s << QJsonValue(QJsonArray { u"2026-10-01"_s }) << u"workdays[0]"_s;
    }

    void aBrokenHeaderHandsOverNothing()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject root = catalogtest::catalog(u"v1"_s, items(50));
        root.insert(key, value);
        CatalogItemStream stream(document(root), m_pinyin);
        QVERIFY(!stream.header());
        QList<CatalogItemStream::Entry> entries;
        QVERIFY(!stream.next(entries));
        const auto issues = stream.finish().issues;
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, path);
    }

    void bundleReferencesAreJudgedAtTheEnd()
    {
        // A reference to an item further on is not broken when it is read: every item is handed
        // over, and only a code that no item has is reported, once all are read.
        QJsonArray list = items(20);
        QJsonObject first = list.at(0).toObject();
        first.insert(u"parallelWith"_s, QJsonArray { u"BIG-00019"_s, u"NOT-THERE"_s });
        list.replace(0, first);
        CatalogItemStream stream(document(catalogtest::catalog(u"v1"_s, list)), m_pinyin);
        const int handed = handedOver(stream);
        QCOMPARE(handed, 20);
        const auto issues = stream.finish().issues;
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, u"items[0].parallelWith[1]"_s);
        QCOMPARE(issues.first().code, u"catalog.unknown_item"_s);
    }

    void aWriterThatGivesUpDoesNotHang()
    {
        for (int round = 0; round < 20; ++round) {
            CatalogItemStream stream(
                document(catalogtest::catalog(u"v1"_s, items(2000))), m_pinyin, 64);
            QList<CatalogItemStream::Entry> entries;
            if (round % 2)
                QVERIFY(stream.next(entries)); // takes one batch, then leaves
            if (round % 4 == 1)
                QVERIFY(stream.finish().issues.isEmpty());
        } // destroyed with the reader blocked on a full queue, or still reading
    }
};

QTEST_GUILESS_MAIN(TestCatalogItemStream)
#include "tst_catalogitemstream.moc"
