// The catalog in the reader's language: English where the publisher gave it, else the Chinese;
// read from the file, kept by the store, and never in place of what is stored.
#include "catalogparser.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "catalogwording.h"
#include "database.h"
#include "pinyintranscriber.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

class TestCatalogWording : public QObject
{
    Q_OBJECT

    static QJsonObject englishItem()
    {
        QJsonObject i = catalogtest::item(u"SB-001"_s, u"社会保障卡申领"_s);
        i.insert(u"nameEn"_s, u"Social security card application"_s);
        i.insert(u"materials"_s,
            QJsonArray { QJsonObject { { u"code"_s, u"M1"_s }, { u"name"_s, u"居民身份证"_s },
                { u"nameEn"_s, u"Resident ID card"_s }, { u"required"_s, true },
                { u"satisfiedBy"_s, QJsonArray { u"RESIDENT_ID"_s } } } });
        i.insert(u"form"_s,
            QJsonArray { QJsonObject { { u"key"_s, u"applicant.name"_s }, { u"label"_s, u"姓名"_s },
                             { u"labelEn"_s, u"Name"_s }, { u"type"_s, u"text"_s } },
                QJsonObject { { u"key"_s, u"delivery"_s }, { u"label"_s, u"领取方式"_s },
                    { u"type"_s, u"choice"_s },
                    { u"options"_s, QJsonArray { u"窗口领取"_s, u"邮寄到家"_s } },
                    { u"optionsEn"_s, QJsonArray { u"At the window"_s, u"By post"_s } } } });
        return i;
    }

    static QJsonObject englishCatalog()
    {
        QJsonObject c = catalogtest::catalog(u"1"_s, QJsonArray { englishItem() });
        c.insert(u"certificateTypes"_s,
            QJsonArray { QJsonObject { { u"code"_s, u"RESIDENT_ID"_s },
                { u"name"_s, u"居民身份证"_s }, { u"nameEn"_s, u"Resident ID card"_s } } });
        c.insert(u"themesEn"_s, QJsonObject { { u"社会保障"_s, u"Social security"_s } });
        return c;
    }

private slots:
    void englishWhereGivenChineseElsewhere()
    {
        CatalogFormField f;
        f.label = u"姓名"_s;
        f.labelEn = u"Name"_s;
        f.options = QStringList { u"是"_s, u"否"_s };
        f.optionsEn = QStringList { u"Yes"_s, u"No"_s };
        const CatalogWording en(u"en"_s), zh(u"zh_CN"_s), none;
        QVERIFY(en.english());
        QVERIFY(!zh.english());
        QVERIFY(!none.english());
        QCOMPARE(en.label(f), u"Name"_s);
        QCOMPARE(zh.label(f), u"姓名"_s);
        QCOMPARE(en.optionLabels(f), (QStringList { u"Yes"_s, u"No"_s }));
        QCOMPARE(zh.optionLabels(f), f.options);
        // No English given (or only blanks): the Chinese, never an empty label.
        CatalogMaterial m;
        m.name = u"劳动合同"_s;
        QCOMPARE(en.name(m), u"劳动合同"_s);
        m.nameEn = u"  "_s;
        QCOMPARE(en.name(m), u"劳动合同"_s);
        // English options that do not match the options one for one are not guessed at.
        f.optionsEn = QStringList { u"Yes"_s };
        QCOMPARE(en.optionLabels(f), f.options);
        QCOMPARE(CatalogWording(u"en_GB"_s).english(), true);
        const QStringList names { u"居民身份证"_s, u"居民户口簿"_s };
        QCOMPARE(zh.join(names), u"居民身份证、居民户口簿"_s);
        QCOMPARE(en.join(QStringList { u"ID card"_s, u"Household register"_s }),
            u"ID card, Household register"_s);
    }

    void theFileSaysItInEnglish()
    {
        const auto parsed = CatalogParser::parse(catalogtest::bytes(englishCatalog()));
        QVERIFY2(parsed.issues.isEmpty(), qPrintable(parsed.issues.value(0).message));
        const CatalogItem &item = parsed.catalog.items.first();
        QCOMPARE(item.materials.first().nameEn, u"Resident ID card"_s);
        QCOMPARE(item.form.first().labelEn, u"Name"_s);
        QCOMPARE(item.form.last().optionsEn, (QStringList { u"At the window"_s, u"By post"_s }));
        QCOMPARE(parsed.catalog.certificateTypes.first().nameEn, u"Resident ID card"_s);
        QCOMPARE(parsed.catalog.themesEn.value(u"社会保障"_s), u"Social security"_s);
        // The stored snapshot carries the English too: a case's item reads as it was shown.
        const CatalogItem back = CatalogParser::itemFromSnapshot(item.snapshot);
        QCOMPARE(back.form.first().labelEn, u"Name"_s);
        QCOMPARE(back.materials.first().nameEn, u"Resident ID card"_s);
    }

    // The English keys are this terminal's reading of keys the format leaves open: English that
    // is malformed is left out (the Chinese is shown), never a reason to refuse a catalog (a
    // stored version must also stay loadable for a rollback).
    void malformedEnglishIsLeftOutNotRefused()
    {
        QJsonObject item = englishItem();
        QJsonArray form = item.value(u"form"_s).toArray();
        QJsonObject choice = form.at(1).toObject();
        choice.insert(u"optionsEn"_s, QJsonArray { u"At the window"_s }); // one of two
        form.replace(1, choice);
        QJsonObject label = form.at(0).toObject();
        label.insert(u"labelEn"_s, 42);
        form.replace(0, label);
        item.insert(u"form"_s, form);
        QJsonObject c = catalogtest::catalog(u"1"_s, QJsonArray { item });
        c.insert(u"themesEn"_s, QJsonObject { { u"社会保障"_s, QJsonValue::Null } });
        const auto parsed = CatalogParser::parse(catalogtest::bytes(c));
        QVERIFY2(parsed.issues.isEmpty(), qPrintable(parsed.issues.value(0).message));
        const CatalogFormField &f = parsed.catalog.items.first().form.at(1);
        QVERIFY(f.optionsEn.isEmpty());
        QCOMPARE(CatalogWording(u"en"_s).optionLabels(f), f.options);
        QVERIFY(parsed.catalog.items.first().form.at(0).labelEn.isEmpty());
        QVERIFY(parsed.catalog.themesEn.isEmpty());
        c.insert(u"themesEn"_s, u"not an object"_s);
        QVERIFY(CatalogParser::parse(catalogtest::bytes(c)).issues.isEmpty());

        // And it is stored: a theme without English is '' in its NOT NULL column.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"lenient.sqlite"_s));
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        const auto applied
            = catalogtest::applyWithoutSignature(*db.value(), store, catalogtest::bytes(c));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(store.themes().value().first().nameEn, QString());
    }

    void theStoreKeepsTheEnglish()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"wording.sqlite"_s));
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        QVERIFY(catalogtest::applyWithoutSignature(
            *db.value(), store, catalogtest::bytes(englishCatalog()))
                    .ok());
        const auto types = store.certificateTypes();
        QVERIFY(types.ok());
        QCOMPARE(types.value().first().nameEn, u"Resident ID card"_s);
        const auto themes = store.themes();
        QVERIFY(themes.ok());
        QCOMPARE(themes.value().first().name, u"社会保障"_s);
        QCOMPARE(themes.value().first().nameEn, u"Social security"_s);
        const auto departments = store.departments();
        QVERIFY(departments.ok());
        QCOMPARE(departments.value().first().nameEn, u"HRSS"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalogWording)
#include "tst_catalogwording.moc"
