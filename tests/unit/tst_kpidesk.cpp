// The administrator's KPI page's desk over a real terminal database: a refused period takes the
// old figures away and is shown as an error, a period in the future says so, and the CSV goes to
// the folder the administrator chose (a USB stick), with an audit entry.
#include "auditlog.h"
#include "catalogstore.h"
#include "catalogtestsupport.h"
#include "database.h"
#include "kpidesk.h"
#include "pinyintranscriber.h"
#include "staffaccounts.h"
#include "staffdesk.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Harbour-lights 27"_s;
// A working day of the demo catalog's calendar, in Guangdong.
const QDateTime kNow(QDate(2026, 12, 7), QTime(10, 0), QTimeZone(8 * 3600));
} // namespace

class TestKpiDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffAccounts> m_accounts;
    std::unique_ptr<StaffDesk> m_staff;
    PinyinTranscriber m_pinyin;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<KpiDesk> m_kpi;

    QStringList auditActions() const
    {
        QStringList out;
        const QList<AuditEntry> entries = m_audit->entries().value();
        for (const AuditEntry &e : entries)
            out << e.action;
        return out;
    }

private slots:
    void init()
    {
        m_kpi.reset();
        m_catalog.reset();
        m_staff.reset();
        m_accounts.reset();
        m_audit.reset();
        m_db.reset();
        QVERIFY(m_dir.isValid());
        const QString data
            = m_dir.filePath(u"data-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(QDir().mkpath(data));
        auto db = Database::open(data + u"/onewindow.sqlite"_s);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_audit = std::make_unique<AuditLog>(*m_db, QByteArray(32, 'k'));
        m_accounts = std::make_unique<StaffAccounts>(*m_db, *m_audit);
        QVERIFY(m_accounts->add(u"t"_s, u"admin01"_s, StaffRole::Admin, {}, kPassword).ok());
        m_staff = std::make_unique<StaffDesk>(*m_accounts, Workspace::Administration);
        m_catalog = std::make_unique<CatalogStore>(*m_db, m_pinyin);
        QVERIFY(catalogtest::applyDemoCatalog(*m_db, *m_catalog).ok());
        m_kpi = std::make_unique<KpiDesk>(
            *m_db, *m_catalog, *m_staff, *m_audit, data + u"/reports"_s, [] { return kNow; });
        m_kpi->setMediaRoots(
            { m_dir.filePath(u"media-%1"_s.arg(QLatin1String(QTest::currentTestFunction()))) });
        m_staff->signInNow(u"admin01"_s, kPassword);
        QVERIFY(m_staff->signedIn());
    }

    // 64: a reversed period was answered in green above the last period's figures.
    void aRefusedPeriodIsAnErrorAndTakesTheOldFiguresAway()
    {
        QVERIFY(m_kpi->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        QVERIFY(m_kpi->ready());
        QVERIFY(!m_kpi->messageIsError());
        QVERIFY(!m_kpi->setPeriod(u"2026-11-30"_s, u"2026-11-01"_s));
        QVERIFY(!m_kpi->ready());
        QVERIFY(m_kpi->messageIsError());
        QVERIFY(!m_kpi->message().isEmpty());
        // A good period again: the error goes with it.
        QVERIFY(m_kpi->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        QVERIFY(m_kpi->ready());
        QVERIFY(m_kpi->message().isEmpty());
        QVERIFY(!m_kpi->messageIsError());
    }

    // 66: January 2027 was shown as a month of quiet days.
    void aPeriodInTheFutureSaysSo()
    {
        m_kpi->setPeriod(u"2027-01-01"_s, u"2027-01-31"_s);
        QVERIFY(!m_kpi->ready());
        QVERIFY(m_kpi->problem().contains(u"2027"_s));
        QVERIFY(m_kpi->notice().isEmpty());
        QVERIFY(m_kpi->setPeriod(u"2026-12-01"_s, u"2026-12-31"_s));
        QVERIFY(m_kpi->ready());
        QVERIFY(!m_kpi->notice().isEmpty());
        QVERIFY(m_kpi->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        QVERIFY(m_kpi->notice().isEmpty());
    }

    void thisYearIsCountedByTheDesksClock()
    {
        m_kpi->thisYear();
        QCOMPARE(m_kpi->from(), u"2026-01-01"_s);
        QCOMPARE(m_kpi->to(), u"2026-12-07"_s);
    }

    // The per-day list carries a short label and the full date for the chart's axis.
    void eachDayHasALabelForTheAxis()
    {
        QVERIFY(m_kpi->setPeriod(u"2026-11-08"_s, u"2026-12-07"_s));
        const QVariantList days = m_kpi->perDay();
        QCOMPARE(days.size(), 30);
        QVERIFY(!days.first().toMap().value(u"label"_s).toString().isEmpty());
        QVERIFY(days.first().toMap().value(u"label"_s).toString().contains(u"8"_s));
    }

    // 68: the CSV could only go inside the data folder.
    void theCsvGoesWhereTheAdministratorChoseAndIsAudited()
    {
        const QString root
            = m_dir.filePath(u"media-%1"_s.arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(QDir(root).mkpath(u"usb0"_s));
        m_kpi->rescanMedia();
        const QVariantList folders = m_kpi->exportFolders();
        QCOMPARE(folders.size(), 2); // the terminal's folder first, then the stick
        const QString stick = folders.at(1).toMap().value(u"path"_s).toString();
        QCOMPARE(stick, QDir::cleanPath(root + u"/usb0"_s));

        QVERIFY(m_kpi->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        const QString path = m_kpi->exportCsv(stick);
        QCOMPARE(path, stick + u"/kpi-2026-11-01-2026-11-30.csv"_s);
        QVERIFY(QFile::exists(path));
        QVERIFY(!m_kpi->messageIsError());
        QCOMPARE(auditActions().count(AuditLog::kReportExport), 1);
        QVERIFY(m_audit->entries().value().last().detail.contains(stick));

        // The stick pulled out: said so in words, not made again on the terminal's disk, and
        // nothing recorded as exported.
        QVERIFY(QDir(stick).removeRecursively());
        QVERIFY(m_kpi->exportCsv(stick).isEmpty());
        QVERIFY(m_kpi->messageIsError());
        QVERIFY(m_kpi->message().contains(stick));
        QVERIFY(!QFileInfo::exists(stick));
        QCOMPARE(auditActions().count(AuditLog::kReportExport), 1);

        // The terminal's own folder by default.
        QVERIFY(!m_kpi->exportCsv().isEmpty());
        QCOMPARE(auditActions().count(AuditLog::kReportExport), 2);
    }

    void signedOutExportsNothing()
    {
        QVERIFY(m_kpi->setPeriod(u"2026-11-01"_s, u"2026-11-30"_s));
        m_staff->signOut();
        QVERIFY(!m_kpi->ready());
        QVERIFY(m_kpi->exportCsv().isEmpty());
        QCOMPARE(auditActions().count(AuditLog::kReportExport), 0);
    }
};

QTEST_MAIN(TestKpiDesk)
#include "tst_kpidesk.moc"
