#include "formfieldcheck.h"
#include "mergedform.h"
#include "residentid.h"

#include <QTest>

using namespace onewindow;

namespace {
CatalogFormField field(const char *key, const char *type, bool required = true,
    const char *prefill = "", QStringList options = {})
{
    CatalogFormField f;
    f.key = QString::fromLatin1(key);
    f.label = QString::fromLatin1(key);
    f.type = QString::fromLatin1(type);
    f.required = required;
    f.prefill = QString::fromLatin1(prefill);
    f.options = options;
    return f;
}

CatalogItem item(const char *code, QList<CatalogFormField> form)
{
    CatalogItem i;
    i.code = QString::fromLatin1(code);
    i.form = form;
    return i;
}

const QDate kToday(2026, 11, 23);
} // namespace

class TestMergedForm : public QObject
{
    Q_OBJECT
private slots:
    void sharedKeysAreAskedOnce()
    {
        const auto form = MergedForm::merge({
            item("A",
                { field("applicant.name", "text", true, "RESIDENT_ID.holderName"),
                    field("applicant.phone", "phone", false) }),
            item("B", { field("applicant.phone", "phone", true), field("child.name", "text") }),
        });
        QVERIFY(form.ok());
        QCOMPARE(form->fields().size(), 3);
        const MergedField *phone = form->field(QStringLiteral("applicant.phone"));
        QVERIFY(phone);
        QVERIFY(phone->field.required); // B requires it
        QCOMPARE(phone->itemCodes, QStringList({ QStringLiteral("A"), QStringLiteral("B") }));
        QCOMPARE(form->fields().at(0).field.prefill, QStringLiteral("RESIDENT_ID.holderName"));
        QCOMPARE(form->fields().at(2).field.key, QStringLiteral("child.name"));
    }

    void conflictingTypesAreRefused()
    {
        const auto form = MergedForm::merge(
            { item("A", { field("x.date", "date") }), item("B", { field("x.date", "text") }) });
        QCOMPARE(form.error().code, QStringLiteral("form.conflicting_field"));
    }

    void everyProblemIsReportedAtOnce()
    {
        const auto form = MergedForm::merge({ item("A",
            { field("name", "text"), field("phone", "phone"), field("id", "resident_id"),
                field("when", "date", false),
                field("kind", "choice", true, "",
                    { QStringLiteral("new"), QStringLiteral("renew") }) }) });
        QList<FieldProblem> problems;
        const auto result = form->check({ { QStringLiteral("phone"), QStringLiteral("12345") },
                                            { QStringLiteral("id"), QStringLiteral("440106") },
                                            { QStringLiteral("kind"), QStringLiteral("other") },
                                            { QStringLiteral("smuggled"), QStringLiteral("x") } },
            &problems, kToday);
        QVERIFY(!result.ok());
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(0).key, QStringLiteral("name"));
        QCOMPARE(problems.at(0).error.code, QStringLiteral("form.required"));
        QCOMPARE(problems.at(1).error.code, QStringLiteral("form.not_phone"));
        QCOMPARE(problems.at(2).error.code, QStringLiteral("form.bad_resident_id"));
        QCOMPARE(problems.at(3).error.code, QStringLiteral("form.not_an_option"));
    }

    void goodAnswersAreNormalised()
    {
        const QString first17 = QStringLiteral("44010619580301123");
        const QString id = first17 + ResidentId::checkCharacter(first17);
        const auto form = MergedForm::merge({ item("A",
            { field("name", "text"), field("phone", "phone"), field("id", "resident_id"),
                field("when", "date", false), field("agree", "bool", false),
                field("note", "multiline", false) }) });
        QList<FieldProblem> problems;
        const auto result
            = form->check({ { QStringLiteral("name"), QStringLiteral("  张  三 ") },
                              { QStringLiteral("phone"), QStringLiteral("138 1234 5678") },
                              { QStringLiteral("id"), id.toLower() },
                              { QStringLiteral("smuggled"), QStringLiteral("x") } },
                &problems, kToday);
        QVERIFY2(result.ok(), problems.isEmpty() ? "" : qPrintable(problems.first().error.message));
        QCOMPARE(result->value(u"name").toString(), QStringLiteral("张 三"));
        QCOMPARE(result->value(u"phone").toString(), QStringLiteral("13812345678"));
        QCOMPARE(result->value(u"id").toString(), id.toUpper());
        QCOMPARE(result->value(u"agree").toString(), QStringLiteral("false"));
        QVERIFY(!result->contains(u"when"));
        QVERIFY(!result->contains(u"smuggled"));
    }

    void fieldTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mobile") << "phone"
                                << "13912345678" << true;
        QTest::newRow("mobile too short") << "phone"
                                          << "1391234567" << false;
        QTest::newRow("landline") << "phone"
                                  << "020-83331234" << true;
        QTest::newRow("letters in phone") << "phone"
                                          << "1391234567a" << false;
        QTest::newRow("date") << "date"
                              << "2026-02-29" << false;
        QTest::newRow("leap date") << "date"
                                   << "2028-02-29" << true;
        QTest::newRow("ancient date") << "date"
                                      << "1066-10-14" << false;
        QTest::newRow("number") << "number"
                                << "12.5" << true;
        QTest::newRow("negative") << "number"
                                  << "-3" << false;
        QTest::newRow("email") << "email"
                               << "li.wei@example.cn" << true;
        QTest::newRow("email without domain") << "email"
                                              << "li.wei@" << false;
        QTest::newRow("credit code") << "credit_code"
                                     << "91440101MA59ABCD1X" << false;
        QTest::newRow("bool") << "bool"
                              << "maybe" << false;
        // A required yes/no is a pledge: only yes fulfils it.
        QTest::newRow("pledge given") << "bool"
                                      << "true" << true;
        QTest::newRow("pledge refused") << "bool"
                                        << "false" << false;
        QTest::newRow("pledge skipped") << "bool" << QString() << false;
        QTest::newRow("long text") << "text" << QString(201, QLatin1Char('x')) << false;
        QTest::newRow("unknown type") << "signature"
                                      << "x" << false;
    }
    void fieldTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, answer);
        QFETCH(bool, valid);
        CatalogFormField f = field("f", "text");
        f.type = type;
        QCOMPARE(FormFieldCheck::check(f, answer, kToday).ok(), valid);
    }

    void partialAnswersAreNotErrorsYet()
    {
        const CatalogFormField id = field("id", "resident_id");
        QVERIFY(FormFieldCheck::checkPartial(id, QStringLiteral("4401")).ok());
        QVERIFY(!FormFieldCheck::checkPartial(id, QStringLiteral("44X1")).ok());
        QVERIFY(!FormFieldCheck::checkPartial(id, QStringLiteral("440106195803011230")).ok()
            || FormFieldCheck::check(id, QStringLiteral("440106195803011230"), kToday).ok());
        const CatalogFormField phone = field("phone", "phone");
        QVERIFY(FormFieldCheck::checkPartial(phone, QStringLiteral("139")).ok());
        QVERIFY(!FormFieldCheck::checkPartial(phone, QStringLiteral("139a")).ok());
        QVERIFY(!FormFieldCheck::checkPartial(phone, QStringLiteral("12345678901")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMergedForm)
#include "tst_mergedform.moc"
