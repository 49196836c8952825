#include "fixtures/hallanswers.h"
#include "socialsecurityparser.h"
#include "socialsecuritytestdata.h"

#include <QTest>

using namespace onewindow;
using namespace sstest;

class TestSocialSecurityParser : public QObject
{
    Q_OBJECT
private slots:
    // The reference hall's real answers for demo citizens (the fuzz seeds) read whole.
    void readsTheReferenceHallsAnswers()
    {
        const auto pensioner = SocialSecurityParser::parse(
            hallanswers::document(QStringLiteral("hall_socialsecurity/record-pensioner.json")));
        QVERIFY2(pensioner.ok(), qPrintable(pensioner ? QString() : pensioner.error().message));
        QVERIFY(pensioner->contributions.size() > 300);
        QVERIFY(pensioner->lastPensionCertification.has_value());
        const auto resident = SocialSecurityParser::parse(hallanswers::document(
            QStringLiteral("hall_socialsecurity/record-resident-with-dues.json")));
        QVERIFY2(resident.ok(), qPrintable(resident ? QString() : resident.error().message));
        QVERIFY(!resident->dues.isEmpty());
        QVERIFY(!resident->household.isEmpty());
        const auto dues = SocialSecurityParser::parseDues(hallanswers::document(
            QStringLiteral("hall_socialsecurity/dues-household-member.json")));
        QVERIFY(dues.ok());
        QCOMPARE(dues->size(), 3);
        const auto huge = SocialSecurityParser::parse(
            hallanswers::document(QStringLiteral("hall_socialsecurity/bad-huge-amount.json")));
        QVERIFY(!huge.ok());
        QVERIFY(huge.error().message.contains(QStringLiteral("personalPart")));
    }

    void readsACompleteAnswer()
    {
        QJsonObject a
            = answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")),
                         enrollment(QStringLiteral("medical"), QStringLiteral("receiving")) },
                { contribution(QStringLiteral("2026-02")), contribution(QStringLiteral("2026-01")),
                    contribution(QStringLiteral("2026-01"), QStringLiteral("medical"), false) },
                { QJsonObject { { QStringLiteral("month"), QStringLiteral("2020-07") },
                    { QStringLiteral("from"),
                        place(QStringLiteral("440300"), QStringLiteral("深圳市")) },
                    { QStringLiteral("to"),
                        place(QStringLiteral("440100"), QStringLiteral("广州市")) } } });
        a.insert(QStringLiteral("lastPensionCertification"),
            QJsonObject {
                { QStringLiteral("certifiedAt"), QStringLiteral("2026-03-09T10:15:00+08:00") },
                { QStringLiteral("terminalId"), QStringLiteral("GZ-TH-KIOSK-0001") },
                { QStringLiteral("method"), QStringLiteral("face") },
                { QStringLiteral("nextDueDate"), QStringLiteral("2027-03-09") } });
        a.insert(QStringLiteral("dues"),
            QJsonArray { QJsonObject {
                { QStringLiteral("insuranceCode"), QStringLiteral("resident_pension") },
                { QStringLiteral("period"), QStringLiteral("2026") },
                { QStringLiteral("amountCents"), 36000 },
                { QStringLiteral("dueBy"), QStringLiteral("2026-12-31") } } });
        const auto r = SocialSecurityParser::parse(QJsonDocument(a));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->enrollments.size(), 2);
        QCOMPARE(r->enrollments[1].status, EnrollmentStatus::Receiving);
        QCOMPARE(r->enrollments[0].place.name, QStringLiteral("广州市"));
        QCOMPARE(r->contributions.size(), 3);
        // Sorted by month whatever order the hall sent.
        QCOMPARE(r->contributions.first().month, QDate(2026, 1, 1));
        QCOMPARE(r->contributions.last().month, QDate(2026, 2, 1));
        QCOMPARE(r->contributions.first().employerPart, 70000);
        QCOMPARE(r->accounts.first().balance, 1234567);
        QCOMPARE(r->transfers.first().from.code, QStringLiteral("440300"));
        QVERIFY(r->lastPensionCertification);
        QCOMPARE(r->lastPensionCertification->nextDueDate, QDate(2027, 3, 9));
        QCOMPARE(r->dues.size(), 1);
        QCOMPARE(r->dues.first().insurance, Insurance::ResidentPension);
    }

    void anEmptyRecordIsARecord()
    {
        const auto r = SocialSecurityParser::parse(QJsonDocument(answer({}, {})));
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
        QVERIFY(!r->isPensioner());
    }

    void refusesPartialOrMalformedAnswers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QJsonObject good
            = answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) },
                { contribution(QStringLiteral("2026-01")) });
        auto without = [&](const char *key) {
            QJsonObject o = good;
            o.remove(QLatin1String(key));
            return QJsonDocument(o).toJson();
        };
        auto withContribution = [&](const char *key, const QJsonValue &v) {
            QJsonObject c = contribution(QStringLiteral("2026-01"));
            if (v.isUndefined())
                c.remove(QLatin1String(key));
            else
                c.insert(QLatin1String(key), v);
            QJsonObject o = good;
            o.insert(QStringLiteral("contributions"), QJsonArray { c });
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("$");
        QTest::newRow("no unit") << without("amountUnit") << QStringLiteral("$.amountUnit");
        QTest::newRow("no enrollments")
            << without("enrollments") << QStringLiteral("$.enrollments");
        QTest::newRow("no contributions")
            << without("contributions") << QStringLiteral("$.contributions");
        QTest::newRow("no accounts") << without("accounts") << QStringLiteral("$.accounts");
        QTest::newRow("no transfers") << without("transfers") << QStringLiteral("$.transfers");
        QTest::newRow("no certification")
            << without("lastPensionCertification") << QStringLiteral("$.lastPensionCertification");
        QTest::newRow("month text") << withContribution("month", QStringLiteral("2026-13"))
                                    << QStringLiteral("$.contributions[0].month");
        QTest::newRow("base text") << withContribution("base", QStringLiteral("5000"))
                                   << QStringLiteral("$.contributions[0].base");
        QTest::newRow("base fraction")
            << withContribution("base", 5000.5) << QStringLiteral("$.contributions[0].base");
        QTest::newRow("negative") << withContribution("personalPart", -1)
                                  << QStringLiteral("$.contributions[0].personalPart");
        QTest::newRow("paid missing") << withContribution("paid", QJsonValue::Undefined)
                                      << QStringLiteral("$.contributions[0].paid");
        QTest::newRow("insurance unknown") << withContribution("insuranceCode",
            QStringLiteral("lottery")) << QStringLiteral("$.contributions[0].insuranceCode");
        QJsonObject twice = good;
        twice.insert(QStringLiteral("contributions"),
            QJsonArray {
                contribution(QStringLiteral("2026-01")), contribution(QStringLiteral("2026-01")) });
        QTest::newRow("month twice")
            << QJsonDocument(twice).toJson() << QStringLiteral("$.contributions[1]");
        QJsonObject badStatus = good;
        badStatus.insert(QStringLiteral("enrollments"),
            QJsonArray { enrollment(QStringLiteral("pension"), QStringLiteral("maybe")) });
        QTest::newRow("status unknown")
            << QJsonDocument(badStatus).toJson() << QStringLiteral("$.enrollments[0].statusCode");
        QJsonObject badCert = good;
        badCert.insert(QStringLiteral("lastPensionCertification"),
            QJsonObject { { QStringLiteral("certifiedAt"), QStringLiteral("yesterday") },
                { QStringLiteral("nextDueDate"), QStringLiteral("2027-01-01") } });
        QTest::newRow("certification time")
            << QJsonDocument(badCert).toJson()
            << QStringLiteral("$.lastPensionCertification.certifiedAt");
    }
    void refusesPartialOrMalformedAnswers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto r = SocialSecurityParser::parse(QJsonDocument::fromJson(json));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("socialsecurity.malformed"));
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }

    void monthsAreStrict()
    {
        QCOMPARE(SocialSecurityParser::parseMonth(QStringLiteral("2026-03")), QDate(2026, 3, 1));
        QVERIFY(!SocialSecurityParser::parseMonth(QStringLiteral("2026-3")).isValid());
        QVERIFY(!SocialSecurityParser::parseMonth(QStringLiteral("2026-03-01")).isValid());
        QVERIFY(!SocialSecurityParser::parseMonth(QString()).isValid());
    }

    void yuanIsTheSameInEveryLanguage()
    {
        QCOMPARE(SocialSecurityTerms::yuan(123456789), QStringLiteral("1,234,567.89"));
        QCOMPARE(SocialSecurityTerms::yuan(5), QStringLiteral("0.05"));
        QCOMPARE(SocialSecurityTerms::yuan(100000), QStringLiteral("1,000.00"));
    }
};

QTEST_GUILESS_MAIN(TestSocialSecurityParser)
#include "tst_socialsecurityparser.moc"
