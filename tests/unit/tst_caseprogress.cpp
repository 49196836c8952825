// What happens to a filed case afterwards: the hall's decisions applied once each, parallel
// review tasks where the first decision wins, nothing final overwritten, reasons sealed at rest,
// the tracking page's history; ratings stored with their `rated` events and queued for the hall.
#include "casefeedprojection.h"
#include "casefiling.h"
#include "caseratingstore.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "residentid.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

CatalogItem item(const QString &code, const QString &name, const QString &department)
{
    CatalogItem i;
    i.code = code;
    i.name = name;
    i.department = department;
    i.legalLimitDays = 20;
    i.promisedLimitDays = 5;
    i.snapshot = "{\"code\":\"" + code.toLatin1() + "\"}";
    return i;
}

} // namespace

class TestCaseProgress : public QObject, casetest::CaseStores
{
    Q_OBJECT
    FiledApplication m_filed;
    int m_hallSeq = 0;
    const QDateTime m_now { QDate(2026, 9, 24), QTime(2, 0), Qt::UTC };

    // An event of the hall's feed about case `index` of the filed bundle.
    QJsonObject event(
        int index, const QString &type, const QJsonObject &body = {}, const QString &id = QString())
    {
        ++m_hallSeq;
        return { { QStringLiteral("eventId"),
                     id.isEmpty() ? QStringLiteral("hall-%1").arg(m_hallSeq) : id },
            { QStringLiteral("caseId"), m_filed.cases.at(index).caseId },
            { QStringLiteral("seq"), m_hallSeq + 1 }, { QStringLiteral("type"), type },
            { QStringLiteral("at"), m_now.addSecs(60 * m_hallSeq).toString(Qt::ISODateWithMs) },
            { QStringLiteral("actor"), QStringLiteral("staff:zhck01") },
            { QStringLiteral("body"), body } };
    }

    int pull(const QList<QJsonObject> &events)
    {
        if (!m_sync->applyFeed(events, m_hallSeq))
            return -1;
        CaseFeedProjection projection(*m_sync, m_store->progress());
        auto changed = projection.applyPending();
        return changed ? changed.value() : -1;
    }

    CaseStatus statusOf(int index)
    {
        auto s = m_store->progress().status(m_filed.cases.at(index).caseId);
        return s && s.value() ? *s.value() : CaseStatus::Submitted;
    }

    TrackedCase tracked(int index)
    {
        auto t = m_store->track(m_filed.receiptNumber);
        return t.value()->cases.at(index);
    }

private slots:
    void init()
    {
        const QString failed = openStores();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item(QStringLiteral("SB-001"), QStringLiteral("社会保障卡申领"),
                        QStringLiteral("GD-RSJ")),
            item(QStringLiteral("YB-002"), QStringLiteral("医保参保登记"),
                QStringLiteral("GD-YBJ")) };
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        auto filed = filing.file(a, WorkingDayCalendar({}, {}), m_now);
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        m_filed = filed.value();
        m_hallSeq = 0;
    }
    void cleanup() { closeStores(); }

    void decisionsReachTheTrackingPage()
    {
        QCOMPARE(
            pull({ event(0, QStringLiteral("accepted")),
                event(0, QStringLiteral("routed"),
                    { { QStringLiteral("departments"),
                        QJsonArray { QStringLiteral("GD-RSJ"), QStringLiteral("GD-MZJ") } } }) }),
            2);
        QCOMPARE(statusOf(0), CaseStatus::InReview);
        QCOMPARE(statusOf(1), CaseStatus::Submitted);
        TrackedCase t = tracked(0);
        QCOMPARE(t.departments.size(), 2);
        QCOMPARE(t.departments.at(0).status, QStringLiteral("open"));
        QCOMPARE(t.history.size(), 2);
        QCOMPARE(t.history.at(0).type, QStringLiteral("accepted"));

        // Parallel review: 人社 approves; 民政 refuses, then a second reviewer's approval of the
        // same part is history only; the first stored decision stands.
        pull({ event(0, QStringLiteral("department_approved"),
                   { { QStringLiteral("department"), QStringLiteral("GD-RSJ") } }),
            event(0, QStringLiteral("department_refused"),
                { { QStringLiteral("department"), QStringLiteral("GD-MZJ") },
                    { QStringLiteral("reason"), QStringLiteral("户籍不在本镇") } }),
            event(0, QStringLiteral("department_approved"),
                { { QStringLiteral("department"), QStringLiteral("GD-MZJ") } }) });
        t = tracked(0);
        QCOMPARE(t.departments.at(0).department, QStringLiteral("GD-MZJ"));
        QCOMPARE(t.departments.at(0).status, QStringLiteral("refused"));
        QCOMPARE(t.departments.at(1).status, QStringLiteral("approved"));
        QCOMPARE(t.history.at(3).note, QStringLiteral("户籍不在本镇"));

        pull({ event(0, QStringLiteral("completed"),
            { { QStringLiteral("outcome"), QStringLiteral("refused") },
                { QStringLiteral("reason"), QStringLiteral("民政：户籍不在本镇") } }) });
        QCOMPARE(statusOf(0), CaseStatus::Refused);
        // A refused case is final: a late acceptance changes nothing but the history.
        pull({ event(0, QStringLiteral("accepted")) });
        QCOMPARE(statusOf(0), CaseStatus::Refused);
        QCOMPARE(tracked(0).history.last().type, QStringLiteral("accepted"));
    }

    void eachEventAppliesOnce()
    {
        const QJsonObject correction = event(1, QStringLiteral("correction_requested"),
            { { QStringLiteral("missing"),
                QJsonArray { QStringLiteral("户口簿"), QStringLiteral("近期免冠照片") } } },
            QStringLiteral("hall-fixed"));
        QCOMPARE(pull({ correction }), 1);
        QCOMPARE(statusOf(1), CaseStatus::CorrectionRequested);
        // The same event again (a replayed feed page): stored once, applied once.
        QCOMPARE(pull({ correction }), 0);
        QCOMPARE(tracked(1).history.size(), 1);
        QCOMPARE(tracked(1).history.at(0).note, QStringLiteral("户口簿；近期免冠照片"));
        QVERIFY(m_sync->unappliedInbox(10, QStringLiteral("progress"))->isEmpty());

        // Reasons may name people: sealed at rest.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT note FROM case_history")) && q.next());
        QVERIFY(!q.value(0).toByteArray().contains(QByteArray("户口簿")));
    }

    void casesOfOtherTerminalsAreLeftToTheBackOffice()
    {
        QJsonObject other = event(0, QStringLiteral("accepted"));
        other.insert(QStringLiteral("caseId"), QStringLiteral("case-of-another-terminal"));
        QCOMPARE(pull({ other, event(0, QStringLiteral("submitted")) }), 0);
        // Declined here and not offered to this kiosk again, but kept for a back office.
        QVERIFY(m_sync->unappliedInbox(10, QStringLiteral("progress"))->isEmpty());
        QCOMPARE(m_sync->unappliedInbox(10, QStringLiteral("progress,intake"))->size(), 1);
        QCOMPARE(statusOf(0), CaseStatus::Submitted);
    }

    void statusAfterFollowsTheProtocol()
    {
        OutboxEvent e;
        e.type = QStringLiteral("completed");
        QVERIFY(!CaseFeedProjection::statusAfter(e)); // no outcome: history only
        e.body = { { QStringLiteral("outcome"), QStringLiteral("approved") } };
        QCOMPARE(*CaseFeedProjection::statusAfter(e), CaseStatus::Approved);
        e.type = QStringLiteral("withdrawn");
        QCOMPARE(*CaseFeedProjection::statusAfter(e), CaseStatus::Withdrawn);
        e.type = QStringLiteral("rated");
        QVERIFY(!CaseFeedProjection::statusAfter(e));
        e.type = QStringLiteral("something_new");
        QVERIFY(!CaseFeedProjection::statusAfter(e));
    }

    void ratingGoesOutWithItsEvents()
    {
        CaseRatingStore &ratings = m_store->ratings();
        QCOMPARE(ratings.rate(m_filed.groupId, 6, {}, m_now).error().code,
            QStringLiteral("cases.bad_rating"));
        QVERIFY(ratings.rate(m_filed.groupId, 2, { QStringLiteral("slow") }, m_now).ok());
        QCOMPARE(ratings.rate(m_filed.groupId, 5, {}, m_now).error().code,
            QStringLiteral("cases.already_rated"));
        QCOMPARE(ratings.rate(QStringLiteral("no-such-group"), 5, {}, m_now).error().code,
            QStringLiteral("cases.unknown_group"));

        // One `rated` event per case, numbered after the submission (seq 1).
        const auto outbox = m_sync->pendingBatch(10);
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->size(), 4);
        QCOMPARE(outbox->at(2).type, QStringLiteral("rated"));
        QCOMPARE(outbox->at(2).seq, 2);
        QCOMPARE(outbox->at(2).body.value(u"score").toInt(), 2);

        auto pending = ratings.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->at(0).caseIds,
            QStringList({ m_filed.cases.at(0).caseId, m_filed.cases.at(1).caseId }));
        QCOMPARE(pending->at(0).reasons, QStringList { QStringLiteral("slow") });
        QVERIFY(ratings.markSent(m_filed.groupId).ok());
        QVERIFY(ratings.pending()->isEmpty());
    }

    void aRefusedRatingIsNotSentAgain()
    {
        QVERIFY(m_store->ratings().rate(m_filed.groupId, 4, {}, m_now).ok());
        QVERIFY(m_store->ratings().markRefused(m_filed.groupId, QStringLiteral("invalid: x")).ok());
        QVERIFY(m_store->ratings().pending()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseProgress)
#include "tst_caseprogress.moc"
