// The terminal's social security services (services/socialsecurity) against this reference
// hall over mutual TLS: the record of demo citizens, a pension certification, and resident
// contribution payments that are never shown paid unconfirmed and never charged twice.
#include "citizensession.h"
#include "contributionhistory.h"
#include "contributionpayment.h"
#include "database.h"
#include "demopki.h"
#include "demoseeder.h"
#include "faultinjector.h"
#include "hallapi.h"
#include "hallclient.h"
#include "hallserver.h"
#include "halltestdatabase.h"
#include "keyring.h"
#include "payee.h"
#include "paymentdesk.h"
#include "pensioncertifier.h"
#include "pensionstanding.h"
#include "simulatedcamera.h"
#include "socialsecurityfetcher.h"
#include "socialsecuritystatement.h"
#include "statementregistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

const QString kGap = QStringLiteral("440111199609301282"); // 梁嘉欣
const QString kTransfer = QStringLiteral("440304197901251356"); // 吴国栋
const QString kPensionDue = QStringLiteral("44010519620418120X"); // 张丽华
const QString kResident = QStringLiteral("440781196805201623"); // 梁桂芳
const QString kSpouse = QStringLiteral("44078119650811163X"); // 黄炳坤
const QString kYoung = QStringLiteral("440703200001151915"); // 冯家豪

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestSocialSecurityInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(demopki::make());
        m_hallDb = openTestDatabase(m_hallDir);
        auto issuers
            = KeyRing::loadOrCreateDemoIssuers(m_hallDir.filePath(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        m_issuers = std::move(issuers).value();
        QFile citizens(QStringLiteral(HALL_SOURCE_DIR "/demo-citizens.json"));
        QVERIFY(citizens.open(QIODevice::ReadOnly));
        QVERIFY(DemoSeeder(*m_hallDb, m_issuers).seed(citizens.readAll()).ok());
        HallApi::Options options;
        options.paymentConfirmAfterMs = -1; // only the provider hook below pays
        m_api = std::make_unique<HallApi>(*m_hallDb, m_publishers, m_issuers, options);
        m_server = std::make_unique<HallServer>(*m_api, m_noFaults);
        const HallServer::Options tls = demopki::hallTls();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, tls).ok());
        m_client = std::make_unique<HallClient>(
            demopki::terminalSettings(QStringLiteral("GZ-TH-KIOSK-0001"), m_server->port()));
    }

    void cleanup() { m_session.end(CitizenSession::EndReason::Finished); }

    void recordsWithGapsAndTransfers()
    {
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        for (const QString &id : { kGap, kTransfer }) {
            QVERIFY(
                m_session.begin(id, QStringLiteral("测试"), IdentityProof::ResidentIdCard).ok());
            auto record = fetch(fetcher);
            QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().message));
            QCOMPARE(record->enrollments.size(), 5);
            const auto history = ContributionHistory::compute(record.value(), QDate(2026, 11, 23));
            const auto pension = history.summary(Insurance::Pension);
            QVERIFY(pension && pension->paidMonths >= 12);
            if (id == kGap)
                QVERIFY(pension->longestGap.months >= 4);
            else
                QVERIFY(history.pensionPlaces().size() >= 2 && record->transfers.size() == 1);
        }
        QSignalSpy cleared(&fetcher, &SocialSecurityFetcher::cleared);
        m_session.end(CitizenSession::EndReason::Finished);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!fetcher.record());
    }

    void unknownCitizenAndOffline()
    {
        // A typed number opens no record at all, known or not: nothing is asked of the hall.
        QVERIFY(m_session
                    .begin(QStringLiteral("440106199001011235"), QStringLiteral("测试"),
                        IdentityProof::TypedNumber)
                    .ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        QCOMPARE(fetch(fetcher).error().code, QStringLiteral("identity.needs_confirmation"));
        QVERIFY(m_session
                    .begin(QStringLiteral("440106199001011235"), QStringLiteral("测试"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        QCOMPARE(fetch(fetcher).error().code, QStringLiteral("socialsecurity.no_records"));
        SocialSecurityFetcher offline(nullptr, m_session);
        QCOMPARE(fetch(offline).error().code, QStringLiteral("socialsecurity.offline"));
    }

    void pensionCertification()
    {
        QVERIFY(
            m_session.begin(kPensionDue, QStringLiteral("张丽华"), IdentityProof::ResidentIdCard)
                .ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        auto before = fetch(fetcher);
        QVERIFY(before.ok());
        const auto standing = PensionStanding::of(before.value(), QDate(2026, 11, 23));
        QCOMPARE(standing.state, PensionStanding::State::Overdue);
        QVERIFY(standing.paymentStops);

        SimulatedCamera camera;
        PensionCertifier certifier(m_client.get(), m_session, camera);
        camera.setBehaviour(SimulatedCamera::Behaviour::NoImage);
        QCOMPARE(certify(certifier).error().code, QStringLiteral("camera.no_image"));
        camera.setBehaviour(SimulatedCamera::Behaviour::EmptyImage);
        QCOMPARE(certify(certifier).error().code, QStringLiteral("camera.no_image"));
        const int stored
            = count(*m_hallDb, QStringLiteral("SELECT count(*) FROM pension_certifications"));
        camera.setBehaviour(SimulatedCamera::Behaviour::Photo);
        auto receipt = certify(certifier);
        QVERIFY2(receipt.ok(), qPrintable(receipt ? QString() : receipt.error().message));
        QCOMPARE(receipt->nextDueDate,
            receipt->certifiedAt.toOffsetFromUtc(8 * 3600).date().addYears(1));
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM pension_certifications")),
            stored + 1);
        auto after = fetch(fetcher);
        QCOMPARE(PensionStanding::of(after.value(), QDate::currentDate()).state,
            PensionStanding::State::Current);

        // Someone who draws no pension has nothing to certify.
        QVERIFY(
            m_session.begin(kYoung, QStringLiteral("冯家豪"), IdentityProof::ResidentIdCard).ok());
        QCOMPARE(certify(certifier).error().code, QStringLiteral("certification.not_pensioner"));
    }

    void residentPaymentPaidOnceAndOnlyWhenConfirmed()
    {
        QVERIFY(m_session.begin(kResident, QStringLiteral("梁桂芳"), IdentityProof::ResidentIdCard)
                    .ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        auto record = fetch(fetcher);
        QVERIFY(record.ok());
        QCOMPARE(record->dues.size(), 3);

        ContributionPayment payment(m_client.get(), m_session);
        payment.setPollInterval(50);
        QSignalSpy paid(&payment, &ContributionPayment::paid);
        const QStringList periods { QStringLiteral("2025"), QStringLiteral("2026") };
        QVERIFY(payment.prepare(record.value(), Insurance::ResidentPension, periods).ok());
        QCOMPARE(payment.order().amountCents, 72000);
        payment.pay();
        payment.pay(); // a second tap while the order is on its way
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::AwaitingPayment);
        payment.pay(); // and one while the QR code is shown
        QVERIFY(payment.order().qrContent.startsWith(QStringLiteral("https://")));
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM payments")), 1);
        // A new choice while this one is open is refused.
        QCOMPARE(payment.prepare(record.value(), Insurance::ResidentPension, periods).error().code,
            QStringLiteral("payment.in_progress"));
        QTest::qWait(300); // polled several times: still pending, never shown as paid
        QCOMPARE(payment.order().state, PaymentOrder::State::AwaitingPayment);
        QCOMPARE(paid.size(), 0);

        PaymentDesk provider(*m_hallDb, -1);
        QVERIFY(provider.settle(payment.order().orderId, true).ok());
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::Paid);
        QVERIFY(provider.settle(payment.order().orderId, true).ok()); // confirmed twice
        payment.pay();
        QTest::qWait(200);
        QCOMPARE(paid.size(), 1);
        QCOMPARE(
            count(*m_hallDb, QStringLiteral("SELECT count(*) FROM payments WHERE status = 'paid'")),
            1);

        // The paid periods are no longer due; offering them again (a stale screen) is refused
        // by the terminal, and by the hall for a new order.
        auto again = fetch(fetcher);
        QCOMPARE(again->dues.size(), 1);
        QCOMPARE(payment.prepare(again.value(), Insurance::ResidentPension, periods).error().code,
            QStringLiteral("payment.not_due"));
        QVERIFY(payment.prepare(record.value(), Insurance::ResidentPension, periods).ok());
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::Failed);
        QVERIFY(!payment.problem().isEmpty());
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM payments")), 1);
    }

    void paymentThatIsNeverConfirmedIsNotShownPaid()
    {
        QVERIFY(
            m_session.begin(kSpouse, QStringLiteral("黄炳坤"), IdentityProof::ResidentIdCard).ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        auto record = fetch(fetcher);
        QVERIFY(record.ok());
        ContributionPayment payment(m_client.get(), m_session);
        payment.setPollInterval(50);
        payment.setConfirmationTimeout(400);
        QVERIFY(
            payment.prepare(record.value(), Insurance::ResidentMedical, { QStringLiteral("2027") })
                .ok());
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::Unconfirmed);
        // Asking again later finds it paid after all: shown paid only now, charged once.
        PaymentDesk provider(*m_hallDb, -1);
        QVERIFY(provider.settle(payment.order().orderId, true).ok());
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::Paid);
        // The session ends: the order is forgotten on the terminal.
        m_session.end(CitizenSession::EndReason::Finished);
        QVERIFY(payment.order().orderId.isEmpty());
    }

    void failedAndExpiredOrdersFreeThePeriods()
    {
        QVERIFY(
            m_session.begin(kSpouse, QStringLiteral("黄炳坤"), IdentityProof::ResidentIdCard).ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        auto record = fetch(fetcher);
        ContributionPayment payment(m_client.get(), m_session);
        payment.setPollInterval(50);
        QVERIFY(
            payment.prepare(record.value(), Insurance::ResidentPension, { QStringLiteral("2026") })
                .ok());
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::AwaitingPayment);
        PaymentDesk provider(*m_hallDb, -1);
        QVERIFY(provider.settle(payment.order().orderId, false).ok());
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::Failed);
        // A new order for the same period may be made now, under a new order id.
        const QString first = payment.order().orderId;
        QVERIFY(
            payment.prepare(record.value(), Insurance::ResidentPension, { QStringLiteral("2026") })
                .ok());
        QVERIFY(payment.order().orderId != first);
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::AwaitingPayment);
    }

    // 梁桂芳 pays her husband's resident pension: his dues come from the hall with a masked
    // name only; the order names him as the insured and her as the payer.
    void payingForAHouseholdMember()
    {
        QVERIFY(m_session.begin(kResident, QStringLiteral("梁桂芳"), IdentityProof::ResidentIdCard)
                    .ok());
        SocialSecurityFetcher fetcher(m_client.get(), m_session);
        auto record = fetch(fetcher);
        QVERIFY(record.ok());
        const auto choices
            = PayeeLookup::choices(record.value(), kResident, QStringLiteral("梁桂芳"));
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).idNumber, kSpouse);
        PayeeLookup lookup(m_client.get(), m_session);
        std::optional<Result<Payee>> found;
        lookup.lookUp(choices.at(1), [&](Result<Payee> r) { found = std::move(r); });
        QTRY_VERIFY(found.has_value());
        QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().message));
        QCOMPARE(found->value().maskedName, QStringLiteral("黄**"));
        QVERIFY(!found->value().dues.isEmpty());

        ContributionPayment payment(m_client.get(), m_session);
        payment.setPollInterval(50);
        QVERIFY(
            payment.prepare(found->value(), Insurance::ResidentPension, { QStringLiteral("2025") })
                .ok());
        payment.pay();
        QTRY_COMPARE(payment.order().state, PaymentOrder::State::AwaitingPayment);
        QSqlQuery q(m_hallDb->connection());
        q.prepare(QStringLiteral("SELECT request FROM payments WHERE order_id = ?"));
        q.addBindValue(payment.order().orderId);
        QVERIFY(q.exec() && q.next());
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(stored.value(u"insured")[u"idNumber"].toString(), kSpouse);
        QCOMPARE(stored.value(u"payer")[u"idNumber"].toString(), kResident);

        // Another person typed by number: someone the hall does not know.
        Payee stranger;
        stranger.kind = Payee::Kind::Other;
        stranger.idNumber
            = PayeeLookup::checkTypedIdNumber(QStringLiteral("440106199001011235")).value();
        found.reset();
        lookup.lookUp(stranger, [&](Result<Payee> r) { found = std::move(r); });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(found->error().code, QStringLiteral("payee.unknown"));
    }

    // A statement issued while the hall is down is queued, sent once the hall answers, and
    // then checked at the hall: genuine with its value, a mismatch when tampered with, and
    // unknown under a number never issued.
    void statementRegisteredLaterAndVerified()
    {
        QTemporaryDir terminalDir;
        auto db = Database::open(terminalDir.filePath(QStringLiteral("terminal.sqlite")));
        QVERIFY(db.ok());
        SocialSecurityStatement statement;
        statement.statementNumber = QStringLiteral("SS-20261123-5A7E0C11");
        statement.holderName = QStringLiteral("梁嘉欣");
        statement.idNumber = kGap;
        statement.fromMonth = QDate(2016, 1, 1);
        statement.toMonth = QDate(2026, 10, 1);
        statement.issuedAt = QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600);
        statement.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        statement.verificationValue = QString::fromLatin1(
            QCryptographicHash::hash(statement.canonicalText(), QCryptographicHash::Sha256)
                .toHex()
                .left(32)
                .toUpper());

        HallSettings down = m_client->settings();
        down.url = QUrl(QStringLiteral("https://localhost:1"));
        HallClient unreachable(down);
        {
            StatementRegistry offline(*db.value(), &unreachable);
            QSignalSpy flushed(&offline, &StatementRegistry::flushed);
            QVERIFY(offline.enqueue(statement).ok());
            QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, 10'000);
            QCOMPARE(flushed.at(0).at(0).toBool(), false);
            QCOMPARE(offline.pendingCount().value(), 1);
        }
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM statements")), 0);

        StatementRegistry online(*db.value(), m_client.get());
        QSignalSpy flushed(&online, &StatementRegistry::flushed);
        online.flush();
        QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, 10'000);
        QCOMPARE(flushed.at(0).at(0).toBool(), true);
        QCOMPARE(online.pendingCount().value(), 0);
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM statements")), 1);
        online.flush(); // nothing left: nothing sent twice
        QTRY_COMPARE(flushed.size(), 2);
        QCOMPARE(count(*m_hallDb, QStringLiteral("SELECT count(*) FROM statements")), 1);

        const auto check = [&](const QString &number, const QString &value) {
            std::optional<Result<StatementCheck>> out;
            online.verify(number, value, [&](Result<StatementCheck> r) { out = std::move(r); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
                return Result<StatementCheck>(
                    Error { QStringLiteral("test.timeout"), QStringLiteral("no answer") });
            return *out;
        };
        auto genuine = check(statement.statementNumber, statement.verificationValue);
        QVERIFY2(genuine.ok(), qPrintable(genuine ? QString() : genuine.error().message));
        QCOMPARE(genuine->verdict, StatementCheck::Verdict::Genuine);
        QCOMPARE(genuine->terminalId, QStringLiteral("GZ-TH-KIOSK-0001"));
        QCOMPARE(genuine->issuedAt.toSecsSinceEpoch(), statement.issuedAt.toSecsSinceEpoch());
        // One more month on the copy changes the value it would need.
        SocialSecurityStatement tampered = statement;
        tampered.toMonth = QDate(2026, 11, 1);
        const QString tamperedValue = QString::fromLatin1(
            QCryptographicHash::hash(tampered.canonicalText(), QCryptographicHash::Sha256)
                .toHex()
                .left(32)
                .toUpper());
        QCOMPARE(check(statement.statementNumber, tamperedValue)->verdict,
            StatementCheck::Verdict::Mismatch);
        QCOMPARE(
            check(QStringLiteral("SS-20261123-00000000"), statement.verificationValue)->verdict,
            StatementCheck::Verdict::Unknown);
    }

private:
    Result<SocialSecurityRecord> fetch(SocialSecurityFetcher &fetcher)
    {
        std::optional<Result<SocialSecurityRecord>> out;
        fetcher.fetch([&](Result<SocialSecurityRecord> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
            return Error { QStringLiteral("test.timeout"), QStringLiteral("no answer") };
        return *out;
    }
    Result<CertificationReceipt> certify(PensionCertifier &certifier)
    {
        std::optional<Result<CertificationReceipt>> out;
        certifier.certify([&](Result<CertificationReceipt> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
            return Error { QStringLiteral("test.timeout"), QStringLiteral("no answer") };
        return *out;
    }

    QTemporaryDir m_hallDir;
    std::unique_ptr<Database> m_hallDb;
    KeyRing m_issuers;
    const KeyRing m_publishers;
    FaultInjector m_noFaults { 0.0, 1 };
    std::unique_ptr<HallApi> m_api;
    std::unique_ptr<HallServer> m_server;
    std::unique_ptr<HallClient> m_client;
    CitizenSession m_session;
};

QTEST_GUILESS_MAIN(TestSocialSecurityInterop)
#include "tst_socialsecurityinterop.moc"
