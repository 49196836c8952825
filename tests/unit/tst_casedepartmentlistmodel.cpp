// CaseDepartmentListModel: the departments' parts of an open case. Roles by the names the delegates
// declare, the rows replaced together, under QAbstractItemModelTester.
#include "casedepartmentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseDepartmentListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreReadByRoleName()
    {
        CaseDepartmentListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.value(CaseDepartmentListModel::NameRole), QByteArray("name"));
        QCOMPARE(names.value(CaseDepartmentListModel::StatusRole), QByteArray("status"));
        QCOMPARE(names.value(CaseDepartmentListModel::StatusTextRole), QByteArray("statusText"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({ CaseDepartmentRow { u"民政局"_s, u"open"_s, u"under review"_s },
            CaseDepartmentRow { u"人力资源和社会保障局"_s, u"refused"_s, u"refused"_s } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().size(), 2);
        QCOMPARE(model.index(1).data(CaseDepartmentListModel::NameRole).value<QString>(),
            u"人力资源和社会保障局"_s);
        QCOMPARE(model.index(1).data(CaseDepartmentListModel::StatusRole).value<QString>(),
            u"refused"_s);
        QCOMPARE(model.index(1).data(CaseDepartmentListModel::StatusTextRole).value<QString>(),
            u"refused"_s);
        QVERIFY(!model.index(2).data(CaseDepartmentListModel::NameRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children

        // The next case (or none) replaces every row at once.
        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseDepartmentListModel)
#include "tst_casedepartmentlistmodel.moc"
