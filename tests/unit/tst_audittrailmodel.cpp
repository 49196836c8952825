// The audit page's model over a real terminal database: nothing read signed out, the newest
// entry first, the chain verified; under QAbstractItemModelTester.
#include "admintestsupport.h"
#include "audittrailmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;
using admintest::actions;
using admintest::kPassword;

class TestAuditTrailModel : public QObject, private admintest::AdminTerminal
{
    Q_OBJECT

private slots:
    void init()
    {
        const QString failed = openTerminal();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void theAuditPageShowsTheNewestFirstAndVerifies()
    {
        AuditTrailModel trail(*m_audit, *m_staff);
        QAbstractItemModelTester tester(
            &trail, QAbstractItemModelTester::FailureReportingMode::Fatal);
        trail.refresh();
        QVERIFY(!trail.checked()); // signed out: nothing read
        QCOMPARE(trail.rowCount(), 0);
        m_staff->signInNow(u"admin01"_s, kPassword);
        trail.refresh();
        QVERIFY(trail.verified());
        QCOMPARE(trail.verifiedEntries(), 2);
        QCOMPARE(trail.rowCount(), 2);
        QCOMPARE(trail.index(0).data(AuditTrailModel::ActionRole).toString(), AuditLog::kSignIn);
        QCOMPARE(
            trail.index(1).data(AuditTrailModel::ActionRole).toString(), AuditLog::kStaffChange);
        QVERIFY(!trail.index(0).data(AuditTrailModel::ActionTextRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestAuditTrailModel)
#include "tst_audittrailmodel.moc"
