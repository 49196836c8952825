// The e-certificate wallet in the real window, against the reference hall over mutual TLS: a demo
// citizen's certificates verified on the terminal, the detail page, a verified copy, offline.
#include "citizensession.h"
#include "database.h"
#include "datadirectory.h"
#include "datakeys.h"
#include "hallsettings.h"
#include "sessioncertificates.h"
#include "simulatedcamera.h"
#include "terminalsettings.h"
#include "terminalshell.h"
#include "uitestsupport.h"

#include <functional>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

// 周慧敏: an expired resident ID card, a household register, a social security card and a
// real estate certificate (hall/demo-citizens.json).
const QString kCitizenId = QStringLiteral("442000198803031848");
const QString kCitizenName = QStringLiteral("周慧敏");

} // namespace

class TestCertificateWallet : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QProcess m_hall;
    QString m_url;

    QString pki(const QString &name) const
    {
        return m_work.filePath(QStringLiteral("pki/") + name);
    }

    std::unique_ptr<TerminalShell> startShell(const QString &dataDir)
    {
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Kiosk;
        options.dataDir = dataDir;
        options.windowed = true;
        options.windowSize = QSize(1080, 1920);
        return uitest::startShell(options);
    }

    // Enrolled the way onewindowctl terminal enroll leaves a terminal: settings in the database.
    void enrol(const QString &dataDir, const QString &url)
    {
        auto dir = DataDirectory::prepare(dataDir);
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        auto keys = DataKeys::open(*db.value(), dir->dataKeyPath());
        QVERIFY(keys.ok());
        TerminalSettings settings(*db.value());
        HallSettings hall;
        hall.url = QUrl(url);
        hall.caFile = pki(QStringLiteral("ca.pem"));
        hall.certFile = pki(QStringLiteral("terminal-GZ-TH-KIOSK-0001.pem"));
        hall.keyFile = pki(QStringLiteral("terminal-GZ-TH-KIOSK-0001.key"));
        hall.terminalId = QStringLiteral("GZ-TH-KIOSK-0001");
        QVERIFY(hall.save(settings).ok());
    }

    void openWallet(TerminalShell &shell, const QString &idNumber = kCitizenId,
        const QString &name = kCitizenName)
    {
        QVERIFY(shell.citizenSession()->begin(idNumber, name, IdentityProof::ResidentIdCard).ok());
        QQuickWindow *window = shell.window();
        QQuickItem *tile = findVisibleItem(window, "tile_certificates");
        QVERIFY(tile);
        click(window, tile);
        QTRY_VERIFY(findVisibleItem(window, "certificateWalletPage"));
        QQuickItem *stack = findVisibleItem(window, "pageStack");
        QTRY_VERIFY(!stack->property("busy").toBool());
    }

    // Every text the window shows now (visible items only), one per line.
    static QString shownText(QQuickWindow *window)
    {
        QString out;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            const QVariant text = item->property("text");
            if (text.typeId() == QMetaType::QString)
                out += text.toString() + QLatin1Char('\n');
            const auto children = item->childItems();
            for (QQuickItem *child : children)
                walk(child);
        };
        walk(window->contentItem());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QProcess make;
        make.start(QStringLiteral("bash"),
            { QStringLiteral(ONEWINDOW_PKI_SCRIPT), m_work.filePath(QStringLiteral("pki")) });
        QVERIFY(make.waitForFinished(120000));
        QCOMPARE(make.exitCode(), 0);
        m_hall.start(QStringLiteral(ONEWINDOW_HALL),
            { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--cert"), pki(QStringLiteral("hall.pem")),
                QStringLiteral("--key"), pki(QStringLiteral("hall.key")), QStringLiteral("--ca"),
                pki(QStringLiteral("ca.pem")), QStringLiteral("--data-dir"),
                m_work.filePath(QStringLiteral("hall")), QStringLiteral("--seed-demo") });
        QVERIFY(m_hall.waitForStarted());
        static const QRegularExpression listening(
            QStringLiteral("^listening on (https://127\\.0\\.0\\.1:\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            listening.match(QString::fromLatin1(m_hall.peek(200))).hasMatch(), 60000);
        m_url = listening.match(QString::fromLatin1(m_hall.readLine())).captured(1);
        QVERIFY(!m_url.isEmpty());
    }

    void cleanupTestCase()
    {
        m_hall.terminate();
        m_hall.waitForFinished(10000);
    }

    void walletShowsVerifiedCertificatesByType()
    {
        const QString data = m_work.filePath(QStringLiteral("terminal-online"));
        enrol(data, m_url);
        auto shell = startShell(data);
        openWallet(*shell);
        QQuickWindow *window = shell->window();
        QQuickItem *list = findVisibleItem(window, "walletList");
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 4, 30000);
        // Verified here with the trust list the hall just sent: the lapsed ID card is expired,
        // everything else genuine; none is "not genuine".
        const auto &certificates = shell->sessionCertificates()->certificates();
        int genuine = 0;
        int expired = 0;
        for (const auto &c : certificates) {
            QVERIFY2(c.outcome != CertificateOutcome::NotGenuine, qPrintable(c.reason));
            genuine += c.outcome == CertificateOutcome::Genuine;
            expired += c.outcome == CertificateOutcome::Expired;
        }
        QVERIFY(genuine >= 3);
        QCOMPARE(expired, 1);
        QVERIFY(
            shell->sessionCertificates()->prefill(QStringLiteral("SOCIAL_SECURITY_CARD.number")));
        QVERIFY(findVisibleItem(window, "walletTrustAge")
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("版本")));
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_1080x1920")));

        // The detail page and a verified copy (no printer here: saved for staff).
        QQuickItem *badge = findVisibleItem(window, "statusBadge");
        QVERIFY(badge);
        click(window, badge);
        QTRY_VERIFY(findVisibleItem(window, "certificateDetailPage"));
        QTRY_VERIFY(!findVisibleItem(window, "pageStack")->property("busy").toBool());
        QVERIFY(saveFrame(window, QStringLiteral("certificate_detail_1080x1920")));
        QQuickItem *print = findVisibleItem(window, "printCopyButton");
        QVERIFY(print);
        click(window, print);
        QTRY_VERIFY(findVisibleItem(window, "printMessage"));
        QVERIFY(!QDir(data + QStringLiteral("/documents"))
                     .entryList({ QStringLiteral("*.pdf.sealed") })
                     .isEmpty());

        // The citizen leaves: nothing of theirs stays.
        shell->citizenSession()->end(CitizenSession::EndReason::Finished);
        QVERIFY(shell->sessionCertificates()->certificates().isEmpty());
        QTRY_COMPARE(list->property("count").toInt(), 0);
    }

    // 郑美玲's real estate certificate is on the hall's revocation list (/trust).
    void revokedCertificateFromTheHallsList()
    {
        const QString data = m_work.filePath(QStringLiteral("terminal-revoked"));
        enrol(data, m_url);
        auto shell = startShell(data);
        openWallet(*shell, QStringLiteral("440605197502271563"), QStringLiteral("郑美玲"));
        QQuickItem *list = findVisibleItem(shell->window(), "walletList");
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 3, 30000);
        int revoked = 0;
        for (const auto &c : shell->sessionCertificates()->certificates())
            revoked += c.outcome == CertificateOutcome::Revoked;
        QCOMPARE(revoked, 1);
        QVERIFY(saveFrame(shell->window(), QStringLiteral("certificate_wallet_revoked_1080x1920")));
    }

    // Found in acceptance: a typed ID number with a made-up name (王五) opened a stranger's
    // certificates with her real name, address and date of birth. A typed number now opens
    // nothing until the hall confirms the name and the face in front of the camera.
    void aTypedNumberOpensNoCertificatesUntilTheHallConfirmsTheFace()
    {
        const QString data = m_work.filePath(QStringLiteral("terminal-typed"));
        enrol(data, m_url);
        auto shell = startShell(data);
        QQuickWindow *window = shell->window();
        auto typed = [&](const QString &name) {
            // The previous visit's pages are gone first (the session's end sends them home).
            QTRY_VERIFY(findVisibleItem(window, "tile_certificates"));
            QTRY_VERIFY(!findVisibleItem(window, "pageStack")->property("busy").toBool());
            QVERIFY(
                shell->citizenSession()->begin(kCitizenId, name, IdentityProof::TypedNumber).ok());
            click(window, findVisibleItem(window, "tile_certificates"));
            QTRY_VERIFY(findVisibleItem(window, "certificateWalletPage"));
            QTRY_VERIFY(!findVisibleItem(window, "pageStack")->property("busy").toBool());
            QTRY_VERIFY(findVisibleItem(window, "faceCheckButton"));
        };

        // Somebody else's number, a made-up name: nothing is fetched, nothing is shown.
        typed(QStringLiteral("王五"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(findVisibleItem(window, "identityCheckPanel"));
        QVERIFY(!findVisibleItem(window, "walletHolder"));
        QCOMPARE(findItem(window, "walletList")->property("count").toInt(), 0);
        QVERIFY(shell->sessionCertificates()->certificates().isEmpty());
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_typed_1080x1920")));
        // Even their own face does not help with a wrong name (the hall says only "no match").
        shell->simulatedCamera()->setFaceOf(kCitizenId);
        click(window, findVisibleItem(window, "faceCheckButton"));
        QTRY_VERIFY_WITH_TIMEOUT(findVisibleItem(window, "identityCheckProblem"), 30000);
        QVERIFY(!shell->citizenSession()->recordsOpen());
        QVERIFY(shell->sessionCertificates()->certificates().isEmpty());
        shell->citizenSession()->end(CitizenSession::EndReason::Finished);

        // The right name, but a stranger's face in front of the camera.
        typed(kCitizenName);
        QVERIFY(!QTest::currentTestFailed());
        shell->simulatedCamera()->setFaceOf(QStringLiteral("440605197502271563"));
        click(window, findVisibleItem(window, "faceCheckButton"));
        QTRY_VERIFY_WITH_TIMEOUT(findVisibleItem(window, "identityCheckProblem"), 30000);
        QVERIFY(!shell->citizenSession()->recordsOpen());
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_face_mismatch_1080x1920")));

        // The citizen herself: the records open, for this session only.
        shell->simulatedCamera()->setFaceOf(kCitizenId);
        click(window, findVisibleItem(window, "faceCheckButton"));
        QQuickItem *list = findItem(window, "walletList");
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 4, 30000);
        QVERIFY(!findVisibleItem(window, "identityCheckPanel"));
        shell->citizenSession()->end(CitizenSession::EndReason::Finished);
        QVERIFY(!shell->citizenSession()->recordsOpen());
    }

    // Found in acceptance: the wallet opened with nobody identified (40), did not react to a
    // card put on the reader (41, 42), and showed an ID card's number in full as 证照编号 (43).
    void theWalletAsksForTheCardAndFollowsIt()
    {
        const QString data = m_work.filePath(QStringLiteral("terminal-card"));
        enrol(data, m_url);
        auto shell = startShell(data);
        QQuickWindow *window = shell->window();
        QQuickItem *stack = findVisibleItem(window, "pageStack");
        click(window, findVisibleItem(window, "tile_certificates"));
        QTRY_VERIFY(findVisibleItem(window, "identifyPage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(!findItem(window, "certificateWalletPage"));
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_asks_identify_1080x1920")));

        // The card on the reader: on to the wallet, loaded.
        QVERIFY(shell->citizenSession()
                    ->begin(kCitizenId, kCitizenName, IdentityProof::ResidentIdCard)
                    .ok());
        QTRY_VERIFY(findVisibleItem(window, "certificateWalletPage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QQuickItem *list = findVisibleItem(window, "walletList");
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 4, 30000);
        QVERIFY2(!shownText(window).contains(kCitizenId), qPrintable(shownText(window)));

        // Every certificate's details: the numbers masked like the ID number.
        click(window, findVisibleItem(window, "statusBadge"));
        QTRY_VERIFY(findVisibleItem(window, "certificateDetailPage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QQuickItem *detail = findVisibleItem(window, "certificateDetailPage");
        bool sawMaskedNumber = false;
        for (int row = 0; row < list->property("count").toInt(); ++row) {
            detail->setProperty("row", row);
            const QString shown = shownText(window);
            QVERIFY2(!shown.contains(kCitizenId), qPrintable(shown));
            sawMaskedNumber
                = sawMaskedNumber || shown.contains(QStringLiteral("4420**********1848"));
            if (shown.contains(QStringLiteral("居民身份证")))
                QVERIFY(saveFrame(window, QStringLiteral("certificate_detail_id_card_1080x1920")));
        }
        QVERIFY(sawMaskedNumber);

        // The card taken out: the wallet goes with the session.
        shell->citizenSession()->end(CitizenSession::EndReason::CardRemoved);
        QTRY_VERIFY(findVisibleItem(window, "kioskHomePage"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(!findItem(window, "certificateWalletPage"));

        // A typed number shows the wallet asking for the card; her card put on the reader then
        // loads it where it is.
        QVERIFY(shell->citizenSession()
                    ->begin(kCitizenId, kCitizenName, IdentityProof::TypedNumber)
                    .ok());
        click(window, findVisibleItem(window, "tile_certificates"));
        QTRY_VERIFY(findVisibleItem(window, "identityCheckPanel"));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QCOMPARE(findItem(window, "walletList")->property("count").toInt(), 0);
        QVERIFY(shell->citizenSession()
                    ->begin(kCitizenId, kCitizenName, IdentityProof::ResidentIdCard)
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            findItem(window, "walletList")->property("count").toInt() >= 4, 30000);
        QVERIFY(findVisibleItem(window, "certificateWalletPage"));
        QVERIFY(!findVisibleItem(window, "identityCheckPanel"));
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_card_put_1080x1920")));
    }

    void offlineLookupSaysItNeedsTheHall()
    {
        const QString data = m_work.filePath(QStringLiteral("terminal-offline"));
        enrol(data, QStringLiteral("https://127.0.0.1:9")); // nothing listens there
        auto shell = startShell(data);
        openWallet(*shell);
        QQuickWindow *window = shell->window();
        QTRY_VERIFY_WITH_TIMEOUT(findVisibleItem(window, "walletProblem"), 30000);
        QVERIFY(saveFrame(window, QStringLiteral("certificate_wallet_offline_1080x1920")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    TestCertificateWallet test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_certificatewallet.moc"
