#include "catalogparser.h"
#include "catalogtestsupport.h"
#include "catalogvalidator.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The rules across entries: unique codes, references, time limits, shared form keys, calendar.
class TestCatalogValidator : public QObject
{
    Q_OBJECT

    static QList<CatalogIssue> check(const QJsonObject &root)
    {
        return CatalogParser::parse(catalogtest::bytes(root)).issues;
    }

    static QString describe(const QList<CatalogIssue> &issues)
    {
        QStringList out;
        for (const CatalogIssue &issue : issues)
            out << issue.path + u" "_s + issue.code;
        return out.join(u"; "_s);
    }

    static bool has(const QList<CatalogIssue> &issues, const QString &path, const QString &code)
    {
        for (const CatalogIssue &issue : issues)
            if (issue.path == path && issue.code == code)
                return true;
        return false;
    }

private slots:
    void crossReferenceRules()
    {
        QJsonObject a = catalogtest::item(u"A-1"_s, u"甲"_s);
        a.insert(u"promisedLimitDays"_s, 30); // legal is 20
        a.insert(u"department"_s, u"GD-NOPE"_s);
        a.insert(u"parallelWith"_s, QJsonArray { u"A-1"_s, u"Z-9"_s, u"B-2"_s });
        QJsonObject b = catalogtest::item(u"B-2"_s, u"乙"_s);
        QJsonArray materials = b.value(u"materials"_s).toArray();
        QJsonObject m = materials.first().toObject();
        m.insert(u"satisfiedBy"_s, QJsonArray { u"PASSPORT"_s });
        materials.append(m);
        b.insert(u"materials"_s, materials);
        QJsonArray form = b.value(u"form"_s).toArray();
        QJsonObject f = form.first().toObject();
        f.insert(u"type"_s, u"number"_s); // applicant.name is "text" in A-1
        f.insert(u"prefill"_s, u"NOCERT.name"_s);
        form[0] = f;
        b.insert(u"form"_s, form);
        const QJsonObject duplicate = catalogtest::item(u"A-1"_s, u"丙"_s);
        QJsonObject root = catalogtest::catalog(u"1"_s, QJsonArray { a, b, duplicate });
        root.insert(u"workdays"_s, QJsonArray { u"2026-10-01"_s });

        const auto issues = check(root);
        const QString got = describe(issues);
        QVERIFY2(has(issues, u"items[0].promisedLimitDays"_s, u"catalog.promise_over_limit"_s),
            qPrintable(got));
        QVERIFY2(has(issues, u"items[0].department"_s, u"catalog.unknown_department"_s),
            qPrintable(got));
        QVERIFY2(has(issues, u"items[0].parallelWith[0]"_s, u"catalog.self_reference"_s),
            qPrintable(got));
        QVERIFY2(
            has(issues, u"items[0].parallelWith[1]"_s, u"catalog.unknown_item"_s), qPrintable(got));
        QVERIFY2(!has(issues, u"items[0].parallelWith[2]"_s, u"catalog.unknown_item"_s),
            qPrintable(got));
        QVERIFY2(has(issues, u"items[1].materials[1].code"_s, u"catalog.duplicate_code"_s),
            qPrintable(got));
        QVERIFY2(has(issues, u"items[1].materials[1].satisfiedBy[0]"_s,
                     u"catalog.unknown_certificate_type"_s),
            qPrintable(got));
        QVERIFY2(has(issues, u"items[1].form[0].type"_s, u"catalog.key_type_conflict"_s),
            qPrintable(got));
        QVERIFY2(
            has(issues, u"items[1].form[0].prefill"_s, u"catalog.bad_prefill"_s), qPrintable(got));
        QVERIFY2(has(issues, u"items[2].code"_s, u"catalog.duplicate_code"_s), qPrintable(got));
        QVERIFY2(has(issues, u"workdays[0]"_s, u"catalog.calendar_conflict"_s), qPrintable(got));
        // The conflict message points at the first declaration so the admin can fix either.
        for (const CatalogIssue &issue : issues)
            if (issue.code == u"catalog.key_type_conflict"_s)
                QVERIFY(issue.message.contains(u"items[0].form[0]"_s));
    }

    // Issues come in file order, item by item, although an item's bundle references can only be
    // judged once every item is read.
    void issuesFollowTheFileOrder()
    {
        QJsonObject a = catalogtest::item(u"A-1"_s, u"甲"_s);
        a.insert(u"parallelWith"_s, QJsonArray { u"Z-9"_s, u"C-3"_s });
        a.insert(u"promisedLimitDays"_s, 30);
        QJsonObject b = catalogtest::item(u"B-2"_s, u"乙"_s);
        b.insert(u"department"_s, u"GD-NOPE"_s);
        b.insert(u"parallelWith"_s, QJsonArray { u"B-2"_s });
        const QJsonObject c = catalogtest::item(u"C-3"_s, u"丙"_s);
        QJsonObject d = catalogtest::item(u"A-1"_s, u"丁"_s);
        d.insert(u"department"_s, u"GD-NOPE"_s);
        const auto issues = check(catalogtest::catalog(u"1"_s, QJsonArray { a, b, c, d }));
        QCOMPARE(describe(issues),
            u"items[3].code catalog.duplicate_code; "
            "items[0].promisedLimitDays catalog.promise_over_limit; "
            "items[0].parallelWith[0] catalog.unknown_item; "
            "items[1].department catalog.unknown_department; "
            "items[1].parallelWith[0] catalog.self_reference; "
            "items[3].department catalog.unknown_department"_s);
    }

    void emptyCatalogIsRefused()
    {
        QJsonObject root = catalogtest::catalog(u"1"_s);
        root.insert(u"items"_s, QJsonArray {});
        QVERIFY(has(check(root), u"items"_s, u"catalog.no_items"_s));
    }

    void validCatalogHasNoIssues()
    {
        QList<CatalogIssue> issues;
        const auto out = CatalogParser::parse(catalogtest::bytes(catalogtest::catalog(u"1"_s)));
        CatalogValidator::check(out.catalog, issues);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidator)
#include "tst_catalogvalidator.moc"
