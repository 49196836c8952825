#include "certificatetruststore.h"
#include "certificatewallet.h"
#include "certificatewalletmodel.h"
#include "citizensession.h"
#include "database.h"
#include "sessioncertificates.h"
#include "simulateddocumentprinter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

// The wallet page's model: rows grouped by type, details, verified copies, no hall, session end.
class TestCertificateWalletModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CertificateTrustStore> m_trust;
    std::unique_ptr<CitizenSession> m_session;
    std::unique_ptr<SessionCertificates> m_certificates;
    std::unique_ptr<CertificateWallet> m_wallet;
    std::unique_ptr<SimulatedDocumentPrinter> m_printer;
    std::unique_ptr<CertificateWalletModel> m_model;

    static CertificateVerification certificate(
        const QString &typeName, const QString &number, CertificateOutcome outcome)
    {
        CertificateVerification v;
        v.outcome = outcome;
        v.reason = QStringLiteral("reason");
        v.verifiedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        v.payloadSha256Hex = QByteArray(64, 'a');
        v.envelope.alg = QStringLiteral("SM2-SM3");
        v.envelope.kid = QStringLiteral("gd-mzj-2026");
        CertificatePayload p;
        p.certType = QStringLiteral("T");
        p.certTypeName = typeName;
        p.certNumber = number;
        p.issuerName = QStringLiteral("广州市天河区民政局");
        p.holderName = QStringLiteral("张三");
        p.holderIdNumber = QStringLiteral("440106199001011235");
        p.issuedOn = QDate(2019, 5, 20);
        p.validFrom = QDate(2019, 5, 20);
        p.fields = { { QStringLiteral("spouseName"), QStringLiteral("李四") } };
        v.payload = p;
        return v;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("wallet.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_trust = std::make_unique<CertificateTrustStore>(*m_db);
        m_session = std::make_unique<CitizenSession>();
        m_certificates = std::make_unique<SessionCertificates>(*m_session);
        m_wallet
            = std::make_unique<CertificateWallet>(nullptr, *m_trust, *m_session, *m_certificates);
        m_printer = std::make_unique<SimulatedDocumentPrinter>();
        m_model = std::make_unique<CertificateWalletModel>(
            *m_wallet, *m_certificates, *m_session, *m_printer, QStringLiteral("GZ-TH-KIOSK-0007"));
        QVERIFY(m_session
                    ->begin(QStringLiteral("440106199001011235"), QStringLiteral("张三"),
                        IdentityProof::ResidentIdCard)
                    .ok());
    }

    void cleanup()
    {
        m_model.reset();
        m_wallet.reset();
        m_certificates.reset();
        m_session.reset();
        m_trust.reset();
        m_db.reset();
    }

    void rowsAreGroupedByType()
    {
        QAbstractItemModelTester tester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_certificates->store(
            { certificate(QStringLiteral("结婚证"), QStringLiteral("J440106-2019-0002"),
                  CertificateOutcome::Genuine),
                certificate(QStringLiteral("不动产权证书"), QStringLiteral("R-1"),
                    CertificateOutcome::Revoked),
                certificate(QStringLiteral("结婚证"), QStringLiteral("J440106-2019-0001"),
                    CertificateOutcome::Expired) });
        QCOMPARE(m_model->rowCount(), 3);
        const auto text = [this](int row, int role) {
            return m_model->data(m_model->index(row), role).toString();
        };
        // Sorted by type name, then number: the two marriage certificates sit together.
        QVERIFY(text(0, CertificateWalletModel::TypeNameRole)
                != text(1, CertificateWalletModel::TypeNameRole)
            || text(1, CertificateWalletModel::TypeNameRole)
                != text(2, CertificateWalletModel::TypeNameRole));
        int first = -1;
        for (int row = 0; row < 3; ++row)
            if (text(row, CertificateWalletModel::CertNumberRole)
                == CitizenSession::maskIdNumber(QStringLiteral("J440106-2019-0001")))
                first = row;
        QVERIFY(first >= 0 && first < 2);
        QCOMPARE(text(first + 1, CertificateWalletModel::CertNumberRole),
            CitizenSession::maskIdNumber(QStringLiteral("J440106-2019-0002")));
        QCOMPARE(text(first, CertificateWalletModel::OutcomeRole), QStringLiteral("expired"));
        const auto firstOfType = [this](int row) {
            return m_model->data(m_model->index(row), CertificateWalletModel::FirstOfTypeRole)
                .toBool();
        };
        QVERIFY(firstOfType(0));
        QVERIFY(firstOfType(first));
        QVERIFY(!firstOfType(first + 1));
        QVERIFY(!text(first, CertificateWalletModel::OutcomeTextRole).isEmpty());
        QCOMPARE(
            m_model->roleNames().value(CertificateWalletModel::OutcomeRole), QByteArray("outcome"));
        QCOMPARE(m_model->holder(), CitizenSession::maskName(QStringLiteral("张三")));
    }

    void detailAndVerifiedCopy()
    {
        m_certificates->store({ certificate(
            QStringLiteral("结婚证"), QStringLiteral("J-1"), CertificateOutcome::Genuine) });
        const QVariantMap detail = m_model->detail(0);
        QCOMPARE(detail.value(QStringLiteral("outcome")).toString(), QStringLiteral("genuine"));
        QVERIFY(detail.value(QStringLiteral("canPrint")).toBool());
        const QVariantList rows = detail.value(QStringLiteral("rows")).toList();
        QVERIFY(rows.size() >= 7);
        QVERIFY(m_model->detail(5).isEmpty());
        QVERIFY(m_model->printCopy(0));
        QCOMPARE(m_printer->printed().size(), 1);
        QVERIFY(!m_model->printMessage().isEmpty());
        m_printer->setState(SimulatedDocumentPrinter::State::OutOfPaper);
        QVERIFY(!m_model->printCopy(0));
        QCOMPARE(m_printer->printed().size(), 1);
        QVERIFY(!m_model->printMessage().isEmpty());
    }

    // Found in acceptance (43): an ID card's certificate number (证照编号), which is the ID
    // number, was shown in full on the detail page.
    void numbersAreMaskedLikeTheIdNumber()
    {
        const QString id = QStringLiteral("440106199001011235");
        CertificateVerification idCard
            = certificate(QStringLiteral("居民身份证"), id, CertificateOutcome::Genuine);
        // A spouse's number among the fields is someone's ID number too.
        idCard.payload->fields.append({ QStringLiteral("spouseIdNumber"), id });
        // The social security number (社会保障号码) is the holder's ID number.
        idCard.payload->fields.append({ QStringLiteral("socialSecurityNumber"), id });
        m_certificates->store({ idCard });
        QCOMPARE(
            m_model->data(m_model->index(0), CertificateWalletModel::CertNumberRole).toString(),
            QStringLiteral("4401**********1235"));
        const QVariantMap detail = m_model->detail(0);
        bool numberRow = false;
        for (const QVariant &row : detail.value(QStringLiteral("rows")).toList()) {
            const QString value = row.toMap().value(QStringLiteral("value")).toString();
            QVERIFY2(!value.contains(id), qPrintable(value));
            numberRow = numberRow || value == QStringLiteral("4401**********1235");
        }
        QVERIFY(numberRow);
    }

    // Found in acceptance (41, 42): the open wallet did not react to a card put on the reader.
    void anOpenWalletLoadsOnceTheRecordsMayBeShown()
    {
        m_session->end(CitizenSession::EndReason::Finished);
        m_model->setShown(true);
        QVERIFY(!m_model->loading()); // nobody there: nothing is looked up
        QVERIFY(m_session
                    ->begin(QStringLiteral("440106199001011235"), QStringLiteral("张三"),
                        IdentityProof::TypedNumber)
                    .ok());
        QVERIFY(!m_model->loading()); // a typed number opens no records
        QVERIFY(!m_model->needsHall());
        QVERIFY(m_session
                    ->begin(QStringLiteral("440106199001011235"), QStringLiteral("张三"),
                        IdentityProof::ResidentIdCard)
                    .ok());
        // Their card on the reader: the lookup starts at once (and, with no hall here, says so).
        QTRY_VERIFY(m_model->needsHall());
        m_model->setShown(false);
    }

    void lookupWithoutAHallSaysSo()
    {
        QSignalSpy changed(m_model.get(), &CertificateWalletModel::stateChanged);
        m_model->refresh();
        QTRY_VERIFY(!m_model->loading());
        QVERIFY(m_model->needsHall());
        QVERIFY(!m_model->problem().isEmpty());
        QVERIFY(!m_model->trustAge().isEmpty());
    }

    void sessionEndEmptiesTheWallet()
    {
        m_certificates->store({ certificate(
            QStringLiteral("结婚证"), QStringLiteral("J-1"), CertificateOutcome::Genuine) });
        QCOMPARE(m_model->rowCount(), 1);
        m_session->end(CitizenSession::EndReason::CardRemoved);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->holder().isEmpty());
    }

    void ageInWords()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        QVERIFY(!CertificateWalletModel::ageText(now.addSecs(-20), now).isEmpty());
        QVERIFY(
            CertificateWalletModel::ageText(now.addSecs(-5 * 60), now).contains(QLatin1Char('5')));
        QVERIFY(CertificateWalletModel::ageText(now.addSecs(-3 * 3600), now)
                    .contains(QLatin1Char('3')));
        QVERIFY(CertificateWalletModel::ageText(now.addDays(-4), now).contains(QLatin1Char('4')));
    }
};

QTEST_MAIN(TestCertificateWalletModel)
#include "tst_certificatewalletmodel.moc"
