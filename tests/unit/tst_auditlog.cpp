#include "auditlog.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
    int m_round = 0;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    void appendFive()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_log
                        ->record(QStringLiteral("admin"), AuditLog::kSettingsChange,
                            QStringLiteral("setting.%1").arg(i), QStringLiteral("v"),
                            [] { return Status(); })
                        .ok());
    }

private slots:
    void init()
    {
        m_log.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_round)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_log = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'));
    }

    void anEmptyLogVerifiesAndHasAZeroHead()
    {
        QVERIFY(m_log->verify()->ok);
        QCOMPARE(m_log->head()->seq, 0);
        QCOMPARE(m_log->headText(), QString());
    }

    void appendsAChainThatVerifies()
    {
        appendFive();
        auto result = m_log->verify();
        QVERIFY(result.ok());
        QVERIFY(result->ok);
        QCOMPARE(result->entries, 5);
        auto head = m_log->head();
        QCOMPARE(head->seq, 5);
        QCOMPARE(head->mac.size(), 32);
        QCOMPARE(m_log->headText(), QStringLiteral("5:") + QString::fromLatin1(head->mac.toHex()));
        auto all = m_log->entries();
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(2).subject, QStringLiteral("setting.3"));
    }

    void theDatabaseRefusesUpdatesAndDeletes()
    {
        appendFive();
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    }

    void findsTheFirstChangedRemovedOrReorderedEntry_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("word");
        QTest::newRow("changed detail")
            << "UPDATE audit_log SET detail = 'w' WHERE seq = 3" << 3ll << "changed";
        QTest::newRow("changed actor")
            << "UPDATE audit_log SET actor = 'root' WHERE seq = 4" << 4ll << "changed";
        QTest::newRow("removed") << "DELETE FROM audit_log WHERE seq = 2" << 2ll << "removed";
        QTest::newRow("removed and renumbered")
            << "DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq "
               "> 2"
            << 2ll << "changed";
        QTest::newRow("swapped") << "UPDATE audit_log SET seq = 100 WHERE seq = 2;"
                                    "UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                                    "UPDATE audit_log SET seq = 3 WHERE seq = 100"
                                 << 2ll << "changed";
        QTest::newRow("chain relinked")
            << "UPDATE audit_log SET prev_mac = zeroblob(32) WHERE seq = 3" << 3ll << "changed";
    }
    void findsTheFirstChangedRemovedOrReorderedEntry()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBad);
        QFETCH(QString, word);
        appendFive();
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        for (const QString &statement : tamper.split(QLatin1Char(';')))
            exec(statement);
        auto result = m_log->verify();
        QVERIFY(result.ok());
        QVERIFY(!result->ok);
        QCOMPARE(result->firstBadSeq, firstBad);
        QVERIFY2(result->problem.contains(word), qPrintable(result->problem));
    }

    void aGenuineEntrySplicedInFromElsewhereDoesNotFollow()
    {
        appendFive();
        // A second chain under the same key (a backup, another copy): its entry 3 carries a
        // valid MAC of its own but follows a different entry 2.
        const QString otherPath = m_dir.filePath(QStringLiteral("other%1.sqlite").arg(m_round));
        {
            auto other = Database::open(otherPath);
            QVERIFY(other.ok());
            AuditLog otherLog(*other.value(), QByteArray(32, 'k'));
            for (int i = 1; i <= 3; ++i)
                QVERIFY(otherLog
                            .append(QStringLiteral("clerk"), AuditLog::kDecision,
                                QStringLiteral("case-%1").arg(i))
                            .ok());
        }
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        exec(QStringLiteral("ATTACH DATABASE '%1' AS other").arg(otherPath));
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        exec(QStringLiteral("INSERT INTO audit_log SELECT * FROM other.audit_log WHERE seq = 3"));
        auto result = m_log->verify();
        QVERIFY(!result->ok);
        QCOMPARE(result->firstBadSeq, 3);
        QVERIFY2(
            result->problem.contains(QStringLiteral("re-ordered")), qPrintable(result->problem));
    }

    void aWrongKeyFailsVerification()
    {
        appendFive();
        AuditLog wrong(*m_db, QByteArray(32, 'x'));
        QCOMPARE(wrong.verify()->firstBadSeq, 1);
    }

    void refusesTheActionWhenTheLogCannotBeWritten()
    {
        exec(QStringLiteral("CREATE TABLE witness (x INTEGER) STRICT"));
        exec(QStringLiteral("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN "
                            "SELECT RAISE(ABORT, 'disk full'); END"));
        Status status = m_log->record(QStringLiteral("admin"), AuditLog::kCatalogLoad,
            QStringLiteral("catalog"), {}, [this]() -> Status {
                QSqlQuery q(m_db->connection());
                q.exec(QStringLiteral("INSERT INTO witness VALUES (1)"));
                return {};
            });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("security.audit_unwritable"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM witness")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the action was rolled back
    }

    void capsHostileFieldsAndKeepsSqlMetacharactersAsText()
    {
        const QString hostile
            = QStringLiteral("'); DROP TABLE audit_log; --") + QString(5000, QLatin1Char('x'));
        QVERIFY(m_log->append(hostile, AuditLog::kSignInFailed, hostile, hostile).ok());
        auto all = m_log->entries();
        QCOMPARE(all->size(), 1);
        QVERIFY(all->first().actor.startsWith(QStringLiteral("'); DROP TABLE")));
        QVERIFY(all->first().actor.size() <= 512);
        QVERIFY(m_log->verify()->ok);
    }

    void listsEntriesSinceADate()
    {
        QDateTime now(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
        AuditLog clocked(*m_db, QByteArray(32, 'k'), [&now] { return now; });
        Status first = clocked.append(QStringLiteral("a"), AuditLog::kSignIn, QStringLiteral("a"));
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        now = now.addDays(2);
        QVERIFY(clocked.append(QStringLiteral("b"), AuditLog::kSignIn, QStringLiteral("b")).ok());
        QCOMPARE(clocked.entries(QDateTime(QDate(2024, 6, 2), QTime(0, 0), Qt::UTC))->size(), 1);
        QCOMPARE(clocked.entries()->size(), 2);
        QVERIFY(clocked.verify()->ok);
    }

    // The administrator's audit page and staff page: newest first, and each account's last
    // sign-in.
    void listsNewestFirstAndTheLastTimeOfAnAction()
    {
        QDateTime now(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
        AuditLog clocked(*m_db, QByteArray(32, 'k'), [&now] { return now; });
        for (const char *who : { "li", "wang", "li" }) {
            QVERIFY(
                clocked
                    .append(QString::fromLatin1(who), AuditLog::kSignIn, QString::fromLatin1(who))
                    .ok());
            now = now.addSecs(3600);
        }
        QVERIFY(
            clocked.append(QStringLiteral("li"), AuditLog::kSignOut, QStringLiteral("li")).ok());
        const QList<AuditEntry> newest = clocked.newest(2).value();
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.at(0).seq, 4);
        QCOMPARE(newest.at(1).seq, 3);
        const auto last = clocked.lastRecorded(AuditLog::kSignIn).value();
        QCOMPARE(last.size(), 2);
        QCOMPARE(
            last.value(QStringLiteral("li")), QDateTime(QDate(2024, 6, 1), QTime(11, 0), Qt::UTC));
        QCOMPARE(last.value(QStringLiteral("wang")),
            QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(clocked.newest(0)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
