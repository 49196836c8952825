#include "catalogdiff.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The preview of a new catalog against the active one.
class TestCatalogDiff : public QObject
{
    Q_OBJECT

    static CatalogItem item(const QString &code, const QByteArray &snapshot)
    {
        CatalogItem i;
        i.code = code;
        i.snapshot = snapshot;
        return i;
    }

private slots:
    void addedRemovedChanged()
    {
        const QHash<QString, QByteArray> before {
            { u"A"_s, R"({"code":"A","name":"甲","fee":{"amountCents":0}})" },
            { u"B"_s, R"({"code":"B","name":"乙"})" },
            { u"C"_s, R"({"code":"C","name":"丙","x":1})" },
        };
        const QList<CatalogItem> after {
            item(u"A"_s, R"({"code":"A","name":"甲","fee":{"amountCents":500},"new":true})"),
            item(u"C"_s, R"({"x":1,"name":"丙","code":"C"})"), // same content, other key order
            item(u"D"_s, R"({"code":"D"})"),
        };
        const CatalogDiff diff = CatalogDiff::compute(before, after);
        QCOMPARE(diff.added(), QStringList { u"D"_s });
        QCOMPARE(diff.removed(), QStringList { u"B"_s });
        QCOMPARE(diff.changed().size(), 1);
        QCOMPARE(diff.changed().first().code, u"A"_s);
        QCOMPARE(diff.changed().first().fields, (QStringList { u"fee"_s, u"new"_s }));
        QVERIFY(!diff.isEmpty());
    }

    void identicalIsEmpty()
    {
        const QHash<QString, QByteArray> before { { u"A"_s, "{\"code\":\"A\"}" } };
        QVERIFY(CatalogDiff::compute(before, { item(u"A"_s, "{\"code\":\"A\"}") }).isEmpty());
        QVERIFY(CatalogDiff::compute({}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
