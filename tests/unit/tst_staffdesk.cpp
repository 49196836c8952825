// The sign-in view model against real staff accounts: messages, lock-out countdown, idle end.
#include "auditlog.h"
#include "database.h"
#include "staffdesk.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestStaffDesk : public QObject
{
    Q_OBJECT
    const QString kPassword = QStringLiteral("Harbour-lights 27");
    QTemporaryDir m_dir;
    int m_round = 0;
    QDateTime m_now { QDate(2024, 6, 3), QTime(9, 0), Qt::UTC };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;

    std::unique_ptr<StaffDesk> desk(Workspace workspace)
    {
        return std::make_unique<StaffDesk>(
            *m_accounts, workspace, [this] { return m_now; }, 600);
    }

private slots:
    void init()
    {
        m_accounts.reset();
        m_audit.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_round)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'), [this] { return m_now; });
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit, [this] { return m_now; });
        QVERIFY(m_accounts->add(QStringLiteral("t"), QStringLiteral("li.wei"), StaffRole::Reviewer,
            QStringLiteral("police"), kPassword));
    }

    void signsInAndShowsWhoAndWhichRole()
    {
        auto d = desk(Workspace::BackOffice);
        QSignalSpy changed(d.get(), &StaffDesk::sessionChanged);
        d->signInNow(QStringLiteral(" li.wei "), kPassword);
        QVERIFY2(d->signedIn(), qPrintable(d->message()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d->userName(), QStringLiteral("li.wei"));
        QCOMPARE(d->roleName(), QStringLiteral("department reviewer"));
        QCOMPARE(d->department(), QStringLiteral("police"));
        QCOMPARE(d->idleMinutes(), 10);
        d->signOut();
        QVERIFY(!d->signedIn());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_audit->entries()->last().action, AuditLog::kSignOut);
    }

    void wrongPasswordGivesTheMessageAndNoSession()
    {
        auto d = desk(Workspace::BackOffice);
        d->signInNow(QStringLiteral("li.wei"), QStringLiteral("wrong-password-1"));
        QVERIFY(!d->signedIn());
        QVERIFY(d->message().contains(QStringLiteral("wrong")));
        QCOMPARE(d->lockedSecondsLeft(), 0);
    }

    void lockOutCountsDownWithTheClock()
    {
        auto d = desk(Workspace::BackOffice);
        for (int i = 1; i <= 5; ++i)
            d->signInNow(QStringLiteral("li.wei"), QStringLiteral("wrong-password-%1").arg(i));
        QCOMPARE(d->lockedSecondsLeft(), 15 * 60);
        QVERIFY(d->message().contains(QStringLiteral("15")));
        QSignalSpy ticks(d.get(), &StaffDesk::lockedSecondsLeftChanged);
        m_now = m_now.addSecs(61);
        QTRY_COMPARE(d->lockedSecondsLeft(), 15 * 60 - 61);
        m_now = m_now.addSecs(15 * 60);
        QTRY_COMPARE(d->lockedSecondsLeft(), 0);
        QVERIFY(d->message().isEmpty());
        d->signInNow(QStringLiteral("li.wei"), kPassword);
        QVERIFY(d->signedIn());
    }

    void idleSessionEndsWithAMessage()
    {
        auto d = desk(Workspace::BackOffice);
        d->signInNow(QStringLiteral("li.wei"), kPassword);
        QVERIFY(d->signedIn());
        m_now = m_now.addSecs(9 * 60);
        d->checkIdle();
        QVERIFY(d->signedIn());
        m_now = m_now.addSecs(2 * 60);
        d->checkIdle();
        QVERIFY(!d->signedIn());
        QVERIFY2(d->message().contains(QStringLiteral("10 minute")), qPrintable(d->message()));
        const AuditEntry last = m_audit->entries()->last();
        QCOMPARE(last.action, AuditLog::kSignOut);
        QCOMPARE(last.detail, QStringLiteral("idle"));
    }

    void theHallSessionOpensAtSignInAndClosesAtSignOut()
    {
        auto d = desk(Workspace::BackOffice);
        QStringList calls;
        d->setHallSessionHooks(
            [&](const QString &user, const QString &password) {
                calls << QStringLiteral("open %1 %2").arg(user, password);
            },
            [&](const QString &user) { calls << QStringLiteral("close ") + user; });
        d->signInNow(QStringLiteral("li.wei"), QStringLiteral("wrong-password-1"));
        QVERIFY(calls.isEmpty());
        d->signInNow(QStringLiteral(" li.wei "), kPassword);
        QCOMPARE(calls, QStringList { QStringLiteral("open li.wei ") + kPassword });
        d->signOut();
        QCOMPARE(calls.last(), QStringLiteral("close li.wei"));

        // An idle end closes it too.
        d->signInNow(QStringLiteral("li.wei"), kPassword);
        m_now = m_now.addSecs(11 * 60);
        d->checkIdle();
        QCOMPARE(calls.size(), 4);
        QCOMPARE(calls.last(), QStringLiteral("close li.wei"));
    }

    void administrationViewRefusesCaseWorkers()
    {
        auto d = desk(Workspace::Administration);
        QVERIFY(d->administration());
        d->signInNow(QStringLiteral("li.wei"), kPassword);
        QVERIFY(!d->signedIn());
        QVERIFY2(
            d->message().contains(QStringLiteral("administrators only")), qPrintable(d->message()));
    }
};

QTEST_GUILESS_MAIN(TestStaffDesk)
#include "tst_staffdesk.moc"
