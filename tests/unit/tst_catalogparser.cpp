#include "catalogparser.h"
#include "catalogtestsupport.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// Reading a catalog file: syntax, every field's type and range, each problem with its path.
class TestCatalogParser : public QObject
{
    Q_OBJECT

    static QStringList paths(const QList<CatalogIssue> &issues)
    {
        QStringList out;
        for (const CatalogIssue &issue : issues)
            out << issue.path;
        return out;
    }

private slots:
    void validCatalogReads()
    {
        QJsonObject root = catalogtest::catalog(u"2026.11.3"_s);
        root.insert(u"futureTopLevel"_s, u"kept and ignored"_s);
        const auto out = CatalogParser::parse(catalogtest::bytes(root));
        QVERIFY2(out.issues.isEmpty(), qPrintable(paths(out.issues).join(u' ')));
        QCOMPARE(out.catalog.items.size(), 3);
        const CatalogItem &first = out.catalog.items.first();
        QCOMPARE(first.code, u"SB-001"_s);
        QCOMPARE(first.shortName, u"社保卡申领"_s);
        QCOMPARE(first.materials.first().satisfiedBy, QStringList { u"RESIDENT_ID"_s });
        QCOMPARE(first.form.first().prefill, u"RESIDENT_ID.holderName"_s);
        QCOMPARE(out.catalog.holidays.first(), QDate(2026, 10, 1));
        QCOMPARE(out.catalog.regionCode, u"440000"_s);
    }

    void unknownItemFieldsAreKeptInTheSnapshot()
    {
        QJsonObject extra = catalogtest::item(u"X-1"_s, u"测试事项"_s);
        extra.insert(u"windowNumber"_s, 7);
        const auto out = CatalogParser::parse(
            catalogtest::bytes(catalogtest::catalog(u"1"_s, QJsonArray { extra })));
        QVERIFY(out.issues.isEmpty());
        QVERIFY(out.catalog.items.first().snapshot.contains("\"windowNumber\":7"));
        const CatalogItem again
            = CatalogParser::itemFromSnapshot(out.catalog.items.first().snapshot);
        QCOMPARE(again.name, u"测试事项"_s);
    }

    // Every problem at once, each named by its JSON path, not only the first.
    void everyErrorIsReportedWithItsPath()
    {
        QJsonObject bad = catalogtest::item(u"A-1"_s, u"事项"_s);
        bad.insert(u"level"_s, u"planet"_s);
        bad.insert(u"legalLimitDays"_s, u"twenty"_s);
        bad.insert(u"onlineLevel"_s, 9);
        bad.remove(u"name"_s);
        QJsonArray form = bad.value(u"form"_s).toArray();
        QJsonObject field = form.first().toObject();
        field.insert(u"type"_s, u"colour"_s);
        form.append(field);
        form[0] = QJsonObject { { u"key"_s, u"x"_s }, { u"label"_s, u"X"_s },
            { u"type"_s, u"choice"_s } };
        bad.insert(u"form"_s, form);
        QJsonObject badCode = catalogtest::item(u"B_2"_s, u"事项二"_s);
        badCode.insert(u"materials"_s, QJsonArray { 42 });
        QJsonObject root
            = catalogtest::catalog(u"1"_s, QJsonArray { bad, badCode, u"not an item"_s });
        root.insert(u"holidays"_s, QJsonArray { u"2026-13-01"_s });
        root.remove(u"publisher"_s);

        const auto out = CatalogParser::parse(catalogtest::bytes(root));
        const QStringList got = paths(out.issues);
        for (const QString &expected : { u"publisher"_s, u"holidays[0]"_s, u"items[0].name"_s,
                 u"items[0].level"_s, u"items[0].legalLimitDays"_s, u"items[0].onlineLevel"_s,
                 u"items[0].form[0].options"_s, u"items[0].form[1].type"_s, u"items[1].code"_s,
                 u"items[1].materials[0]"_s, u"items[2]"_s })
            QVERIFY2(got.contains(expected),
                qPrintable(u"missing %1 in %2"_s.arg(expected, got.join(u", "_s))));
        for (const CatalogIssue &issue : out.issues) {
            QVERIFY(!issue.code.isEmpty());
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.path));
        }
    }

    // Item codes, department codes and form keys follow the format, character by character.
    void codesAndFormKeysFollowTheFormat_data()
    {
        QTest::addColumn<QString>("itemCode");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("formKey");
        QTest::addColumn<QStringList>("paths");
        const QString fine = u"applicant.name"_s;
        QTest::newRow("all valid")
            << u"SB-001"_s << u"GD_RSJ-2"_s << u"a1_b.c2.D"_s << QStringList {};
        QTest::newRow("underscore in an item code")
            << u"SB_001"_s << u"GD-RSJ"_s << fine << QStringList { u"items[0].code"_s };
        QTest::newRow("code with a space or a newline")
            << u"SB 001"_s << u"GD-RSJ\n"_s << fine
            << QStringList { u"items[0].code"_s, u"departments[1].code"_s };
        QTest::newRow("code of 65 characters")
            << QString(65, u'A') << u"GD-RSJ"_s << fine << QStringList { u"items[0].code"_s };
        QTest::newRow("Chinese code")
            << u"社保-1"_s << u"GD-RSJ"_s << fine << QStringList { u"items[0].code"_s };
        for (const QString &key :
            { u"1a"_s, u"a..b"_s, u"a."_s, u".a"_s, u"a-b"_s, u"姓名"_s, u"a._b"_s })
            QTest::addRow("form key \"%s\"", qPrintable(key))
                << u"SB-001"_s << u"GD-RSJ"_s << key << QStringList { u"items[0].form[0].key"_s };
    }

    void codesAndFormKeysFollowTheFormat()
    {
        QFETCH(QString, itemCode);
        QFETCH(QString, department);
        QFETCH(QString, formKey);
        QFETCH(QStringList, paths);
        QJsonObject item = catalogtest::item(itemCode, u"社会保障卡申领"_s);
        item.insert(u"department"_s, department);
        QJsonArray form = item.value(u"form"_s).toArray();
        QJsonObject field = form.first().toObject();
        field.insert(u"key"_s, formKey);
        form[0] = field;
        item.insert(u"form"_s, form);
        QJsonObject root = catalogtest::catalog(u"1"_s, QJsonArray { item });
        QJsonArray departments = root.value(u"departments"_s).toArray();
        departments.append(QJsonObject { { u"code"_s, department }, { u"name"_s, u"部门"_s } });
        root.insert(u"departments"_s, departments);
        const auto out = CatalogParser::parse(catalogtest::bytes(root));
        QStringList got;
        for (const CatalogIssue &issue : out.issues)
            if (issue.code == u"catalog.bad_code"_s || issue.code == u"catalog.bad_key"_s)
                got << issue.path;
        got.sort();
        paths.sort();
        QCOMPARE(got, paths);
    }

    void syntaxErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed")
            << QByteArray("{\"format\": \"onewindow-catalog\",\n  oops}") << u"catalog.syntax"_s;
        QTest::newRow("truncated")
            << catalogtest::bytes(catalogtest::catalog(u"1"_s)).left(300) << u"catalog.syntax"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"publisher\": \"\xff\xfe\"}") << u"catalog.syntax"_s;
        QTest::newRow("absurd nesting") << QByteArray(100000, '[') << u"catalog.syntax"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"catalog.type"_s;
        QTest::newRow("empty") << QByteArray() << u"catalog.syntax"_s;
    }

    void syntaxErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const auto out = CatalogParser::parse(bytes);
        QCOMPARE(out.issues.size(), 1);
        QCOMPARE(out.issues.first().path, u"$"_s);
        QCOMPARE(out.issues.first().code, code);
    }

    void futureFormatIsRefusedClearly()
    {
        QJsonObject root = catalogtest::catalog(u"1"_s);
        root.insert(u"formatVersion"_s, 2);
        root.insert(u"items"_s, u"something else in format 2"_s);
        const auto out = CatalogParser::parse(catalogtest::bytes(root));
        QCOMPARE(out.issues.size(), 1);
        QCOMPARE(out.issues.first().path, u"formatVersion"_s);
        QCOMPARE(out.issues.first().code, u"catalog.future_format"_s);
        QVERIFY(out.issues.first().message.contains(u'2'));
    }

    void notACatalog()
    {
        const auto out = CatalogParser::parse(QByteArray("{\"hello\": 1}"));
        QVERIFY(paths(out.issues).contains(u"format"_s));
    }

    // The items are parsed one at a time from their bytes (CatalogDocument), never as one tree;
    // the answers must be those of a whole-file parse.
    void itemsAreReadOneAtATime()
    {
        QJsonObject root = catalogtest::catalog(u"1"_s);
        root.insert(u"x-note"_s, QJsonObject { { u"text"_s, u"brackets } ] and \"quotes\""_s } });
        const auto indented = CatalogParser::parse(catalogtest::bytes(root));
        const auto compact
            = CatalogParser::parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
        QVERIFY(indented.issues.isEmpty());
        QVERIFY(compact.issues.isEmpty());
        QCOMPARE(compact.catalog.items.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(compact.catalog.items.at(i).code, indented.catalog.items.at(i).code);
            QCOMPARE(compact.catalog.items.at(i).snapshot, indented.catalog.items.at(i).snapshot);
        }
        QCOMPARE(compact.catalog.publisherKeyId, u"gd-test-2026"_s);
    }

    // A snapshot is the item as published with only the whitespace between tokens removed:
    // spaces, escaped quotes and backslashes inside texts stay as they are.
    void snapshotsAreThePublishedItemCompacted()
    {
        QJsonObject item = catalogtest::item(u"SB-001"_s, u"社会保障卡 申领 \"新\" C:\\"_s);
        item.insert(u"x-note"_s, u"  two  spaces, ] } [ { and a tab\t"_s);
        const QByteArray file = catalogtest::bytes(catalogtest::catalog(u"1"_s, { item }));
        QVERIFY(file.contains("\n    "));
        const auto out = CatalogParser::parse(file);
        QVERIFY(out.issues.isEmpty());
        const QByteArray snapshot = out.catalog.items.first().snapshot;
        QVERIFY(!snapshot.contains('\n'));
        QVERIFY(!snapshot.contains("\": "));
        QCOMPARE(QJsonDocument::fromJson(snapshot).object(), item);
        QCOMPARE(CatalogParser::itemFromSnapshot(snapshot).name, item.value(u"name"_s).toString());
    }

    void aSyntaxErrorInsideAnItemIsPlacedInTheFile()
    {
        QByteArray bytes = catalogtest::bytes(catalogtest::catalog(u"1"_s));
        const qsizetype second = bytes.indexOf("\"SB-002\"");
        QVERIFY(second > 0);
        bytes.insert(second, "tru ");
        QJsonParseError expected {};
        QJsonDocument::fromJson(bytes, &expected);
        QVERIFY(expected.error != QJsonParseError::NoError);
        const auto out = CatalogParser::parse(bytes);
        QCOMPARE(out.issues.size(), 1);
        QCOMPARE(out.issues.first().code, u"catalog.syntax"_s);
        QVERIFY2(out.issues.first().message.contains(u"(byte %1)"_s.arg(expected.offset)),
            qPrintable(out.issues.first().message));
    }

    void anItemThatIsNotAnObjectIsNamed()
    {
        QJsonObject root = catalogtest::catalog(u"1"_s);
        QJsonArray items = root.value(u"items"_s).toArray();
        items.insert(1, u"not an item"_s);
        root.insert(u"items"_s, items);
        const auto out = CatalogParser::parse(catalogtest::bytes(root));
        QVERIFY(paths(out.issues).contains(u"items[1]"_s));
        QCOMPARE(out.catalog.items.size(), 4);
        root.insert(u"items"_s, 5);
        QVERIFY(paths(CatalogParser::parse(catalogtest::bytes(root)).issues).contains(u"items"_s));
    }

    void issuesAreCapped()
    {
        QJsonArray items;
        for (int i = 0; i < 3000; ++i)
            items.append(QJsonObject { { u"code"_s, i } });
        const auto out
            = CatalogParser::parse(catalogtest::bytes(catalogtest::catalog(u"1"_s, items)));
        QCOMPARE(out.issues.size(), CatalogParser::kMaxIssues);
    }
};

QTEST_GUILESS_MAIN(TestCatalogParser)
#include "tst_catalogparser.moc"
