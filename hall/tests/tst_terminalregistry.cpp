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
        QCOMPARE(t.kind, TerminalKind::Kiosk);
        QCOMPARE(
            TerminalRegistry::defaultTownHall(QStringLiteral("lonely")), QStringLiteral("lonely"));
        // A desk by its id; any other id gets a kiosk's (fewest) rights.
        QCOMPARE(registry.lookup(QStringLiteral("GZ-TH-DESK-0001")).kind, TerminalKind::Desk);
        QCOMPARE(registry.lookup(QStringLiteral("GZ-TH-FLEET-0001")).kind, TerminalKind::Kiosk);
        QCOMPARE(registry.lookup(QStringLiteral("DESK")).kind, TerminalKind::Kiosk);
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
                       {"terminalId": "SZ-FT-KIOSK-0001"},
                       {"terminalId": "GZ-TH-WINDOW-0001", "kind": "desk"}])");
        file.close();
        QVERIFY(registry.loadFile(file.fileName()).ok());
        TerminalInfo t = registry.lookup(QStringLiteral("GD-RSJ-DESK-0001"));
        QCOMPARE(t.townHall, QStringLiteral("GZ-TH"));
        QCOMPARE(t.department, QStringLiteral("GD-RSJ"));
        t = registry.lookup(QStringLiteral("SZ-FT-KIOSK-0001"));
        QCOMPARE(t.townHall, QStringLiteral("SZ-FT"));
        QVERIFY(t.department.isEmpty());
        QCOMPARE(t.kind, TerminalKind::Kiosk);
        QCOMPARE(registry.lookup(QStringLiteral("GD-RSJ-DESK-0001")).kind, TerminalKind::Desk);
        QCOMPARE(registry.lookup(QStringLiteral("GZ-TH-WINDOW-0001")).kind, TerminalKind::Desk);
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
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"([{"terminalId": "GZ-TH-X-1", "kind": "counter"}])");
        file.close();
        QCOMPARE(
            registry.loadFile(file.fileName()).error().code, QStringLiteral("registry.malformed"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalRegistry)
#include "tst_terminalregistry.moc"
