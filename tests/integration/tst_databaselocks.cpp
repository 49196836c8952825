// Two processes on one data folder: what one process writes survives another's commands.
//
// The acceptance walk lost every change the admin view made after a catalog check: the check
// opened the database file a second time in the same process, and closing that descriptor
// dropped the process's POSIX locks, so the next `onewindowctl` found the database unlocked,
// checkpointed and deleted the WAL under the admin view. Process A here is the terminal (the
// shell's Database, and a worker connection as the catalog check makes one); process B is the
// real `onewindowctl db info`; then A writes and is killed, and the write must be on disk.
#include "database.h"
#include "datadirectory.h"

#include <cstdio>
#include <iostream>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <string>

using namespace onewindow;

namespace {

// Process A: holds the database as the terminal does and answers the parent on stdout.
int holdDatabase(const QString &folder)
{
    auto dir = DataDirectory::prepare(folder);
    if (!dir)
        return 3;
    auto database = Database::open(dir->databasePath());
    if (!database) {
        std::cout << "error " << database.error().message.toStdString() << std::endl;
        return 3;
    }
    Database &db = *database.value();

    // What the admin view's catalog check does: a worker thread reads the database through
    // a connection of its own, then lets it go.
    bool workerRead = false;
    QThread *worker = QThread::create([&db, &workerRead] {
        auto connection = db.openThreadConnection();
        if (!connection)
            return;
        QSqlQuery q(connection.value()->connection());
        workerRead = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
    });
    worker->start();
    worker->wait();
    delete worker;
    // And the mistake this replaces: a second Database of the same file is refused.
    auto second = Database::open(dir->databasePath());
    const bool secondRefused
        = !second && second.error().code == QStringLiteral("storage.already_open");
    std::cout << "ready " << workerRead << ' ' << secondRefused << std::endl;

    std::string line;
    while (std::getline(std::cin, line)) {
        if (line == "write") {
            QSqlQuery q(db.connection());
            const bool written
                = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS lock_probe (note TEXT)"))
                && q.exec(QStringLiteral("INSERT INTO lock_probe VALUES ('written by A')"));
            std::cout << (written ? "written" : "failed") << std::endl;
        }
    }
    return 0; // the parent kills this process before stdin closes
}

QString readLine(QProcess &process)
{
    while (!process.canReadLine())
        if (!process.waitForReadyRead(20000))
            return {};
    return QString::fromUtf8(process.readLine()).trimmed();
}

} // namespace

class TestDatabaseLocks : public QObject
{
    Q_OBJECT

private slots:
    void aKilledTerminalKeepsWhatItWroteAfterAnotherProcessRan()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("terminal"));
        // B first makes the terminal's folder, as an administrator's set-up does.
        QProcess ctl;
        ctl.start(QStringLiteral(ONEWINDOW_CTL),
            { QStringLiteral("--data-dir"), folder, QStringLiteral("terminal"),
                QStringLiteral("init") });
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);

        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--hold"), folder });
        QVERIFY(holder.waitForStarted());
        QCOMPARE(readLine(holder), QStringLiteral("ready 1 1"));

        // B: another process opens and closes the database while A holds it.
        ctl.start(QStringLiteral(ONEWINDOW_CTL),
            { QStringLiteral("--data-dir"), folder, QStringLiteral("db"), QStringLiteral("info") });
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitCode(), 0);
        QVERIFY2(QFile::exists(folder + QStringLiteral("/onewindow.sqlite-wal")),
            "the other process deleted the WAL of a database that is still open");

        holder.write("write\n");
        QCOMPARE(readLine(holder), QStringLiteral("written"));
        holder.kill(); // SIGKILL: no close, no checkpoint
        QVERIFY(holder.waitForFinished(20000));

        auto database = Database::open(folder + QStringLiteral("/onewindow.sqlite"));
        QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
        QSqlQuery q(database.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT note FROM lock_probe")));
        QVERIFY2(q.next(), "the write of the killed process is lost");
        QCOMPARE(q.value(0).toString(), QStringLiteral("written by A"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdDatabase(QString::fromLocal8Bit(argv[2]));
    TestDatabaseLocks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaselocks.moc"
