// CaseChoiceListModel: the choices an action's dialog offers (paper to check, departments to route
// to). Roles by the names the delegates declare, the rows replaced together, under
// QAbstractItemModelTester.
#include "casechoicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseChoiceListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreReadByRoleName()
    {
        CaseChoiceListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.value(CaseChoiceListModel::CodeRole), QByteArray("code"));
        QCOMPARE(names.value(CaseChoiceListModel::NameRole), QByteArray("name"));
        QCOMPARE(
            names.value(CaseChoiceListModel::InitiallyCheckedRole), QByteArray("initiallyChecked"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({ CaseChoice { u"M1"_s, u"居民户口簿"_s, false },
            CaseChoice { u"GD-RSJ"_s, u"人力资源和社会保障局"_s, true } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().size(), 2);
        QCOMPARE(model.index(1).data(CaseChoiceListModel::CodeRole).value<QString>(), u"GD-RSJ"_s);
        QCOMPARE(model.index(1).data(CaseChoiceListModel::NameRole).value<QString>(),
            u"人力资源和社会保障局"_s);
        QCOMPARE(
            model.index(1).data(CaseChoiceListModel::InitiallyCheckedRole).value<bool>(), true);
        QVERIFY(!model.index(2).data(CaseChoiceListModel::CodeRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children

        // The next case (or none) replaces every row at once.
        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseChoiceListModel)
#include "tst_casechoicelistmodel.moc"
