#include "activecatalogrow.h"

#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// The UTF-8 an item's row and search document are bound as: every text where the writer
// expects it, whatever the lengths and scripts of its neighbours.
class TestActiveCatalogRow : public QObject
{
    Q_OBJECT

private slots:
    void everyTextInItsPlace()
    {
        CatalogItem item;
        item.code = u"11440000006939800X4440100100001"_s;
        item.name = u"社会保障卡申领"_s;
        item.shortName = u"社保卡"_s;
        item.nameEn = u"Social security card application"_s;
        item.department = u"GD-RSJ"_s;
        item.level = u"city"_s;
        item.kind = u"public_service"_s;
        item.themes = QStringList { u"社会保障"_s, u"就业创业"_s };
        CatalogSearchDocument document { u"shehuibaozhangkashenling shebaoka"_s, u"shbzksl sbk"_s,
            u"baozhangkashenling kashenling"_s, u"社 会 保 障 卡 renliziyuan"_s };
        const ActiveCatalogRow row(item, document);
        const auto text = [&](ActiveCatalogRow::Text t) {
            return QString::fromUtf8(row.text(t).toByteArray());
        };
        QCOMPARE(text(ActiveCatalogRow::Code), item.code);
        QCOMPARE(text(ActiveCatalogRow::Name), item.name);
        QCOMPARE(text(ActiveCatalogRow::ShortName), item.shortName);
        QCOMPARE(text(ActiveCatalogRow::NameEn), item.nameEn);
        QCOMPARE(text(ActiveCatalogRow::Department), item.department);
        QCOMPARE(text(ActiveCatalogRow::Level), item.level);
        QCOMPARE(text(ActiveCatalogRow::Kind), item.kind);
        // Lists are barred so that LIKE '%|社会保障|%' finds one whole entry.
        QCOMPARE(text(ActiveCatalogRow::Themes), u"|社会保障|就业创业|"_s);
        QCOMPARE(text(ActiveCatalogRow::Audience), u"|"_s);
        QCOMPARE(text(ActiveCatalogRow::Head), document.head);
        QCOMPARE(text(ActiveCatalogRow::Initials), document.initials);
        QCOMPARE(text(ActiveCatalogRow::Inner), document.inner);
        QCOMPARE(text(ActiveCatalogRow::Body), document.body);
    }

    void emptyTextsStayEmpty()
    {
        CatalogItem item;
        item.code = u"A-1"_s;
        item.audience = QStringList { u"个人"_s };
        const ActiveCatalogRow row(item, CatalogSearchDocument {});
        QCOMPARE(row.text(ActiveCatalogRow::Code), "A-1");
        for (auto t : { ActiveCatalogRow::Name, ActiveCatalogRow::NameEn, ActiveCatalogRow::Head,
                 ActiveCatalogRow::Body }) {
            QVERIFY(row.text(t).isEmpty());
            QVERIFY(!row.text(t).isNull()); // bound as '', never as NULL
        }
        QCOMPARE(row.text(ActiveCatalogRow::Themes), "|");
        QCOMPARE(
            QString::fromUtf8(row.text(ActiveCatalogRow::Audience).toByteArray()), u"|个人|"_s);
    }

    // A text that is not well-formed UTF-16 is written as UTF-8 all the same, never cut short.
    void aLoneSurrogateDoesNotShiftTheTextsAfterIt()
    {
        CatalogItem item;
        item.name = QString(QChar(0xD800)) + u"名"_s;
        item.shortName = u"简称"_s;
        const ActiveCatalogRow row(item, CatalogSearchDocument {});
        QCOMPARE(QString::fromUtf8(row.text(ActiveCatalogRow::ShortName).toByteArray()), u"简称"_s);
        QVERIFY(
            QString::fromUtf8(row.text(ActiveCatalogRow::Name).toByteArray()).endsWith(u"名"_s));
    }
};

QTEST_GUILESS_MAIN(TestActiveCatalogRow)
#include "tst_activecatalogrow.moc"
