#include "database.h"
#include "hallsettings.h"
#include "terminalsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

class TestHallSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_round = 0;

private slots:
    void init()
    {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_round)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }

    // Issue 23, item 4: a terminal asks for and requires the hall's stapled OCSP response
    // unless an administrator turned stapling off.
    void staplingIsRequiredUnlessTurnedOff()
    {
        TerminalSettings stored(*m_db);
        QVERIFY(HallSettings::load(stored).requireOcspStapling);
        QVERIFY(stored.setValue(QStringLiteral("hall.ocspStapling"), QStringLiteral("off")).ok());
        QVERIFY(!HallSettings::load(stored).requireOcspStapling);
        // Anything but "off" keeps it required: a typo does not weaken the connection.
        QVERIFY(stored.setValue(QStringLiteral("hall.ocspStapling"), QStringLiteral("Off ")).ok());
        QVERIFY(HallSettings::load(stored).requireOcspStapling);
    }

    // Every enrolment before stapling was required stored hall.requireOcspStapling = false.
    void theOldDefaultStoredByEnrolmentDoesNotTurnStaplingOff()
    {
        TerminalSettings stored(*m_db);
        QVERIFY(stored.setValue(QStringLiteral("hall.requireOcspStapling"), false).ok());
        QVERIFY(HallSettings::load(stored).requireOcspStapling);
    }

    void savesAndLoadsTheChoice()
    {
        TerminalSettings stored(*m_db);
        HallSettings settings;
        settings.requireOcspStapling = false;
        QVERIFY(settings.save(stored).ok());
        QCOMPARE(stored.text(QStringLiteral("hall.ocspStapling")), QStringLiteral("off"));
        QVERIFY(!HallSettings::load(stored).requireOcspStapling);
        settings.requireOcspStapling = true;
        QVERIFY(settings.save(stored).ok());
        QVERIFY(HallSettings::load(stored).requireOcspStapling);
    }
};

QTEST_GUILESS_MAIN(TestHallSettings)
#include "tst_hallsettings.moc"
