// The catalog page's desk over a real terminal database: a catalog from a USB stick is checked
// off the GUI thread, refused without its signature or from a mistyped path, and applied, audited.
#include "admintestsupport.h"
#include "catalogadmindesk.h"
#include "catalogtestsupport.h"
#include "publishertrust.h"

#include <QSignalSpy>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;
using admintest::actions;
using admintest::kPassword;

class TestCatalogAdminDesk : public QObject, private admintest::AdminTerminal
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(catalogtest::makeKey(m_dir.filePath(u"p256"_s), u"P-256"_s));
    }

    void init()
    {
        const QString failed = openTerminal();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void aCatalogIsCheckedOffTheGuiThreadAndApplied()
    {
        QVERIFY(
            PublisherTrust(*m_catalog)
                .addPublisher(u"gd-es256"_s, catalogtest::readFile(m_dir.filePath(u"p256.pub"_s)),
                    QDateTime::currentDateTimeUtc())
                .ok());
        const QString file = m_data + u"/catalog.json"_s;
        QVERIFY(catalogtest::writeFile(
            file, catalogtest::bytes(catalogtest::catalog(u"v1"_s, {}, u"gd-es256"_s))));
        CatalogAdminDesk desk(*m_catalog, *m_staff, *m_db, QByteArray(32, 'k'));
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"refused"_s); // no .sig next to it
        QVERIFY(desk.verification().contains(u"signature"_s));
        // Acceptance (19): a mistyped path and a folder were "no signature file".
        desk.preview(m_data + u"/catalgo.json"_s);
        QCOMPARE(desk.stageCode(), u"refused"_s);
        QVERIFY2(desk.verification().contains(u"no file"_s), qPrintable(desk.verification()));
        desk.preview(m_data);
        QVERIFY2(desk.verification().contains(u"folder"_s), qPrintable(desk.verification()));
        QVERIFY(catalogtest::writeFile(
            file + u".sig"_s, catalogtest::sign(m_dir.filePath(u"p256"_s), file, false)));
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"failed"_s); // signed out
        m_staff->signInNow(u"admin01"_s, kPassword);
        QSignalSpy progress(&desk, &CatalogAdminDesk::progressChanged);
        desk.preview(file);
        QCOMPARE(desk.stageCode(), u"checking"_s); // the worker runs; this thread goes on
        QTRY_COMPARE_WITH_TIMEOUT(desk.stageCode(), u"previewed"_s, 20000);
        QCOMPARE(desk.changes().size(), 3);
        for (const QVariant &change : desk.changes())
            QCOMPARE(change.toMap().contains(u"values"_s), true);
        QCOMPARE(m_catalog->versions()->size(), 0); // checking changed nothing
        QSignalSpy changed(&desk, &CatalogAdminDesk::catalogChanged);
        desk.apply();
        QTRY_COMPARE_WITH_TIMEOUT(desk.stageCode(), u"applied"_s, 20000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(m_catalog->versions()->size(), 1);
        QCOMPARE(desk.versions().size(), 1);
        const QList<AuditEntry> entries = m_audit->entries().value();
        QCOMPARE(entries.last().action, AuditLog::kCatalogLoad);
        QCOMPARE(entries.last().actor, u"admin01"_s);
    }
};

QTEST_MAIN(TestCatalogAdminDesk)
#include "tst_catalogadmindesk.moc"
