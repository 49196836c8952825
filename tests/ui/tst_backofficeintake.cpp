// Cases pulled before the back office started are taken in when it starts.
//
// Found in acceptance: a kiosk filed three cases, the desk's `onewindowctl sync now` pulled them,
// and the back office then started with none: the shell applied the pulled events before the
// back office's intake existed and marked them applied, and the hall does not send them again.
// Here the desk's inbox holds the three submissions exactly as a pull leaves them (also what a
// kill between pull and apply leaves), and the real shell starts on that data folder.
#include "casefiling.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "datadirectory.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "residentid.h"
#include "syncstore.h"
#include "uitestsupport.h"
#include "workingdaycalendar.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace onewindow;

class TestBackOfficeIntake : public QObject
{
    Q_OBJECT
    QList<QJsonObject> m_feed; // three cases as the hall's feed hands them to the desk
    const QDateTime m_filedAt { QDate(2026, 11, 2), QTime(2, 0), Qt::UTC };

    // The desk's data folder after `onewindowctl sync now`: the events in its inbox, unapplied.
    QString pulledDesk(QTemporaryDir &folder)
    {
        auto dir = DataDirectory::prepare(folder.path());
        if (!dir)
            return dir.error().message;
        auto db = Database::open(dir->databasePath());
        if (!db)
            return db.error().message;
        auto keys = DataKeys::open(*db.value(), dir->dataKeyPath());
        if (!keys)
            return keys.error().message;
        FieldCipher cipher(keys.value());
        SyncStore sync(*db.value(), &cipher);
        if (Status pulled = sync.applyFeed(m_feed, 7); !pulled)
            return pulled.error().message;
        return {};
    }

    int casesAt(const QString &folder)
    {
        auto db = Database::open(folder + QStringLiteral("/onewindow.sqlite"));
        if (!db)
            return -1;
        QSqlQuery q(db.value()->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
    }

    std::unique_ptr<TerminalShell> start(const QString &folder, TerminalInfo::Mode mode)
    {
        LaunchOptions options;
        options.mode = mode;
        options.dataDir = folder;
        options.windowed = true;
        options.windowSize
            = mode == TerminalInfo::Mode::BackOffice ? QSize(1920, 1080) : QSize(1080, 1920);
        return uitest::startShell(options);
    }

private slots:
    void initTestCase()
    {
        casetest::CaseStores kiosk;
        const QString opened = kiosk.openStores();
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        CaseFiling filing(*kiosk.m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const QString names[]
            = { QStringLiteral("张三丰"), QStringLiteral("李秀英"), QStringLiteral("陈志强") };
        for (int n = 0; n < 3; ++n) {
            const QString first17 = QStringLiteral("4401061958030112%1").arg(n);
            CaseApplication a;
            a.applicant = { first17 + ResidentId::checkCharacter(first17), names[n],
                IdentityProof::ResidentIdCard };
            a.catalogVersion = QStringLiteral("2026.11.1");
            a.items = { casetest::intakeItem(QStringLiteral("SB-00%1").arg(n + 1),
                QStringLiteral("社会保障卡申领"), QStringLiteral("GD-RSJ")) };
            a.answers.insert(QStringLiteral("applicant.phone"), QStringLiteral("13800138000"));
            auto filed = filing.file(a, WorkingDayCalendar({}, {}), m_filedAt.addSecs(60 * n));
            QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        }
        auto batch = kiosk.m_sync->pendingBatch(100);
        QVERIFY(batch.ok());
        for (const OutboxEvent &e : batch.value())
            m_feed.append(casetest::feedEvent(e));
        QCOMPARE(m_feed.size(), 3);
    }

    void theBackOfficeTakesInWhatWasPulledBeforeItStarted()
    {
        QTemporaryDir folder;
        const QString pulled = pulledDesk(folder);
        QVERIFY2(pulled.isEmpty(), qPrintable(pulled));
        start(folder.path(), TerminalInfo::Mode::BackOffice).reset();
        QCOMPARE(casesAt(folder.path()), 3);
    }

    // A terminal without the back office's intake (the same folder started as a kiosk, or an
    // older version that applied without it) takes nothing, and loses nothing either.
    void eventsNoConsumerTookWaitForTheBackOffice()
    {
        QTemporaryDir folder;
        const QString pulled = pulledDesk(folder);
        QVERIFY2(pulled.isEmpty(), qPrintable(pulled));
        start(folder.path(), TerminalInfo::Mode::Kiosk).reset();
        QCOMPARE(casesAt(folder.path()), 0);
        start(folder.path(), TerminalInfo::Mode::BackOffice).reset();
        QCOMPARE(casesAt(folder.path()), 3);
    }
};

QTEST_MAIN(TestBackOfficeIntake)
#include "tst_backofficeintake.moc"
