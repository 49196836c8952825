// PayeeLookup and ContributionPayment for someone else: the citizen pays for a household member
// or a person whose ID number they type (checked by GB 11643); the payer stays the citizen.
#include "citizensession.h"
#include "contributionpayment.h"
#include "hallclient.h"
#include "payee.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace onewindow;

namespace {

const QString kWife = QStringLiteral("440781196805201623");
const QString kHusband = QStringLiteral("44078119650811163X");

ContributionDue due(Insurance insurance, const QString &period, qint64 cents)
{
    return ContributionDue { insurance, period, cents, QDate(2026, 12, 31) };
}

HallResponse duesAnswer(int status, const QJsonObject &body)
{
    return HallResponse { status, QJsonDocument(body), std::nullopt };
}

} // namespace

class TestPayee : public QObject
{
    Q_OBJECT
private slots:
    void choicesAreOneselfThenTheHousehold()
    {
        SocialSecurityRecord record;
        record.dues = { due(Insurance::ResidentPension, QStringLiteral("2026"), 36000) };
        record.household = { { kHusband, QStringLiteral("黄炳坤"), QStringLiteral("spouse") },
            { kWife, QStringLiteral("梁桂芳"), QStringLiteral("spouse") } }; // oneself: left out
        const auto list = PayeeLookup::choices(record, kWife, QStringLiteral("梁桂芳"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).kind, Payee::Kind::Self);
        QCOMPARE(list.at(0).dues.size(), 1);
        QCOMPARE(list.at(1).kind, Payee::Kind::Household);
        QCOMPARE(list.at(1).idNumber, kHusband);
        QCOMPARE(list.at(1).maskedName, QStringLiteral("黄**"));
        QVERIFY(list.at(1).dues.isEmpty()); // asked of the hall when chosen
        QVERIFY(!PayeeLookup::relationName(QStringLiteral("spouse")).isEmpty());
    }

    void aTypedIdNumberIsChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("valid") << kHusband << kHusband << QString();
        QTest::newRow("lower-case x, spaces")
            << QStringLiteral(" 44078119650811163x ") << kHusband << QString();
        QTest::newRow("wrong check digit") << QStringLiteral("440781196508111631") << QString()
                                           << QStringLiteral("payee.invalid_id");
        QTest::newRow("too short")
            << QStringLiteral("4407811965") << QString() << QStringLiteral("payee.invalid_id");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("payee.no_id");
    }
    void aTypedIdNumberIsChecked()
    {
        QFETCH(QString, typed);
        QFETCH(QString, number);
        QFETCH(QString, code);
        const auto checked = PayeeLookup::checkTypedIdNumber(typed);
        if (code.isEmpty()) {
            QVERIFY(checked.ok());
            QCOMPARE(checked.value(), number);
        } else {
            QCOMPARE(checked.error().code, code);
            QVERIFY(!checked.error().message.contains(typed.trimmed()) || typed.isEmpty());
        }
    }

    void theHallsAnswerIsReadStrictly()
    {
        Payee who;
        who.kind = Payee::Kind::Other;
        who.idNumber = kHusband;
        const QJsonObject good { { QStringLiteral("amountUnit"), QStringLiteral("cent") },
            { QStringLiteral("maskedName"), QStringLiteral("黄**") },
            { QStringLiteral("dues"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("insuranceCode"), QStringLiteral("resident_pension") },
                    { QStringLiteral("insurance"), QStringLiteral("城乡居民养老") },
                    { QStringLiteral("period"), QStringLiteral("2025") },
                    { QStringLiteral("amountCents"), 36000 },
                    { QStringLiteral("dueBy"), QStringLiteral("2025-12-31") } } } } };
        auto found = PayeeLookup::interpret(who, duesAnswer(200, good));
        QVERIFY(found.ok());
        QCOMPARE(found->maskedName, QStringLiteral("黄**"));
        QCOMPARE(found->dues.size(), 1);
        QCOMPARE(found->dues.at(0).amountCents, 36000);

        QJsonObject broken = good;
        broken.insert(QStringLiteral("dues"),
            QJsonArray { QJsonObject { { QStringLiteral("period"), QStringLiteral("2025") } } });
        QCOMPARE(PayeeLookup::interpret(who, duesAnswer(200, broken)).error().code,
            QStringLiteral("socialsecurity.malformed"));
        QCOMPARE(PayeeLookup::interpret(who, duesAnswer(404, {})).error().code,
            QStringLiteral("payee.unknown"));
        QCOMPARE(PayeeLookup::interpret(who, duesAnswer(403, {})).error().code,
            QStringLiteral("socialsecurity.session_ended"));
        QCOMPARE(PayeeLookup::interpret(
                     who, Error { QStringLiteral("hall.unreachable"), QStringLiteral("down") })
                     .error()
                     .code,
            QStringLiteral("socialsecurity.offline"));
    }

    void theIdentifiedCitizenPaysForSomeoneElse()
    {
        CitizenSession session;
        QVERIFY(session.begin(kWife, QStringLiteral("梁桂芳"), IdentityProof::ResidentIdCard).ok());
        ContributionPayment payment(nullptr, session);
        Payee husband;
        husband.kind = Payee::Kind::Household;
        husband.idNumber = kHusband;
        husband.dues = { due(Insurance::ResidentPension, QStringLiteral("2025"), 36000),
            due(Insurance::ResidentMedical, QStringLiteral("2027"), 40800) };
        QVERIFY(
            payment.prepare(husband, Insurance::ResidentPension, { QStringLiteral("2025") }).ok());
        QCOMPARE(payment.order().insuredIdNumber, kHusband);
        QCOMPARE(payment.order().payerIdNumber, kWife);
        QCOMPARE(payment.order().amountCents, 36000);
        // Only what is due for that person can be chosen.
        payment.reset();
        QCOMPARE(payment.prepare(husband, Insurance::ResidentPension, { QStringLiteral("2026") })
                     .error()
                     .code,
            QStringLiteral("payment.not_due"));
        // Without an identified citizen there is no payer.
        session.end(CitizenSession::EndReason::Finished);
        QCOMPARE(payment.prepare(husband, Insurance::ResidentPension, { QStringLiteral("2025") })
                     .error()
                     .code,
            QStringLiteral("socialsecurity.session_ended"));
    }

    void withoutAHallTheLookupSaysSo()
    {
        CitizenSession session;
        QVERIFY(session.begin(kWife, QStringLiteral("梁桂芳"), IdentityProof::ResidentIdCard).ok());
        PayeeLookup lookup(nullptr, session);
        Payee who;
        who.idNumber = kHusband;
        std::optional<Result<Payee>> out;
        lookup.lookUp(who, [&](Result<Payee> r) { out = std::move(r); });
        QVERIFY(out.has_value());
        QCOMPARE(out->error().code, QStringLiteral("socialsecurity.offline"));
    }
};

QTEST_GUILESS_MAIN(TestPayee)
#include "tst_payee.moc"
