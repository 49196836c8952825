// CaseMaterialListModel: the materials of an open case and how each stands for a decision. Roles by
// the names the delegates declare, the rows replaced together, under QAbstractItemModelTester.
#include "casemateriallistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseMaterialListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreReadByRoleName()
    {
        CaseMaterialListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.size(), 6);
        QCOMPARE(names.value(CaseMaterialListModel::CodeRole), QByteArray("code"));
        QCOMPARE(names.value(CaseMaterialListModel::NameRole), QByteArray("name"));
        QCOMPARE(names.value(CaseMaterialListModel::RequiredRole), QByteArray("required"));
        QCOMPARE(names.value(CaseMaterialListModel::WayRole), QByteArray("way"));
        QCOMPARE(names.value(CaseMaterialListModel::StateCodeRole), QByteArray("stateCode"));
        QCOMPARE(names.value(CaseMaterialListModel::DetailRole), QByteArray("detail"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({ CaseMaterialRow { u"M1"_s, u"居民身份证"_s, true, u"certificate"_s,
                            u"certificate"_s, u"e-certificate 1"_s },
            CaseMaterialRow { u"M3"_s, u"家庭收入证明"_s, false, u"paper"_s, u"optional"_s,
                u"paper, if it applies"_s } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().size(), 2);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::CodeRole).value<QString>(), u"M3"_s);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::NameRole).value<QString>(),
            u"家庭收入证明"_s);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::RequiredRole).value<bool>(), false);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::WayRole).value<QString>(), u"paper"_s);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::StateCodeRole).value<QString>(),
            u"optional"_s);
        QCOMPARE(model.index(1).data(CaseMaterialListModel::DetailRole).value<QString>(),
            u"paper, if it applies"_s);
        QVERIFY(!model.index(2).data(CaseMaterialListModel::CodeRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children

        // The next case (or none) replaces every row at once.
        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseMaterialListModel)
#include "tst_casemateriallistmodel.moc"
