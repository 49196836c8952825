// AuditWatch: heads only grow; a lower one is a cut tail, the same number with another MAC a
// rewrite.
#include "auditwatch.h"
#include "halltestdatabase.h"

#include <QJsonObject>

using namespace onewindow;
using namespace onewindow::hall;

namespace {
const TerminalInfo kKiosk { QStringLiteral("GZ-TH-KIOSK-0001"), QStringLiteral("GZ-TH"), {} };
const TerminalInfo kOther { QStringLiteral("GZ-TH-KIOSK-0002"), QStringLiteral("GZ-TH"), {} };
} // namespace

class TestAuditWatch : public QObject
{
    Q_OBJECT
private slots:
    void parse()
    {
        QCOMPARE(AuditWatch::parse(QStringLiteral("42:ab12")).seq, 42);
        QCOMPARE(AuditWatch::parse(QStringLiteral("42:ab12")).mac, QStringLiteral("ab12"));
        QCOMPARE(AuditWatch::parse(QStringLiteral("7")).seq, 7);
        const QJsonObject object { { QStringLiteral("seq"), 9 },
            { QStringLiteral("mac"), QStringLiteral("ff") } };
        QCOMPARE(AuditWatch::parse(object).seq, 9);
        QCOMPARE(AuditWatch::parse(object).mac, QStringLiteral("ff"));
        QCOMPARE(AuditWatch::parse(QStringLiteral("head")).seq, -1);
        QCOMPARE(AuditWatch::parse(QJsonValue(3.5)).seq, -1);
    }

    void observe()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        AuditWatch watch(*db);
        const auto status = [&](const TerminalInfo &t, const QString &head) {
            return watch.observe(t, head)->value(u"status").toString();
        };
        QCOMPARE(status(kKiosk, QStringLiteral("10:aa")), QStringLiteral("ok"));
        QCOMPARE(status(kKiosk, QStringLiteral("10:aa")), QStringLiteral("ok"));
        QCOMPARE(status(kKiosk, QStringLiteral("12:bb")), QStringLiteral("ok"));
        QCOMPARE(status(kKiosk, QStringLiteral("11:cc")), QStringLiteral("tail_cut"));
        QCOMPARE(status(kKiosk, QStringLiteral("12:zz")), QStringLiteral("rewritten"));
        QCOMPARE(status(kKiosk, QStringLiteral("nonsense")), QStringLiteral("unreadable"));
        // The highest head stays: an alarm does not lower it.
        QCOMPARE(
            watch.observe(kKiosk, QStringLiteral("12:bb"))->value(u"highestSeq").toInteger(), 12);
        QCOMPARE(watch.alarmCount(kKiosk.terminalId).value(), 2);
        // Each terminal has its own chain.
        QCOMPARE(status(kOther, QStringLiteral("1:aa")), QStringLiteral("ok"));
        QCOMPARE(watch.alarmCount(kOther.terminalId).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditWatch)
#include "tst_auditwatch.moc"
