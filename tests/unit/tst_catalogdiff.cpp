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

    // An administrator judges a change by its values, not only the field's name.
    void changesCarryTheirOldAndNewValues()
    {
        const QString longName(300, QChar(u'长'));
        const QHash<QString, QByteArray> before {
            { u"A"_s, R"({"code":"A","promisedLimitDays":10,"online":false,"gone":"x"})" },
        };
        const QList<CatalogItem> after { item(u"A"_s,
            QByteArray("{\"code\":\"A\",\"promisedLimitDays\":5,\"online\":true,\"name\":\"")
                + longName.toUtf8() + QByteArray("\"}")) };
        const CatalogDiff diff = CatalogDiff::compute(before, after);
        QCOMPARE(diff.changed().size(), 1);
        const QList<CatalogDiff::FieldChange> values = diff.changed().first().values;
        QCOMPARE(values.size(), 4);
        QCOMPARE(values.at(0).field, u"gone"_s);
        QCOMPARE(values.at(0).before, u"x"_s);
        QCOMPARE(values.at(0).after, QString());
        QCOMPARE(values.at(1).field, u"name"_s);
        QCOMPARE(values.at(1).before, QString());
        QCOMPARE(values.at(1).after.size(), CatalogDiff::kValueLength);
        QVERIFY(values.at(1).after.endsWith(QChar(0x2026)));
        QCOMPARE(values.at(2).before, u"false"_s);
        QCOMPARE(values.at(2).after, u"true"_s);
        QCOMPARE(values.at(3).field, u"promisedLimitDays"_s);
        QCOMPARE(values.at(3).before, u"10"_s);
        QCOMPARE(values.at(3).after, u"5"_s);
    }

    // Values are kept for the first changes only: a province catalog can change every item.
    void onlyTheFirstChangesKeepTheirValues()
    {
        QHash<QString, QByteArray> before;
        QList<CatalogItem> after;
        for (int i = 0; i < CatalogDiff::kChangesWithValues + 10; ++i) {
            const QString code = u"I%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            before.insert(code, R"({"fee":1})");
            after << item(code, R"({"fee":2})");
        }
        const CatalogDiff diff = CatalogDiff::compute(before, after);
        QCOMPARE(diff.changed().size(), CatalogDiff::kChangesWithValues + 10);
        int withValues = 0;
        for (const CatalogDiff::Change &change : diff.changed())
            withValues += change.values.isEmpty() ? 0 : 1;
        QCOMPARE(withValues, CatalogDiff::kChangesWithValues);
        QCOMPARE(diff.changed().last().fields, QStringList { u"fee"_s });
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
