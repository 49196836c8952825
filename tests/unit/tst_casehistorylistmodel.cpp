// CaseHistoryListModel: the history of an open case, oldest first. Roles by the names the delegates
// declare, the rows replaced together, under QAbstractItemModelTester.
#include "casehistorylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCaseHistoryListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreReadByRoleName()
    {
        CaseHistoryListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.size(), 4);
        QCOMPARE(names.value(CaseHistoryListModel::WhenRole), QByteArray("when"));
        QCOMPARE(names.value(CaseHistoryListModel::TextRole), QByteArray("text"));
        QCOMPARE(names.value(CaseHistoryListModel::WhoRole), QByteArray("who"));
        QCOMPARE(names.value(CaseHistoryListModel::NoteRole), QByteArray("note"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({ CaseHistoryRow { u"7 Dec 2026 14:05"_s, u"Filed"_s,
                            u"kiosk GZ-TH-KIOSK-0007"_s, QString() },
            CaseHistoryRow {
                u"8 Dec 2026 09:30"_s, u"Refused"_s, u"rsj01"_s, u"收入高于标准"_s } });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rows().size(), 2);
        QCOMPARE(model.index(1).data(CaseHistoryListModel::WhenRole).value<QString>(),
            u"8 Dec 2026 09:30"_s);
        QCOMPARE(
            model.index(1).data(CaseHistoryListModel::TextRole).value<QString>(), u"Refused"_s);
        QCOMPARE(model.index(1).data(CaseHistoryListModel::WhoRole).value<QString>(), u"rsj01"_s);
        QCOMPARE(model.index(1).data(CaseHistoryListModel::NoteRole).value<QString>(),
            u"收入高于标准"_s);
        QVERIFY(!model.index(2).data(CaseHistoryListModel::WhenRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 99).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children

        // The next case (or none) replaces every row at once.
        model.setRows({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseHistoryListModel)
#include "tst_casehistorylistmodel.moc"
