// The administrator's health checks on real files: certificates made by the openssl command
// line (valid for 400 days, expiring in 10, expired in 2021 through a CA's explicit dates, a
// chain, DER, a file that is not a certificate, a missing one, empty settings), the days left
// at the 30-day boundary, PRAGMA integrity_check on a fresh and a deliberately damaged copy of
// the database, and the free space and database size of the data folder.
#include "database.h"
#include "hallsettings.h"
#include "terminalhealth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestTerminalHealth : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs openssl in the scratch folder; empty on success, else what it said.
    QString openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(arguments.join(QLatin1Char(' ')),
                    QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }

    QString selfSigned(const QString &name, const QString &commonName, int days)
    {
        return openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-days"), QString::number(days),
            QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName });
    }

    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static HallSettings hall(const QString &caFile, const QString &certFile)
    {
        HallSettings h;
        h.caFile = caFile;
        h.certFile = certFile;
        return h;
    }

    std::unique_ptr<Database> open(const QString &file, bool integrityCheck = true)
    {
        Database::Options options;
        options.integrityCheck = integrityCheck;
        auto db = Database::open(file, options);
        if (!db)
            qWarning() << db.error().message;
        return db ? std::move(db.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command line is not installed");
        QString failed
            = selfSigned(QStringLiteral("ca"), QStringLiteral("OneWindow Test Hall CA"), 400);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = selfSigned(QStringLiteral("soon"), QStringLiteral("GZ-TH-KIOSK-0010"), 10);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // OpenSSL 3.0 makes no certificate valid in the past with req or x509, but a CA signs
        // for any dates it is told.
        QVERIFY(write(path(QStringLiteral("index.txt")), {}));
        QVERIFY(write(path(QStringLiteral("serial")), "1000\n"));
        QVERIFY(write(path(QStringLiteral("ca.cnf")),
            "[ca]\ndefault_ca = testca\n"
            "[testca]\ndir = .\ndatabase = index.txt\nserial = serial\nnew_certs_dir = .\n"
            "default_md = sha256\npolicy = anything\nunique_subject = no\n"
            "[anything]\ncommonName = supplied\n"));
        failed = openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("old.key"), QStringLiteral("-out"),
            QStringLiteral("old.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=GZ-TH-KIOSK-0001") });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = openssl({ QStringLiteral("ca"), QStringLiteral("-batch"),
            QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
            QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
            QStringLiteral("-in"), QStringLiteral("old.csr"), QStringLiteral("-out"),
            QStringLiteral("expired.pem"), QStringLiteral("-startdate"),
            QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
            QStringLiteral("20210101000000Z"), QStringLiteral("-notext") });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = openssl({ QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("ca.pem"),
            QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
            QStringLiteral("ca.der") });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(write(path(QStringLiteral("chain.pem")),
            read(path(QStringLiteral("ca.pem"))) + read(path(QStringLiteral("soon.pem")))));
        QVERIFY(write(path(QStringLiteral("notes.pem")), "-----BEGIN CERTIFICATE-----\nnot one\n"));
    }

    void reportsDaysLeftOfTheHallCertificates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<CertificateExpiry> found = TerminalHealth::certificates(
            hall(path(QStringLiteral("ca.pem")), path(QStringLiteral("soon.pem"))), now);
        QCOMPARE(found.size(), 2);
        const CertificateExpiry &ca = found.at(0);
        QCOMPARE(ca.role, CertificateExpiry::Role::HallCa);
        QCOMPARE(ca.file, path(QStringLiteral("ca.pem")));
        QCOMPARE(ca.subject, QStringLiteral("OneWindow Test Hall CA"));
        QCOMPARE(ca.notAfter.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(ca.notAfter.secsTo(now.addDays(400))) < 600);
        // Made moments ago: 400 days less the seconds since, rounded down.
        QVERIFY2(
            ca.daysLeft == 399 || ca.daysLeft == 400, qPrintable(QString::number(ca.daysLeft)));
        QVERIFY(!ca.expiresSoon);
        QVERIFY(ca.problem.code.isEmpty());
        const CertificateExpiry &terminal = found.at(1);
        QCOMPARE(terminal.role, CertificateExpiry::Role::Terminal);
        QCOMPARE(terminal.subject, QStringLiteral("GZ-TH-KIOSK-0010"));
        QVERIFY(terminal.daysLeft == 9 || terminal.daysLeft == 10);
        QVERIFY(terminal.expiresSoon);
        QVERIFY(terminal.problem.code.isEmpty());
    }

    void countsWholeDaysAroundTheWarningAndExpiry()
    {
        // expired.pem is valid until 2021-01-01 00:00 UTC.
        const auto at = [this](const QDateTime &now) {
            const auto found
                = TerminalHealth::certificates(hall({}, path(QStringLiteral("expired.pem"))), now);
            return found.size() == 1 ? found.first() : CertificateExpiry {};
        };
        CertificateExpiry e = at(utc(2020, 12, 1));
        QCOMPARE(e.subject, QStringLiteral("GZ-TH-KIOSK-0001"));
        QCOMPARE(e.notAfter, utc(2021, 1, 1));
        QCOMPARE(e.daysLeft, 31);
        QVERIFY(!e.expiresSoon);
        e = at(utc(2020, 12, 2));
        QCOMPARE(e.daysLeft, 30);
        QVERIFY(!e.expiresSoon);
        e = at(utc(2020, 12, 2, 0, 0, 1));
        QCOMPARE(e.daysLeft, 29);
        QVERIFY(e.expiresSoon);
        e = at(utc(2020, 12, 31, 23));
        QCOMPARE(e.daysLeft, 0);
        QVERIFY(e.expiresSoon);
        e = at(utc(2021, 1, 1, 0, 0, 1));
        QCOMPARE(e.daysLeft, -1);
        QVERIFY(e.expiresSoon);
        // Today: long expired.
        e = at(QDateTime::currentDateTimeUtc());
        QVERIFY(e.daysLeft < -365);
        QVERIFY(e.expiresSoon);
        QVERIFY(e.problem.code.isEmpty());
    }

    void readsDerAndTakesTheFirstOfAChainToExpire()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto found = TerminalHealth::certificates(
            hall(path(QStringLiteral("ca.der")), path(QStringLiteral("chain.pem"))), now);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).subject, QStringLiteral("OneWindow Test Hall CA"));
        QVERIFY(found.at(0).problem.code.isEmpty());
        QCOMPARE(found.at(1).subject, QStringLiteral("GZ-TH-KIOSK-0010"));
        QVERIFY(found.at(1).expiresSoon);
    }

    void namesWhatCannotBeRead()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto found = TerminalHealth::certificates(
            hall(path(QStringLiteral("gone.pem")), path(QStringLiteral("notes.pem"))), now);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).role, CertificateExpiry::Role::HallCa);
        QCOMPARE(found.at(0).problem.code, QStringLiteral("health.certificate_missing"));
        QVERIFY(found.at(0).problem.message.contains(path(QStringLiteral("gone.pem"))));
        QVERIFY(found.at(0).subject.isEmpty());
        QVERIFY(!found.at(0).notAfter.isValid());
        QCOMPARE(found.at(1).role, CertificateExpiry::Role::Terminal);
        QCOMPARE(found.at(1).problem.code, QStringLiteral("health.not_a_certificate"));
        QVERIFY(found.at(1).problem.message.contains(path(QStringLiteral("notes.pem"))));
        // A key is no certificate either.
        found = TerminalHealth::certificates(hall(path(QStringLiteral("ca.key")), {}), now);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).problem.code, QStringLiteral("health.not_a_certificate"));
    }

    void skipsEmptySettings()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(TerminalHealth::certificates(HallSettings {}, now).isEmpty());
        const auto found
            = TerminalHealth::certificates(hall({}, path(QStringLiteral("soon.pem"))), now);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().role, CertificateExpiry::Role::Terminal);
        QVERIFY(!TerminalHealth::roleName(CertificateExpiry::Role::HallCa).isEmpty());
        QVERIFY(TerminalHealth::roleName(CertificateExpiry::Role::HallCa)
            != TerminalHealth::roleName(CertificateExpiry::Role::Terminal));
    }

    void measuresStorage()
    {
        const QString dataPath = path(QStringLiteral("storage"));
        QVERIFY(QDir().mkpath(dataPath));
        const QString file = dataPath + QStringLiteral("/onewindow.sqlite");
        auto db = open(file);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(100000))")));
        auto s = TerminalHealth::storage(*db, dataPath);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->dataPath, dataPath);
        QVERIFY(s->bytesTotal > 0);
        QVERIFY(s->bytesFree > 0);
        QVERIFY(s->bytesFree <= s->bytesTotal);
        qint64 onDisk = 0;
        for (const char *suffix : { "", "-wal", "-shm" })
            onDisk += QFileInfo(file + QLatin1String(suffix)).size();
        QVERIFY(QFileInfo::exists(file + QStringLiteral("-wal"))); // WAL: the -wal counts too
        QCOMPARE(s->databaseBytes, onDisk);
        QVERIFY(s->databaseBytes > 100000);
        QCOMPARE(s->lowOnSpace,
            s->bytesFree < TerminalHealth::kLowSpaceBytes
                || s->bytesFree * 100 < s->bytesTotal * TerminalHealth::kLowSpacePercent);

        s = TerminalHealth::storage(*db, path(QStringLiteral("no/such/folder")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("health.storage_unknown"));
    }

    void checksIntegrity()
    {
        const QString file = path(QStringLiteral("fresh.sqlite"));
        {
            auto db = open(file);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (n INTEGER PRIMARY KEY, x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX filler_x ON filler(x)")));
            QVERIFY(q.exec(QStringLiteral(
                "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 15000) "
                "INSERT INTO filler SELECT n, printf('row %05d of the filler table', n) FROM s")));
            const auto report = TerminalHealth::integrity(*db);
            QVERIFY(report.ok());
            QVERIFY(report->ok);
            QVERIFY(report->problems.isEmpty());
        } // closed: the WAL is checkpointed into the file

        // Garbage over thirty pages in the middle of the file, where the filler's pages are:
        // more problems than the report keeps.
        const QString damaged = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(file, damaged));
        QByteArray bytes = read(damaged);
        QVERIFY(bytes.size() > 80 * 4096);
        const qsizetype pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        const qsizetype pages = bytes.size() / pageSize;
        for (qsizetype page = pages / 2; page < pages / 2 + 30; ++page)
            for (qsizetype i = 0; i < pageSize; ++i)
                bytes[page * pageSize + i] = char((i * 37 + page) & 0xff);
        QVERIFY(write(damaged, bytes));
        auto db = open(damaged, false);
        QVERIFY(db);
        const auto report = TerminalHealth::integrity(*db);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(!report->ok);
        QCOMPARE(report->problems.size(), 20);
        QCOMPARE(report->problems.first(), QStringLiteral("*** in database main ***"));
        QVERIFY2(report->problems.at(1).startsWith(QStringLiteral("Page ")),
            qPrintable(report->problems.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalHealth)
#include "tst_terminalhealth.moc"
