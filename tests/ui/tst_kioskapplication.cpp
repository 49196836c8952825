// The citizen's whole application in the real window under Xvfb: identify with the (simulated)
// ID card, pick a bundle, the one form with pre-fill, materials and consent, submit, receipt,
// rating, finish; then track the case by its number; and an idle session that wipes itself.
#include "applicationdesk.h"
#include "casestatus.h"
#include "casestore.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "citizendesk.h"
#include "database.h"
#include "datadirectory.h"
#include "fixtures/documenttools.h"
#include "pinyintranscriber.h"
#include "receiptdocument.h"
#include "syncstore.h"
#include "terminalshell.h"
#include "uitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace onewindow::testing;

namespace {

// 陈志强, a demo citizen of the reference hall (hall/demo-citizens.json).
const QString kIdNumber = QStringLiteral("440106198503121018");
const QString kName = QStringLiteral("陈志强");

QByteArray idCard()
{
    const QJsonObject card { { QStringLiteral("type"), QStringLiteral("resident_id") },
        { QStringLiteral("name"), kName }, { QStringLiteral("sex"), QStringLiteral("男") },
        { QStringLiteral("ethnicity"), QStringLiteral("汉") },
        { QStringLiteral("birthDate"), QStringLiteral("1985-03-12") },
        { QStringLiteral("address"), QStringLiteral("广东省广州市天河区体育西路1号") },
        { QStringLiteral("idNumber"), kIdNumber },
        { QStringLiteral("issuingAuthority"), QStringLiteral("广州市公安局天河分局") },
        { QStringLiteral("validFrom"), QStringLiteral("2016-01-01") },
        { QStringLiteral("validUntil"), QStringLiteral("2036-01-01") } };
    return QJsonDocument(card).toJson(QJsonDocument::Compact);
}

QString textOf(QQuickWindow *window, const char *name)
{
    QQuickItem *item = findItem(window, name);
    return item ? item->property("text").toString() : QString();
}

// Everything drawn as text anywhere in the window, to look for personal data.
QString allText(QQuickItem *item)
{
    QString out = item->property("text").toString() + QLatin1Char('|');
    for (QQuickItem *child : item->childItems())
        out += allText(child);
    return out;
}

// Written aside and renamed, as the demo's scanner script does.
bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return false;
    f.close();
    return QFile::rename(path + QStringLiteral(".part"), path);
}

} // namespace

class TestKioskApplication : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_cardFile;
    QString m_scanFile;

    std::unique_ptr<TerminalShell> startKiosk()
    {
        LaunchOptions options;
        options.mode = TerminalInfo::Mode::Kiosk;
        options.dataDir = m_data.path();
        options.windowed = true;
        options.windowSize = QSize(1080, 1920);
        options.idCardReader = QStringLiteral("file:") + m_cardFile;
        options.qrScanner = QStringLiteral("file:") + m_scanFile;
        return uitest::startShell(options);
    }

    void waitForStack(QQuickWindow *window)
    {
        QQuickItem *stack = findItem(window, "pageStack");
        QTRY_VERIFY(!stack->property("busy").toBool());
    }

private slots:
    void init() { QFile::remove(m_cardFile); }

    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_cardFile = m_data.filePath(QStringLiteral("idcard.json"));
        m_scanFile = m_data.filePath(QStringLiteral("scan.txt"));
        using namespace onewindow;
        auto dir = DataDirectory::prepare(m_data.path());
        QVERIFY(dir.ok());
        auto db = Database::open(dir->databasePath());
        QVERIFY(db.ok());
        PinyinTranscriber pinyin;
        CatalogStore store(*db.value(), pinyin);
        QVERIFY(catalogtest::applyDemoCatalog(*db.value(), store).ok());
    }

    void identifyApplyForABundleSubmitAndTrack()
    {
        auto shell = startKiosk();
        QQuickWindow *window = shell->window();

        click(window, findItem(window, "tile_apply"));
        QTRY_VERIFY(findItem(window, "serviceFinderPage"));
        waitForStack(window);
        // 社保卡挂失 by its pinyin initials: offered with 社会保障卡补换 (一件事).
        findItem(window, "finderSearch")->forceActiveFocus();
        for (char c : { 's', 'b', 'k', 'g', 's' })
            QTest::keyClick(window, c);
        QQuickItem *results = findItem(window, "finderResults");
        QTRY_VERIFY(results->property("count").toInt() > 0);
        QQuickItem *first = nullptr;
        QTRY_VERIFY((
            first = results->property("contentItem").value<QQuickItem *>()->childItems().value(0)));
        click(window, first);
        QTRY_VERIFY(findItem(window, "applyButton"));
        waitForStack(window);
        click(window, findItem(window, "applyButton"));

        // Not identified yet: the identification page, checking the number as it is typed.
        QTRY_VERIFY(findItem(window, "identifyPage"));
        waitForStack(window);
        findItem(window, "idNumberFieldInput")->forceActiveFocus();
        for (char c : { '4', '4', '0', '1', 'A' })
            QTest::keyClick(window, c);
        QTRY_VERIFY(!textOf(window, "idNumberHint").isEmpty());
        QCOMPARE(
            findItem(window, "idNumberFieldInput")->property("echoMode").toInt(), 2); // Password
        const int hints
            = findItem(window, "idNumberFieldInput")->property("inputMethodHints").toInt();
        QVERIFY(hints & Qt::ImhSensitiveData);
        QVERIFY(hints & Qt::ImhNoPredictiveText);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_1_identify_1080x1920")));

        // The ID card on the reader starts the session and goes on to the application.
        QFile card(m_cardFile);
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write(idCard());
        card.close();
        QTRY_VERIFY_WITH_TIMEOUT(findItem(window, "applicationStartPage"), 10000);
        waitForStack(window);
        QCOMPARE(textOf(window, "citizenBannerText"),
            QStringLiteral("您已登录：陈** (4401**********1018)"));

        // 一件事: add the item usually applied for together.
        QTRY_VERIFY(findItem(window, "offer_0"));
        click(window, findItem(window, "offer_0_action"));
        QTRY_COMPARE(shell->applicationDesk()->chosen().size(), 2);
        // No hall here (105): no e-certificates offered to agree to, one note saying why and
        // that the application goes later.
        QVERIFY(shell->applicationDesk()->hallAway());
        QVERIFY(findVisibleItem(window, "offlineNote"));
        QCOMPARE(textOf(window, "offlineNoteText"), ApplicationDesk::offlineText());
        QVERIFY(!findItem(window, "useCertificatesBox")->isVisible());
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_2_bundle_1080x1920")));

        click(window, findItem(window, "toFormButton"));
        QTRY_VERIFY(findItem(window, "applicationFormPage"));
        waitForStack(window);
        ApplicationForm *form = shell->applicationDesk()->form();
        QVERIFY(form->prefilledCount() >= 2);
        QVERIFY(findItem(window, "prefilledNote")->isVisible());
        // The form says the same (98): the ID card filled in what it could, nothing claims
        // certificates, and the application is sent when the hall is back.
        QVERIFY(findVisibleItem(window, "offlineNote"));
        QCOMPARE(textOf(window, "offlineNoteText"), ApplicationDesk::offlineText());
        QVERIFY(!findItem(window, "certificateNote")->isVisible());
        QCOMPARE(textOf(window, "prefilledNote"), form->prefilledNote());
        QVERIFY2(form->prefilledNote().contains(QStringLiteral("身份证")),
            qPrintable(form->prefilledNote()));
        // The phone typed on the keyboard; the rest answered through the form's model; the
        // pledge (承诺) left for later.
        QStringList pledges;
        for (int row = 0; row < form->rowCount(); ++row) {
            const QModelIndex i = form->index(row);
            if (form->data(i, ApplicationForm::LockedRole).toBool())
                continue;
            const QString key = form->data(i, ApplicationForm::KeyRole).toString();
            const QString type = form->data(i, ApplicationForm::TypeRole).toString();
            const QStringList options = form->data(i, ApplicationForm::OptionsRole).toStringList();
            if (type == u"phone") {
                QQuickItem *input = findItem(
                    window->contentItem(), QStringLiteral("field_%1_sensitiveInput").arg(key));
                QVERIFY(input);
                input->forceActiveFocus();
                for (char c : QByteArray("13812345678"))
                    QTest::keyClick(window, c);
                continue;
            }
            if (type == u"bool" && form->data(i, ApplicationForm::RequiredRole).toBool()) {
                pledges << key;
                continue;
            }
            form->setAnswer(row,
                type == u"date"              ? QStringLiteral("2026-03-15")
                    : type == u"number"      ? QStringLiteral("2")
                    : type == u"bool"        ? QStringLiteral("true")
                    : type == u"choice"      ? options.value(0)
                    : type == u"resident_id" ? kIdNumber
                    : type == u"email"       ? QStringLiteral("chen@example.cn")
                                       : QStringLiteral("广州市天河区体育西路1号"));
        }
        // Found in acceptance (23): the required pledge was skipped with 下一步. The form stays,
        // and says what is missing, until the citizen gives it.
        QVERIFY(!pledges.isEmpty());
        click(window, findItem(window, "toMaterialsButton"));
        for (const QString &key : std::as_const(pledges)) {
            QQuickItem *problem
                = findItem(window->contentItem(), QStringLiteral("field_%1_problem").arg(key));
            QTRY_VERIFY(problem && problem->isVisible());
        }
        QVERIFY(!findItem(window, "materialsPage"));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_3_pledge_missing_1080x1920")));
        for (const QString &key : std::as_const(pledges)) {
            QQuickItem *yes
                = findItem(window->contentItem(), QStringLiteral("field_%1_option_true").arg(key));
            QVERIFY(yes);
            click(window, yes);
        }
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_3_form_1080x1920")));
        click(window, findItem(window, "toMaterialsButton"));
        QTRY_VERIFY(findItem(window, "materialsPage"));
        waitForStack(window);
        QVERIFY(!textOf(window, "paperCount").isEmpty());
        QQuickItem *consent = findItem(window, "consentBox");
        if (consent->isVisible()) {
            QVERIFY(!findItem(window, "submitButton")->isEnabled());
            click(window, consent);
            QTRY_VERIFY(findItem(window, "submitButton")->isEnabled());
        }
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_4_materials_1080x1920")));
        QVERIFY(findItem(window, "submitButton")->isEnabled());
        click(window, findItem(window, "submitButton"));
        QTRY_VERIFY2(!shell->applicationDesk()->receiptNumber().isEmpty(),
            qPrintable(shell->applicationDesk()->problem()));
        QTRY_VERIFY2_WITH_TIMEOUT(findItem(window, "submittedPage"),
            qPrintable(shell->applicationDesk()->problem()), 10000);
        waitForStack(window);
        const QString receipt = textOf(window, "receiptNumber");
        QVERIFY(receipt.startsWith(QStringLiteral("GDLOCAL0001-")));
        // No printer here: the receipt is saved as a PDF for the window; it must read back.
        click(window, findItem(window, "printButton"));
        QTRY_VERIFY(!textOf(window, "printMessage").isEmpty());
        const QStringList saved = QDir(m_data.filePath(QStringLiteral("receipts")))
                                      .entryList({ QStringLiteral("*.pdf") }, QDir::Files);
        QCOMPARE(saved.size(), 1);
        const QString kept = screenshotPath(QStringLiteral("kiosk_app_receipt"))
                                 .replace(QStringLiteral(".png"), QStringLiteral(".pdf"));
        QFile::remove(kept);
        QVERIFY(QFile::copy(m_data.filePath(QStringLiteral("receipts/") + saved.first()), kept));
        if (haveTools({ QStringLiteral("pdftotext"), QStringLiteral("zbarimg") })) {
            int exit = 0;
            const QString text = pdfText(kept, &exit);
            QVERIFY2(text.contains(receipt), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("社会保障卡挂失")));
            QVERIFY(!text.contains(kName));
            QTemporaryDir work;
            const QByteArray codes = pdfQrCodes(kept, QDir(work.path()), &exit);
            QVERIFY2(codes.startsWith("OW1|" + receipt.toLatin1() + '|'), codes.constData());
        }
        click(window, findItem(window, "rate_5"));
        QTRY_VERIFY(shell->applicationDesk()->rated());
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_5_submitted_1080x1920")));

        // Finish: home again, and nothing of the citizen anywhere on screen.
        click(window, findItem(window, "doneButton"));
        QTRY_VERIFY(findItem(window, "kioskHomePage"));
        waitForStack(window);
        QVERIFY(!shell->citizenDesk()->active());
        // The footer counts it among the applications waiting for the hall (110).
        QTRY_VERIFY(findVisibleItem(window, "hallWaiting"));
        QVERIFY2(textOf(window, "hallWaiting").contains(QLatin1Char('1')),
            qPrintable(textOf(window, "hallWaiting")));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_5a_home_waiting_1080x1920")));
        const QString shown = allText(window->contentItem());
        QVERIFY(!shown.contains(kName));
        QVERIFY(!shown.contains(kIdNumber));
        QVERIFY(!shown.contains(receipt));

        // Anyone with the number can follow the case, and sees only the masked name.
        click(window, findItem(window, "tile_track"));
        QTRY_VERIFY(findItem(window, "trackPage"));
        waitForStack(window);
        findItem(window, "receiptField")->forceActiveFocus();
        for (QChar c : receipt)
            QTest::keyClick(window, char(c.toLatin1()));
        click(window, findItem(window, "trackButton"));
        QTRY_VERIFY(findItem(window, "trackSummary")->isVisible());
        QVERIFY(textOf(window, "trackSummary").contains(QStringLiteral("陈**")));
        QCOMPARE(findItem(window, "trackedCases")->property("count").toInt(), 2);
        QVERIFY(!allText(window->contentItem()).contains(kName));
        // Taken here while the hall was away (111): received here, not yet sent.
        QVERIFY2(textOf(window, "trackedStatus")
                     .contains(onewindow::CaseStatuses::trackingName(
                         onewindow::CaseStatus::Submitted, false)),
            qPrintable(textOf(window, "trackedStatus")));
        QVERIFY(findVisibleItem(window, "trackedStatusNote"));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_6_tracking_1080x1920")));
        click(window, findItem(window, "backButton"));
        QTRY_VERIFY(findItem(window, "kioskHomePage"));
        waitForStack(window);

        // The back office decides: the decisions arrive through the hall's feed.
        const auto tracked = shell->caseStore()->track(receipt);
        QVERIFY(tracked.ok() && tracked.value());
        const auto &cases = tracked.value()->cases;
        auto feedEvent = [](const QString &id, const QString &caseId, const QString &type,
                             const QJsonObject &body) {
            return QJsonObject { { QStringLiteral("eventId"), id },
                { QStringLiteral("caseId"), caseId }, { QStringLiteral("seq"), 1 },
                { QStringLiteral("type"), type },
                { QStringLiteral("at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                { QStringLiteral("actor"), QStringLiteral("staff:zhck01") },
                { QStringLiteral("body"), body } };
        };
        QVERIFY(shell->syncStore()
                    ->applyFeed({ feedEvent(QStringLiteral("d1"), cases.at(0).filed.caseId,
                                      QStringLiteral("accepted"), {}),
                                    feedEvent(QStringLiteral("d2"), cases.at(0).filed.caseId,
                                        QStringLiteral("routed"),
                                        { { QStringLiteral("departments"),
                                            QJsonArray { cases.at(0).filed.department } } }),
                                    feedEvent(QStringLiteral("d3"), cases.at(1).filed.caseId,
                                        QStringLiteral("correction_requested"),
                                        { { QStringLiteral("missing"),
                                            QJsonArray { QStringLiteral("近期免冠照片") } } }) },
                        3)
                    .ok());
        shell->applyHallEvents();

        // A made-up code opens nothing; the receipt's own QR code opens its progress.
        QVERIFY(writeText(m_scanFile, "OW1|" + receipt.toLatin1() + "|0000"));
        QTRY_VERIFY(!QFile::exists(m_scanFile));
        QTest::qWait(300);
        QVERIFY(!findItem(window, "trackPage"));
        const QString check
            = onewindow::ReceiptDocument::checkValue(receipt, tracked.value()->submittedAt);
        QVERIFY(writeText(m_scanFile, "OW1|" + receipt.toLatin1() + "|" + check.toLatin1()));
        QTRY_VERIFY(findItem(window, "trackPage"));
        waitForStack(window);
        QTRY_VERIFY(findItem(window, "trackSummary")->isVisible());
        // Anyone holding the receipt sees the progress, not the details: the reasons and the
        // departments' decisions are the applicant's (issue: records open to a typed number).
        QTRY_VERIFY(findItem(window, "trackDetailsHidden")->isVisible());
        const QString statusOnly = allText(window->contentItem());
        QVERIFY2(!statusOnly.contains(QStringLiteral("近期免冠照片")), qPrintable(statusOnly));
        QVERIFY(statusOnly.contains(
            onewindow::CaseStatuses::displayName(onewindow::CaseStatus::CorrectionRequested)));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_6a_tracking_progress_only_1080x1920")));
        // The applicant with their ID card at the terminal sees every decision and reason.
        QVERIFY(shell->citizenSession()
                    ->begin(kIdNumber, kName, onewindow::IdentityProof::ResidentIdCard)
                    .ok());
        QTRY_VERIFY(!findItem(window, "trackDetailsHidden")->isVisible());
        const QString progress = allText(window->contentItem());
        QVERIFY2(progress.contains(QStringLiteral("近期免冠照片")), qPrintable(progress));
        QVERIFY(progress.contains(
            onewindow::CaseStatuses::displayName(onewindow::CaseStatus::CorrectionRequested)));
        QVERIFY(!progress.contains(kName));
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_6b_tracking_decisions_1080x1920")));
        // Landscape terminals: the same page, nothing outside the window.
        window->resize(1920, 1080);
        QTRY_COMPARE(window->contentItem()->width(), 1920.0);
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_6b_tracking_decisions_1920x1080")));
        for (const char *name : { "backButton", "receiptField", "trackButton", "trackSummary" })
            QVERIFY2(isInside(window, findItem(window, name)), name);
        window->resize(1080, 1920);
        QTRY_COMPARE(window->contentItem()->width(), 1080.0);
        QFile::remove(m_cardFile);
    }

    void anIdleSessionCountsDownThenForgetsEverything()
    {
        auto shell = startKiosk();
        QQuickWindow *window = shell->window();
        QFile card(m_cardFile);
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write(idCard());
        card.close();
        QTRY_VERIFY2_WITH_TIMEOUT(
            shell->citizenDesk()->active(), qPrintable(shell->citizenDesk()->problem()), 10000);
        shell->citizenDesk()->setIdleForTesting(CitizenDesk::kDefaultTimeoutSeconds - 10);
        QTRY_VERIFY(findItem(window, "idleSecondsLeft")
            && findItem(window, "idleSecondsLeft")->isVisible());
        QVERIFY(saveFrame(window, QStringLiteral("kiosk_app_7_idle_countdown_1080x1920")));
        shell->citizenDesk()->setIdleForTesting(CitizenDesk::kDefaultTimeoutSeconds + 1);
        shell->citizenDesk()->checkIdle();
        QTRY_VERIFY(!shell->citizenDesk()->active());
        QTRY_VERIFY(findItem(window, "kioskHomePage"));
        QVERIFY(!allText(window->contentItem()).contains(kName));

        // Taking the card out ends a session too (the card is taken out and put back first).
        QFile::remove(m_cardFile);
        QTest::qWait(600);
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write(idCard());
        card.close();
        QTRY_VERIFY_WITH_TIMEOUT(shell->citizenDesk()->active(), 10000);
        QFile::remove(m_cardFile);
        QTRY_VERIFY_WITH_TIMEOUT(!shell->citizenDesk()->active(), 10000);
    }
};

QTEST_MAIN(TestKioskApplication)
#include "tst_kioskapplication.moc"
