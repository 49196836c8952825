// TerminalRegistry: town hall from the terminal id, or from a registry file with departments.
#include "halltestdatabase.h"
#include "terminalregistry.h"

#include <QFile>

using namespace onewindow;
using namespace onewindow::hall;

class TestTerminalRegistry : public QObject
{
    Q_OBJECT
private slots:
    void defaultsFromTheId()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        TerminalRegistry registry(*db);
        const TerminalInfo t = registry.lookup(QStringLiteral("GZ-TH-KIOSK-0007"));
        QCOMPARE(t.terminalId, QStringLiteral("GZ-TH-KIOSK-0007"));
        QCOMPARE(t.townHall, QStringLiteral("GZ-TH"));
        QVERIFY(t.department.isEmpty());
        QCOMPARE(
            TerminalRegistry::defaultTownHall(QStringLiteral("lonely")), QStringLiteral("lonely"));
    }

    void loadsAFile()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        TerminalRegistry registry(*db);
        QFile file(dir.filePath(QStringLiteral("registry.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"([{"terminalId": "GD-RSJ-DESK-0001", "townHall": "GZ-TH", "department": "GD-RSJ"},
                       {"terminalId": "SZ-FT-KIOSK-0001"}])");
        file.close();
        QVERIFY(registry.loadFile(file.fileName()).ok());
        TerminalInfo t = registry.lookup(QStringLiteral("GD-RSJ-DESK-0001"));
        QCOMPARE(t.townHall, QStringLiteral("GZ-TH"));
        QCOMPARE(t.department, QStringLiteral("GD-RSJ"));
        t = registry.lookup(QStringLiteral("SZ-FT-KIOSK-0001"));
        QCOMPARE(t.townHall, QStringLiteral("SZ-FT"));
        QVERIFY(t.department.isEmpty());
    }

    void refusesBadFiles()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        TerminalRegistry registry(*db);
        QCOMPARE(registry.loadFile(dir.filePath(QStringLiteral("missing.json"))).error().code,
            QStringLiteral("registry.unreadable"));
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"townHall": "GZ-TH"}])");
        file.close();
        QCOMPARE(
            registry.loadFile(file.fileName()).error().code, QStringLiteral("registry.malformed"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalRegistry)
#include "tst_terminalregistry.moc"
