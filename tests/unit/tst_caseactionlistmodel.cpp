// CaseActionListModel: the actions offered on an open case with their labels, read by the role
// names the buttons and the action dialog declare, under QAbstractItemModelTester.
#include "caseactionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

class TestCaseActionListModel : public QObject
{
    Q_OBJECT
private slots:
    void offersAreReadByRoleName()
    {
        CaseActionListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QHash<int, QByteArray> names = model.roleNames();
        const QList<QByteArray> expected { "code", "label", "blockedReason", "checksMaterials",
            "needsReason", "needsMissing", "needsDepartments", "needsDays", "maxDays", "grave" };
        QCOMPARE(names.size(), expected.size());
        for (const QByteArray &name : expected)
            QVERIFY2(names.key(name, -1) > Qt::UserRole, name.constData());

        CaseSituation s;
        s.status = CaseStatus::InReview;
        const CaseActionOffer extend = CaseActionOffers::offer(s, CaseAction::Extend);
        CaseActionOffer refuse = CaseActionOffers::offer(s, CaseAction::RefusePart);
        refuse.blockedReason = u"not yet"_s;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({ { extend, u"Approve an extension"_s }, { refuse, u"Refuse our part"_s } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const auto at = [&model](int row, CaseActionListModel::Role role) {
            return model.index(row).data(role);
        };
        QCOMPARE(at(0, CaseActionListModel::CodeRole).toString(), u"extend"_s);
        QCOMPARE(at(0, CaseActionListModel::LabelRole).toString(), u"Approve an extension"_s);
        QVERIFY(at(0, CaseActionListModel::NeedsDaysRole).toBool());
        QVERIFY(at(0, CaseActionListModel::NeedsReasonRole).toBool());
        QCOMPARE(at(0, CaseActionListModel::MaxDaysRole).toInt(), extend.maxDays);
        QVERIFY(!at(0, CaseActionListModel::GraveRole).toBool());
        QVERIFY(at(0, CaseActionListModel::BlockedReasonRole).toString().isEmpty());
        QVERIFY(at(1, CaseActionListModel::GraveRole).toBool());
        QCOMPARE(at(1, CaseActionListModel::BlockedReasonRole).toString(), u"not yet"_s);
        QVERIFY(!at(1, CaseActionListModel::NeedsMissingRole).toBool());
        QVERIFY(!at(1, CaseActionListModel::NeedsDepartmentsRole).toBool());
        QCOMPARE(at(1, CaseActionListModel::ChecksMaterialsRole).toBool(), refuse.checksMaterials);
        QVERIFY(!model.index(2).data(CaseActionListModel::CodeRole).isValid());

        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseActionListModel)
#include "tst_caseactionlistmodel.moc"
