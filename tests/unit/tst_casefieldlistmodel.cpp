// CaseFieldListModel: the label and value rows of an open case (applicant, form answers). Roles by
// the names the delegates declare, the rows replaced together, under QAbstractItemModelTester.
#include "casefieldlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseFieldListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreReadByRoleName()
    {
        CaseFieldListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.value(CaseFieldListModel::LabelRole), QByteArray("label"));
        QCOMPARE(names.value(CaseFieldListModel::ValueRole), QByteArray("value"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(
            { CaseField { u"Applicant"_s, u"张三丰"_s }, CaseField { u"申请人"_s, u"yes"_s } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().size(), 2);
        QCOMPARE(model.index(1).data(CaseFieldListModel::LabelRole).value<QString>(), u"申请人"_s);
        QCOMPARE(model.index(1).data(CaseFieldListModel::ValueRole).value<QString>(), u"yes"_s);
        QVERIFY(!model.index(2).data(CaseFieldListModel::LabelRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children

        // The next case (or none) replaces every row at once.
        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseFieldListModel)
#include "tst_casefieldlistmodel.moc"
