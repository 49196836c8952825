// A kiosk's application through the reference hall over mutual TLS: the kiosk files a bundle,
// a back-office desk takes it in from the feed and decides it through the workflow, and the
// kiosk's tracking shows every decision. And, with hand-made desk events:
// the back-office desk of the same town hall accepts, routes and decides it (one department
// approves, one refuses; a second decision on the same part is refused by the hall), the kiosk
// pulls the decisions onto its tracking page, and the citizen's rating reaches /evaluations.
// Staff log in at the hall through the desk, and the desk pushes each one's events with their
// session token (the hall takes no staff event without it).
#include "casedecisions.h"
#include "casefeedprojection.h"
#include "casefiling.h"
#include "caseintake.h"
#include "casestore.h"
#include "database.h"
#include "datakeys.h"
#include "demopki.h"
#include "faultinjector.h"
#include "fieldcipher.h"
#include "filingterminal.h"
#include "hallapi.h"
#include "hallclient.h"
#include "hallserver.h"
#include "hallstaffsessions.h"
#include "halltestdatabase.h"
#include "keyring.h"
#include "ratingdelivery.h"
#include "residentid.h"
#include "stafflogin.h"
#include "syncengine.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUuid>

using namespace onewindow;
using namespace onewindow::hall;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

CatalogItem item(const QString &code, const QString &name, const QString &department)
{
    CatalogItem i;
    i.code = code;
    i.name = name;
    i.department = department;
    i.legalLimitDays = 20;
    i.promisedLimitDays = 10;
    i.snapshot = "{\"code\":\"" + code.toLatin1() + "\"}";
    return i;
}

// One terminal with the stores the kiosk runs on (field key, cases, outbox and inbox).
struct Terminal : FilingTerminal
{
    Terminal(const QString &id, quint16 port)
        : FilingTerminal(id, demopki::terminalSettings(id, port))
    { }

    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::cycleFinished);
        engine->syncNow();
        return finished.wait(20'000) && finished.first().first().toBool();
    }

    // Logs the demo staff member in at the hall through this terminal; the engine then pushes
    // their events with the session token.
    bool logIn(const QString &username, const QString &password)
    {
        const QByteArray token = staffLogin(*client, username, password);
        if (token.isEmpty())
            return false;
        m_tokens.insert(QStringLiteral("staff:") + username, token);
        engine->setStaffTokenSource([this](const QString &actor) { return m_tokens.value(actor); });
        return true;
    }

    // A decision made at this desk by staff member username, as the back office writes it.
    Status decide(const QString &caseId, int seq, const QString &type, const QJsonObject &body,
        const QString &username)
    {
        return store->append({ QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, seq,
            type, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
            QStringLiteral("staff:") + username, body });
    }

private:
    QHash<QString, QByteArray> m_tokens;
};

// A hall whose staff are the demo accounts (demo-staff.json).
bool seedStaff(HallApi &api)
{
    QFile staff(QStringLiteral(HALL_SOURCE_DIR "/demo-staff.json"));
    return staff.open(QIODevice::ReadOnly) && api.staff().seedDemo(staff.readAll()).ok();
}

} // namespace

class TestCaseProgressInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(demopki::make()); }

    void decisionsAndRatingTravelBothWays()
    {
        QTemporaryDir hallDir;
        auto hallDb = openTestDatabase(hallDir);
        auto issuers = KeyRing::loadPrivateKeys(demopki::path(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        const KeyRing publishers;
        HallApi api(*hallDb, publishers, issuers.value(), HallApi::Options {});
        QVERIFY(seedStaff(api));
        FaultInjector noFaults(0.0, 1);
        HallServer server(api, noFaults);
        const HallServer::Options tls = demopki::hallTls();
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, tls).ok());

        // The kiosk files a bundle for two departments and pushes it.
        Terminal kiosk(QStringLiteral("GZ-TH-KIOSK-0001"), server.port());
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item(QStringLiteral("MZ-010"), QStringLiteral("最低生活保障申请"),
                        QStringLiteral("GD-MZJ")),
            item(QStringLiteral("SB-001"), QStringLiteral("社会保障卡申领"),
                QStringLiteral("GD-RSJ")) };
        CaseFiling filing(*kiosk.cases, QStringLiteral("GZ-TH-KIOSK-0001"));
        auto filed = filing.file(a, WorkingDayCalendar({}, {}), QDateTime::currentDateTimeUtc());
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        const QString relief = filed->cases.at(0).caseId;
        const QString card = filed->cases.at(1).caseId;
        QVERIFY(kiosk.sync());
        QCOMPARE(
            count(*hallDb, QStringLiteral("SELECT count(*) FROM events WHERE type = 'submitted'")),
            2);

        // The town hall's desk accepts and routes the relief case to two departments (并联审批);
        // 人社 approves, 民政 refuses; the card case needs a correction.
        Terminal desk(QStringLiteral("GZ-TH-DESK-0001"), server.port());
        QVERIFY(desk.logIn(QStringLiteral("zhck01"), QStringLiteral("Demo-2026-zhck")));
        QVERIFY(desk.logIn(QStringLiteral("rsj01"), QStringLiteral("Demo-2026-rsj")));
        QVERIFY(desk.logIn(QStringLiteral("mzj01"), QStringLiteral("Demo-2026-mzj")));
        const QString clerk = QStringLiteral("zhck01");
        QVERIFY(desk.decide(relief, 1, QStringLiteral("accepted"), {}, clerk).ok());
        QVERIFY(desk.decide(relief, 2, QStringLiteral("routed"),
                        { { QStringLiteral("departments"),
                            QJsonArray { QStringLiteral("GD-MZJ"), QStringLiteral("GD-RSJ") } } },
                        clerk)
                    .ok());
        QVERIFY(desk.decide(relief, 3, QStringLiteral("department_approved"),
                        { { QStringLiteral("department"), QStringLiteral("GD-RSJ") } },
                        QStringLiteral("rsj01"))
                    .ok());
        QVERIFY(desk.decide(relief, 4, QStringLiteral("department_refused"),
                        { { QStringLiteral("department"), QStringLiteral("GD-MZJ") },
                            { QStringLiteral("reason"), QStringLiteral("家庭收入高于低保标准") } },
                        QStringLiteral("mzj01"))
                    .ok());
        QVERIFY(desk.decide(relief, 5, QStringLiteral("completed"),
                        { { QStringLiteral("outcome"), QStringLiteral("refused") },
                            { QStringLiteral("reason"),
                                QStringLiteral("民政：家庭收入高于低保标准") } },
                        QStringLiteral("mzj01"))
                    .ok());
        QVERIFY(desk.decide(card, 1, QStringLiteral("correction_requested"),
                        { { QStringLiteral("missing"),
                            QJsonArray { QStringLiteral("近期免冠照片") } } },
                        clerk)
                    .ok());
        QVERIFY(desk.sync());
        QCOMPARE(desk.store->counters()->parked, 0);

        // A second reviewer's decision on 民政's part: the hall keeps the first and says so.
        QVERIFY(desk.decide(relief, 6, QStringLiteral("department_approved"),
                        { { QStringLiteral("department"), QStringLiteral("GD-MZJ") } },
                        QStringLiteral("mzj01"))
                    .ok());
        QVERIFY(desk.sync());
        const auto parked = desk.store->parkedEvents();
        QVERIFY(parked.ok());
        QCOMPARE(parked->size(), 1);
        QCOMPARE(parked->first().code, QStringLiteral("conflict"));

        // The kiosk pulls the decisions onto the cases it filed.
        QVERIFY(kiosk.sync());
        CaseFeedProjection projection(*kiosk.store, kiosk.cases->progress());
        auto changed = projection.applyPending();
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
        QCOMPARE(changed.value(), 6);
        QCOMPARE(*kiosk.cases->progress().status(relief).value(), CaseStatus::Refused);
        QCOMPARE(*kiosk.cases->progress().status(card).value(), CaseStatus::CorrectionRequested);
        const auto tracked = kiosk.cases->track(filed->receiptNumber);
        QVERIFY(tracked.ok() && tracked.value());
        const TrackedCase &t = tracked.value()->cases.at(0);
        QCOMPARE(t.departments.size(), 2);
        QCOMPARE(t.departments.at(0).department, QStringLiteral("GD-MZJ"));
        QCOMPARE(t.departments.at(0).status, QStringLiteral("refused"));
        QCOMPARE(t.departments.at(1).status, QStringLiteral("approved"));
        QCOMPARE(t.history.last().note, QStringLiteral("民政：家庭收入高于低保标准"));
        QCOMPARE(tracked.value()->cases.at(1).history.first().note, QStringLiteral("近期免冠照片"));

        // The citizen rates the submission: `rated` events go with the next push, and one
        // evaluation per case goes to /evaluations.
        QVERIFY(kiosk.cases->ratings()
                    .rate(filed->groupId, 2, { QStringLiteral("slow") },
                        QDateTime::currentDateTimeUtc())
                    .ok());
        RatingDelivery delivery(*kiosk.client, kiosk.cases->ratings());
        QSignalSpy delivered(&delivery, &RatingDelivery::delivered);
        delivery.deliverPending();
        QVERIFY(delivered.wait(20'000));
        QCOMPARE(delivered.first().at(0).toInt(), 1);
        QCOMPARE(delivered.first().at(1).toString(), QString());
        QCOMPARE(
            count(*hallDb, QStringLiteral("SELECT count(*) FROM evaluations WHERE score = 2")), 2);
        QVERIFY(kiosk.cases->ratings().pending()->isEmpty());
        QVERIFY(kiosk.sync());
        QCOMPARE(
            count(*hallDb, QStringLiteral("SELECT count(*) FROM events WHERE type = 'rated'")), 2);
    }

    void theDeskTakesInAKioskCaseAndItsDecisionsReachTheKiosk()
    {
        QTemporaryDir hallDir;
        auto hallDb = openTestDatabase(hallDir);
        auto issuers = KeyRing::loadPrivateKeys(demopki::path(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        const KeyRing publishers;
        HallApi api(*hallDb, publishers, issuers.value(), HallApi::Options {});
        QVERIFY(seedStaff(api));
        FaultInjector noFaults(0.0, 1);
        HallServer server(api, noFaults);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demopki::hallTls()).ok());
        const WorkingDayCalendar calendar({ QDate(2026, 1, 1), QDate(2027, 1, 1) }, {});

        Terminal kiosk(QStringLiteral("GZ-TH-KIOSK-0002"), server.port());
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item(QStringLiteral("MZ-010"), QStringLiteral("最低生活保障申请"),
            QStringLiteral("GD-MZJ")) };
        CaseFiling filing(*kiosk.cases, QStringLiteral("GZ-TH-KIOSK-0002"));
        auto filed = filing.file(a, calendar, QDateTime::currentDateTimeUtc());
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        const QString caseId = filed->cases.at(0).caseId;
        QVERIFY(kiosk.sync());

        // The desk pulls the town hall's feed and takes the case in, applicant sealed here.
        Terminal desk(QStringLiteral("GZ-TH-DESK-0001"), server.port());
        QVERIFY(desk.logIn(QStringLiteral("zhck01"), QStringLiteral("Demo-2026-zhck")));
        QVERIFY(desk.logIn(QStringLiteral("rsj01"), QStringLiteral("Demo-2026-rsj")));
        QVERIFY(desk.logIn(QStringLiteral("mzj01"), QStringLiteral("Demo-2026-mzj")));
        CaseIntake intake(*desk.cases);
        CaseFeedProjection deskFeed(*desk.store, desk.cases->progress(), &intake);
        QVERIFY(desk.sync());
        QVERIFY(deskFeed.applyPending().ok());
        auto dossier = desk.cases->dossier(caseId);
        QVERIFY(dossier.ok() && dossier.value());
        QCOMPARE(dossier.value()->applicant.name, QStringLiteral("张三丰"));
        QCOMPARE(dossier.value()->receiptNumber, filed->receiptNumber);

        // Front desk accepts and routes to two departments; 人社 approves, 民政 refuses.
        CaseDecisions decisions(desk.cases->progress(), *desk.store);
        const auto decide = [&](CaseAction action, const CaseActor &actor,
                                const QString &reason = {}, const QStringList &departments = {}) {
            CaseRequest r;
            r.action = action;
            r.seenVersion
                = decisions.situation(caseId, calendar, QDate::currentDate()).value().version;
            r.reason = reason;
            r.departments = departments;
            return decisions.decide(caseId, r, actor, calendar, QDateTime::currentDateTimeUtc());
        };
        const CaseActor front { QStringLiteral("zhck01"), StaffRole::FrontDesk, {} };
        QVERIFY(decide(CaseAction::Accept, front).ok());
        QVERIFY(decide(
            CaseAction::Route, front, {}, { QStringLiteral("GD-MZJ"), QStringLiteral("GD-RSJ") })
                    .ok());
        QVERIFY(decide(CaseAction::ApprovePart,
            { QStringLiteral("rsj01"), StaffRole::Reviewer, QStringLiteral("GD-RSJ") })
                    .ok());
        auto refused = decide(CaseAction::RefusePart,
            { QStringLiteral("mzj01"), StaffRole::Reviewer, QStringLiteral("GD-MZJ") },
            QStringLiteral("家庭收入高于低保标准"));
        QVERIFY2(refused.ok(), refused.ok() ? "" : qPrintable(refused.error().message));
        QCOMPARE(*refused.value().completedAs, CaseStatus::Refused);
        QVERIFY(desk.sync());
        QCOMPARE(desk.store->counters()->parked, 0);
        QCOMPARE(count(*hallDb,
                     QStringLiteral("SELECT count(*) FROM events WHERE type IN ('accepted', "
                                    "'routed', 'department_approved', 'department_refused', "
                                    "'completed')")),
            5);
        // The desk's own events come back in its feed: applied once, changing nothing.
        QVERIFY(desk.sync());
        QVERIFY(deskFeed.applyPending().ok());
        QCOMPARE(desk.cases->dossier(caseId).value()->history.size(), 5);

        // The kiosk's tracking page shows each department's decision and the outcome.
        QVERIFY(kiosk.sync());
        CaseFeedProjection kioskFeed(*kiosk.store, kiosk.cases->progress());
        QVERIFY(kioskFeed.applyPending().ok());
        QCOMPARE(*kiosk.cases->progress().status(caseId).value(), CaseStatus::Refused);
        const auto tracked = kiosk.cases->track(filed->receiptNumber);
        const TrackedCase &t = tracked.value()->cases.at(0);
        QCOMPARE(t.departments.size(), 2);
        QCOMPARE(t.departments.at(0).status, QStringLiteral("refused"));
        QCOMPARE(t.departments.at(1).status, QStringLiteral("approved"));
        QCOMPARE(t.history.size(), 5);
    }

    // The demo desk's staff sign in at the hall through HallStaffSessions (as the back office's
    // sign-in does), with the demo accounts and password of packaging/run-demo.sh.
    void aDeskSignInOpensTheHallSessionItsDecisionsGoWith()
    {
        QTemporaryDir hallDir;
        auto hallDb = openTestDatabase(hallDir);
        auto issuers = KeyRing::loadPrivateKeys(demopki::path(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        const KeyRing publishers;
        HallApi api(*hallDb, publishers, issuers.value(), HallApi::Options {});
        QVERIFY(seedStaff(api));
        FaultInjector noFaults(0.0, 1);
        HallServer server(api, noFaults);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demopki::hallTls()).ok());

        Terminal kiosk(QStringLiteral("GZ-TH-KIOSK-0001"), server.port());
        CaseApplication a;
        const QString first17 = QStringLiteral("44010619580301123");
        a.applicant = { first17 + ResidentId::checkCharacter(first17), QStringLiteral("张三丰"),
            IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item(
            QStringLiteral("GA-001"), QStringLiteral("居民身份证换领"), QStringLiteral("GD-GAJ")) };
        CaseFiling filing(*kiosk.cases, QStringLiteral("GZ-TH-KIOSK-0001"));
        auto filed = filing.file(a, WorkingDayCalendar({}, {}), QDateTime::currentDateTimeUtc());
        QVERIFY(filed.ok());
        const QString caseId = filed->cases.at(0).caseId;
        QVERIFY(kiosk.sync());

        Terminal desk(QStringLiteral("GZ-TH-DESK-0001"), server.port());
        HallStaffSessions sessions(*desk.client);
        desk.engine->setStaffTokenSource(
            [&sessions](const QString &actor) { return sessions.tokenFor(actor); });
        auto open = [&sessions](const QString &user, const QString &password) {
            std::optional<Status> result;
            sessions.open(user, password, [&](Status s) { result = s; });
            return QTest::qWaitFor([&] { return result.has_value(); }, 20'000) && result->ok();
        };
        QVERIFY(desk.decide(caseId, 1, QStringLiteral("accepted"), {}, QStringLiteral("demo.clerk"))
                    .ok());
        QVERIFY(
            desk.decide(caseId, 2, QStringLiteral("routed"),
                    { { QStringLiteral("departments"), QJsonArray { QStringLiteral("GD-GAJ") } } },
                    QStringLiteral("demo.clerk"))
                .ok());
        QVERIFY(desk.decide(caseId, 3, QStringLiteral("department_approved"),
                        { { QStringLiteral("department"), QStringLiteral("GD-GAJ") } },
                        QStringLiteral("demo.reviewer"))
                    .ok());

        // Nobody signed in at the hall (or with a password it does not know): they wait, unparked.
        QVERIFY(!open(QStringLiteral("demo.clerk"), QStringLiteral("wrong-password")));
        QVERIFY(desk.sync());
        QCOMPARE(desk.store->counters()->queueDepth, 3);
        QCOMPARE(desk.store->counters()->parked, 0);

        // The clerk signs in: theirs go; the reviewer's waits for the reviewer.
        const QString password = QStringLiteral("OneWindow-demo-2026");
        QVERIFY(open(QStringLiteral("demo.clerk"), password));
        QVERIFY(desk.sync());
        QCOMPARE(desk.store->counters()->queueDepth, 1);
        QVERIFY(open(QStringLiteral("demo.reviewer"), password));
        QVERIFY(desk.sync());
        QCOMPARE(desk.store->counters()->queueDepth, 0);
        QCOMPARE(desk.store->counters()->parked, 0);
        QCOMPARE(count(*hallDb,
                     QStringLiteral("SELECT count(*) FROM events WHERE type IN ('accepted', "
                                    "'routed', 'department_approved')")),
            3);
    }
};

QTEST_GUILESS_MAIN(TestCaseProgressInterop)
#include "tst_caseprogressinterop.moc"
