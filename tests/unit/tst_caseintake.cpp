// A back-office terminal takes in the cases a kiosk filed, from the hall's feed: each case once,
// a bundle under one group, the applicant sealed here and opened for the dossier, its rating
// counted; a kiosk takes in nothing of others; a damaged event is skipped, not a feed stopper.
#include "casefeedprojection.h"
#include "casefiling.h"
#include "caseintake.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "residentid.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace onewindow;

class TestCaseIntake : public QObject
{
    Q_OBJECT
    casetest::CaseStores m_kiosk;
    casetest::CaseStores m_desk;
    FiledApplication m_filed;
    QString m_applicantId;
    const QDateTime m_now { QDate(2026, 9, 24), QTime(2, 0), Qt::UTC };

    // The kiosk's unsent events, as the hall's feed hands them to the desk.
    QList<QJsonObject> kioskEvents()
    {
        QList<QJsonObject> out;
        auto batch = m_kiosk.m_sync->pendingBatch(100);
        if (batch)
            for (const OutboxEvent &e : batch.value())
                out.append(casetest::feedEvent(e));
        return out;
    }

    int pullIntoDesk(const QList<QJsonObject> &events, bool withIntake = true, qint64 cursor = 1)
    {
        if (!m_desk.m_sync->applyFeed(events, cursor))
            return -1;
        CaseIntake intake(*m_desk.m_store);
        CaseFeedProjection projection(
            *m_desk.m_sync, m_desk.m_store->progress(), withIntake ? &intake : nullptr);
        auto changed = projection.applyPending();
        return changed ? changed.value() : -1;
    }

private slots:
    void init()
    {
        for (casetest::CaseStores *s : { &m_kiosk, &m_desk }) {
            const QString failed = s->openStores();
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        m_applicantId = first17 + ResidentId::checkCharacter(first17);
        a.applicant = { m_applicantId, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { casetest::intakeItem(QStringLiteral("SB-001"), QStringLiteral("社会保障卡申领"),
                        QStringLiteral("GD-RSJ")),
            casetest::intakeItem(QStringLiteral("YB-002"), QStringLiteral("医保参保登记"),
                QStringLiteral("GD-YBJ")) };
        a.materials = { { QStringLiteral("SB-001"), QStringLiteral("M1"),
                            QStringLiteral("居民身份证"), true, MaterialProvision::Way::Certificate,
                            QStringLiteral("RESIDENT_ID"), QStringLiteral("C-1") },
            { QStringLiteral("YB-002"), QStringLiteral("M2"), QStringLiteral("户口簿"), true,
                MaterialProvision::Way::Paper, {}, {} } };
        a.answers.insert(QStringLiteral("applicant.phone"), QStringLiteral("13800138000"));
        CaseFiling filing(*m_kiosk.m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        auto filed = filing.file(a, WorkingDayCalendar({}, {}), m_now);
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        m_filed = filed.value();
    }
    void cleanup()
    {
        m_kiosk.closeStores();
        m_desk.closeStores();
    }

    void theDeskTakesInABundleOnce()
    {
        const QList<QJsonObject> events = kioskEvents();
        QCOMPARE(events.size(), 2);
        QCOMPARE(pullIntoDesk(events), 2);
        QCOMPARE(m_desk.m_store->caseCount().value(), 2);

        auto dossier = m_desk.m_store->dossier(m_filed.cases.at(0).caseId);
        QVERIFY(dossier.ok() && dossier.value().has_value());
        const CaseDossier &d = *dossier.value();
        QCOMPARE(d.receiptNumber, m_filed.receiptNumber);
        QCOMPARE(d.filingTerminal, QStringLiteral("GZ-TH-KIOSK-0007"));
        QCOMPARE(d.applicant.idNumber, m_applicantId);
        QCOMPARE(d.applicant.name, QStringLiteral("张三丰"));
        QCOMPARE(d.filed.itemName, QStringLiteral("社会保障卡申领"));
        QCOMPARE(d.filed.department, QStringLiteral("GD-RSJ"));
        QCOMPARE(d.filed.legalDays, 20);
        QCOMPARE(d.filed.status, CaseStatus::Submitted);
        QCOMPARE(d.answers.value(u"applicant.phone").toString(), QStringLiteral("13800138000"));
        QCOMPARE(d.materials.size(), 2); // this item's: the card by certificate, 户口簿 on paper
        QCOMPARE(d.materials.at(0).materialName, QStringLiteral("居民身份证"));
        QCOMPARE(d.materials.at(0).way, MaterialProvision::Way::Certificate);
        QCOMPARE(d.materials.at(0).certificateNumber, QStringLiteral("C-1"));
        QCOMPARE(d.materials.at(1).materialName, QStringLiteral("户口簿"));
        QCOMPARE(d.materials.at(1).way, MaterialProvision::Way::Paper);
        QCOMPARE(d.submittedAt, m_filed.submittedAt);
        // The receipt's tracking works at the desk too: both cases under one receipt.
        QCOMPARE(m_desk.m_store->track(m_filed.receiptNumber).value()->cases.size(), 2);

        // The feed repeating itself stores nothing twice; nothing goes back to the hall.
        QCOMPARE(pullIntoDesk(events, true, 2), 0);
        QCOMPARE(m_desk.m_store->caseCount().value(), 2);
        QCOMPARE(m_desk.m_sync->pendingBatch(10).value().size(), 0);

        // The applicant is sealed at rest at the desk as at the kiosk.
        QSqlQuery q(m_desk.m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT people FROM case_groups")) && q.next());
        QVERIFY(!q.value(0).toByteArray().contains("张三丰"));
        QVERIFY(!q.value(0).toByteArray().contains(m_applicantId.toLatin1()));
    }

    void aKioskTakesInNothingOfOthers()
    {
        QCOMPARE(pullIntoDesk(kioskEvents(), false), 0);
        QCOMPARE(m_desk.m_store->caseCount().value(), 0);
        // Declined by a kiosk's consumers, not offered to them again...
        QCOMPARE(m_desk.m_sync->unappliedInbox(10, QStringLiteral("progress")).value().size(), 0);
        // ...but kept for a terminal with an intake.
        QCOMPARE(
            m_desk.m_sync->unappliedInbox(10, QStringLiteral("progress,intake")).value().size(),
            kioskEvents().size());
    }

    // The acceptance walk: the desk's `onewindowctl sync now` pulled three cases, a terminal
    // without the back office's intake applied them first (the shell did so at start-up), and
    // the back office then started with none. Pulled events wait for a consumer that takes them.
    void casesPulledBeforeTheBackOfficeStartedAreTakenIn()
    {
        QCOMPARE(pullIntoDesk(kioskEvents(), false), 0);
        QCOMPARE(m_desk.m_store->caseCount().value(), 0);
        CaseIntake intake(*m_desk.m_store);
        CaseFeedProjection backOffice(*m_desk.m_sync, m_desk.m_store->progress(), &intake);
        auto changed = backOffice.applyPending();
        QVERIFY(changed.ok());
        QVERIFY(changed.value() > 0);
        QCOMPARE(m_desk.m_store->caseCount().value(), 2);
        QVERIFY(m_desk.m_sync->unappliedInbox(10, backOffice.consumers())->isEmpty());
    }

    void aDamagedSubmissionIsSkippedAndTheFeedGoesOn()
    {
        QList<QJsonObject> events = kioskEvents();
        QJsonObject body = events[0].value(u"body").toObject();
        QJsonObject applicant = body.value(u"applicant").toObject();
        applicant.insert(QStringLiteral("idNumber"), QStringLiteral("440106195803011230"));
        body.insert(QStringLiteral("applicant"), applicant);
        events[0].insert(QStringLiteral("body"), body);
        QJsonObject noItem = events[1].value(u"body").toObject();
        noItem.remove(QStringLiteral("itemName"));
        QJsonObject second = events[1];
        second.insert(QStringLiteral("body"), noItem);
        events[1] = second;

        QCOMPARE(pullIntoDesk(events), 0);
        QCOMPARE(m_desk.m_store->caseCount().value(), 0);
        QCOMPARE(
            m_desk.m_sync->unappliedInbox(10, QStringLiteral("progress,intake")).value().size(), 0);

        CaseIntake intake(*m_desk.m_store);
        OutboxEvent bad { QStringLiteral("e-1"), QStringLiteral("c-1"), 1,
            QStringLiteral("submitted"), m_now.toString(Qt::ISODateWithMs), {}, noItem };
        auto refused = intake.takeSubmitted(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("cases.intake_malformed"));
        QVERIFY(refused.error().message.contains(QStringLiteral("e-1")));
        QVERIFY(!refused.error().message.contains(m_applicantId));
    }

    void aRatingGivenAtTheKioskIsCountedAtTheDesk()
    {
        QVERIFY(pullIntoDesk(kioskEvents()) == 2);
        QVERIFY(m_kiosk.m_sync
                    ->markSent([&] {
                        QStringList ids;
                        const auto batch = m_kiosk.m_sync->pendingBatch(100);
                        for (const OutboxEvent &e : batch.value())
                            ids.append(e.eventId);
                        return ids;
                    }())
                    .ok());
        QVERIFY(m_kiosk.m_store->ratings()
                    .rate(m_filed.groupId, 2, { QStringLiteral("slow") }, m_now.addDays(3))
                    .ok());
        const QList<QJsonObject> rated = kioskEvents();
        QCOMPARE(rated.size(), 2); // one per case of the bundle
        pullIntoDesk(rated, true, 3);

        QSqlQuery q(m_desk.m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_id, score, reasons, sent_at IS NOT NULL "
                                      "FROM case_ratings")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), m_filed.groupId);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toString(), QStringLiteral("[\"slow\"]"));
        QVERIFY(q.value(3).toBool()); // not sent to the hall again from here
        QVERIFY(!q.next());
        QCOMPARE(m_desk.m_store->ratings().pending().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseIntake)
#include "tst_caseintake.moc"
