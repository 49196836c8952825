// Filing a kiosk application: one transaction for the group, its cases, their events and the
// receipt number; nothing stored when anything is wrong; personal data sealed at rest.
#include "casefiling.h"
#include "casestore.h"
#include "casetestsupport.h"
#include "database.h"
#include "datakeys.h"
#include "fieldcipher.h"
#include "receiptnumber.h"
#include "residentid.h"
#include "syncstore.h"
#include "workingdaycalendar.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;

namespace {

QString validId(const QString &first17) { return first17 + ResidentId::checkCharacter(first17); }

CatalogItem item(const QString &code, const QString &name, const QString &department, int promised,
    QList<CatalogFormField> form)
{
    CatalogItem i;
    i.code = code;
    i.name = name;
    i.department = department;
    i.legalLimitDays = 20;
    i.promisedLimitDays = promised;
    i.form = form;
    i.materials = { { QStringLiteral("M1"), QStringLiteral("居民身份证"), true, 1,
                        { QStringLiteral("RESIDENT_ID") }, {} },
        { QStringLiteral("M2"), QStringLiteral("户口簿"), true, 1, { QStringLiteral("HOUSEHOLD") },
            {} } };
    i.snapshot = "{\"code\":\"" + code.toLatin1() + "\"}";
    return i;
}

CatalogFormField field(const QString &key, const QString &type, bool required = true)
{
    CatalogFormField f;
    f.key = key;
    f.label = key;
    f.type = type;
    f.required = required;
    return f;
}

WorkingDayCalendar calendar2026()
{
    QList<QDate> holidays;
    for (int day : { 1, 2, 5, 6, 7 })
        holidays.append(QDate(2026, 10, day));
    holidays.append(QDate(2026, 9, 25));
    return WorkingDayCalendar(holidays, { QDate(2026, 9, 27), QDate(2026, 10, 10) });
}

} // namespace

class TestCaseFiling : public QObject, casetest::CaseStores
{
    Q_OBJECT
    const QString m_zhang = validId(QStringLiteral("44010619580301123"));
    const QString m_li = validId(QStringLiteral("44010619850712456"));
    // Thursday 24 September 2026, 10:00 in Guangzhou
    const QDateTime m_now { QDate(2026, 9, 24), QTime(2, 0), Qt::UTC };

    CaseApplication bundle() const
    {
        CaseApplication a;
        a.applicant = { m_zhang, QStringLiteral("张三丰"), IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item(QStringLiteral("SB-001"), QStringLiteral("社会保障卡申领"),
                        QStringLiteral("GD-RSJ"), 5,
                        { field(QStringLiteral("applicant.name"), QStringLiteral("text")),
                            field(QStringLiteral("applicant.phone"), QStringLiteral("phone")) }),
            item(QStringLiteral("YB-002"), QStringLiteral("医保参保登记"), QStringLiteral("GD-YBJ"),
                1,
                { field(QStringLiteral("applicant.phone"), QStringLiteral("phone")),
                    field(QStringLiteral("insured.since"), QStringLiteral("date"), false) }) };
        a.answers = { { QStringLiteral("applicant.name"), QStringLiteral("张三丰") },
            { QStringLiteral("applicant.phone"), QStringLiteral("13812345678") } };
        a.materials = { { QStringLiteral("SB-001"), QStringLiteral("M1"),
            QStringLiteral("居民身份证"), true, MaterialProvision::Way::Certificate,
            QStringLiteral("RESIDENT_ID"), QStringLiteral("RID-0001") } };
        a.dataUse = { { QStringLiteral("RESIDENT_ID"), QStringLiteral("RID-0001"),
            { QStringLiteral("RESIDENT_ID.holderName") }, QStringLiteral("社会保障卡申领") } };
        a.dataUseConsentAt = m_now;
        return a;
    }

    int count(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        const QString failed = openStores();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanup() { closeStores(); }

    void filesABundleInOneGo()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const auto filed = filing.file(bundle(), calendar2026(), m_now);
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        QCOMPARE(filed->cases.size(), 2);
        QVERIFY(filed->receiptNumber.startsWith(QStringLiteral("GZTH0007-20260924-0001")));
        QVERIFY(ReceiptNumber::parse(filed->receiptNumber).ok());
        QCOMPARE(filed->subjectMasked, QStringLiteral("张**"));
        // Mid-Autumn (25th) off, Sunday 27th worked: 5 days → 1 Oct holidays → 8 Oct.
        QCOMPARE(filed->cases.at(0).dueDate, QDate(2026, 10, 8));
        QCOMPARE(filed->cases.at(1).dueDate, QDate(2026, 9, 27));
        // Every material is accounted for: M1 of SB-001 by certificate, the rest on paper.
        QCOMPARE(filed->materials.size(), 4);
        int paper = 0;
        for (const auto &m : filed->materials)
            paper += m.way == MaterialProvision::Way::Paper;
        QCOMPARE(paper, 3);

        QCOMPARE(count(QStringLiteral("case_groups")), 1);
        QCOMPARE(count(QStringLiteral("cases")), 2);
        QCOMPARE(count(QStringLiteral("events")), 2);
        const auto outbox = m_sync->pendingBatch(10);
        QVERIFY(outbox.ok());
        QCOMPARE(outbox->size(), 2);
        QCOMPARE(outbox->at(0).type, QStringLiteral("submitted"));
        QCOMPARE(outbox->at(0).body.value(u"receiptNumber").toString(), filed->receiptNumber);
        QCOMPARE(outbox->at(0).body.value(u"applicant").toObject().value(u"idNumber").toString(),
            m_zhang);

        // A second application the same day takes the next number.
        const auto second = filing.file(bundle(), calendar2026(), m_now.addSecs(60));
        QVERIFY(second->receiptNumber.startsWith(QStringLiteral("GZTH0007-20260924-0002")));
    }

    // The town hall's day, not the machine's: 20:41 UTC on 23 September is 04:41 on the 24th
    // in Guangdong. A terminal set to UTC once numbered that receipt by the 23rd and counted its
    // time limits from there (issue 24 item 10).
    void theReceiptAndTheLimitsGoByTheTownHallsDay()
    {
        qputenv("TZ", "UTC");
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const QDateTime lateEvening(QDate(2026, 9, 23), QTime(20, 41), Qt::UTC);
        const auto filed = filing.file(bundle(), calendar2026(), lateEvening);
        qunsetenv("TZ");
        QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
        QVERIFY2(filed->receiptNumber.startsWith(QStringLiteral("GZTH0007-20260924-")),
            qPrintable(filed->receiptNumber));
        QCOMPARE(filed->cases.at(0).dueDate, QDate(2026, 10, 8)); // as filed on the 24th
    }

    void trackingShowsProgressWithoutPersonalData()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const auto filed = filing.file(bundle(), calendar2026(), m_now);
        QVERIFY(filed.ok());
        const auto tracked = m_store->track(filed->receiptNumber);
        QVERIFY(tracked.ok() && tracked.value());
        QCOMPARE(tracked.value()->subjectMasked, QStringLiteral("张**"));
        QCOMPARE(tracked.value()->cases.size(), 2);
        QCOMPARE(tracked.value()->cases.at(0).filed.status, CaseStatus::Submitted);
        QVERIFY(!m_store->track(QStringLiteral("GZTH0007-20260924-00099")).value());

        const auto again = m_store->filed(filed->receiptNumber);
        QVERIFY(again.ok() && again.value());
        QCOMPARE(again.value()->cases.size(), 2);
        QCOMPARE(again.value()->materials.size(), 4);
        QCOMPARE(again.value()->dataUse.size(), 1);
        QCOMPARE(again.value()->dataUse.at(0).purpose, QStringLiteral("社会保障卡申领"));
    }

    // Issue 24 (111): an application taken while the hall was away showed as "Submitted" on
    // its tracking page. Until the hall has it, it says it is here and not yet sent; the kiosk
    // counts it among the applications waiting, once for its two items.
    void anApplicationTheHallHasNotReceivedSaysSo()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const auto filed = filing.file(bundle(), calendar2026(), m_now);
        QVERIFY(filed.ok());
        QCOMPARE(m_sync->counters()->waitingApplications, 1);
        auto tracked = m_store->track(filed->receiptNumber);
        QVERIFY(tracked.ok() && tracked.value());
        for (const TrackedCase &c : tracked.value()->cases) {
            QVERIFY(!c.reachedHall);
            QCOMPARE(CaseStatuses::trackingName(c.filed.status, c.reachedHall),
                QStringLiteral("Received at this terminal, not yet sent"));
        }
        const auto second = filing.file(bundle(), calendar2026(), m_now.addSecs(60));
        QVERIFY(second.ok());
        QCOMPARE(m_sync->counters()->waitingApplications, 2);

        // The hall acknowledges the first application's events.
        const auto outbox = m_sync->pendingBatch(10);
        QVERIFY(outbox.ok());
        QStringList first;
        for (const OutboxEvent &e : outbox.value())
            for (const FiledCase &c : filed->cases)
                if (e.caseId == c.caseId)
                    first << e.eventId;
        QCOMPARE(first.size(), 2);
        QVERIFY(m_sync->markSent(first).ok());
        QCOMPARE(m_sync->counters()->waitingApplications, 1);
        tracked = m_store->track(filed->receiptNumber);
        for (const TrackedCase &c : tracked.value()->cases) {
            QVERIFY(c.reachedHall);
            QCOMPARE(CaseStatuses::trackingName(c.filed.status, c.reachedHall),
                CaseStatuses::displayName(CaseStatus::Submitted));
        }
        // Later statuses come from the hall: never "not yet sent".
        QCOMPARE(CaseStatuses::trackingName(CaseStatus::Approved, false),
            CaseStatuses::displayName(CaseStatus::Approved));
    }

    void forSomeoneElseNeedsConsentAndNamesBoth()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        CaseApplication a = bundle();
        a.principal = IdentifiedPerson { m_li, QStringLiteral("李四"), IdentityProof::TypedNumber };
        QCOMPARE(filing.file(a, calendar2026(), m_now).error().code,
            QStringLiteral("cases.consent_missing"));
        a.principalConsentAt = m_now;
        const auto filed = filing.file(a, calendar2026(), m_now);
        QVERIFY(filed.ok());
        QCOMPARE(filed->subjectMasked, QStringLiteral("李*"));
        QCOMPARE(filed->applicantMasked, QStringLiteral("张**"));
        QCOMPARE(filed->principalMasked, QStringLiteral("李*"));
        const auto again = m_store->filed(filed->receiptNumber);
        QCOMPARE(again.value()->principalMasked, QStringLiteral("李*"));
    }

    void nothingIsStoredWhenTheFormIsWrong()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        CaseApplication a = bundle();
        a.answers.insert(QStringLiteral("applicant.phone"), QStringLiteral("12345"));
        a.answers.remove(QStringLiteral("applicant.name"));
        QList<FieldProblem> problems;
        QCOMPARE(filing.file(a, calendar2026(), m_now, &problems).error().code,
            QStringLiteral("form.incomplete"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(count(QStringLiteral("cases")), 0);
        QCOMPARE(count(QStringLiteral("events")), 0);
        QCOMPARE(count(QStringLiteral("receipt_sequences")), 0);
    }

    // Found in acceptance (23): the required pledge (承诺) was skipped with 下一步 and the
    // application went in. The filing refuses it, whatever the pages did.
    void refusesAnApplicationWithoutItsPledge()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        CaseApplication a = bundle();
        CatalogFormField pledge
            = field(QStringLiteral("application.consent"), QStringLiteral("bool"));
        pledge.label = QStringLiteral("本人承诺所填信息真实有效");
        a.items[0].form.append(pledge);
        for (const QString &answer : { QString(), QStringLiteral("false") }) {
            a.answers.insert(QStringLiteral("application.consent"), answer);
            QList<FieldProblem> problems;
            const auto refused = filing.file(a, calendar2026(), m_now, &problems);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("cases.pledge_missing"));
            QVERIFY(refused.error().message.contains(pledge.label));
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().key, QStringLiteral("application.consent"));
            QCOMPARE(count(QStringLiteral("cases")), 0);
        }
        a.answers.insert(QStringLiteral("application.consent"), QStringLiteral("true"));
        QVERIFY(filing.file(a, calendar2026(), m_now).ok());
    }

    void refusesCertificatesThatCannotReplaceTheMaterial()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        CaseApplication a = bundle();
        a.materials[0].certificateType = QStringLiteral("DRIVING_LICENCE");
        QCOMPARE(filing.file(a, calendar2026(), m_now).error().code,
            QStringLiteral("cases.material_not_satisfied"));
        a = bundle();
        a.dataUseConsentAt = {};
        QCOMPARE(filing.file(a, calendar2026(), m_now).error().code,
            QStringLiteral("cases.data_use_consent_missing"));
        a = bundle();
        a.items.append(a.items.first());
        QCOMPARE(filing.file(a, calendar2026(), m_now).error().code,
            QStringLiteral("cases.duplicate_item"));
        QCOMPARE(count(QStringLiteral("cases")), 0);
    }

    void aMissingCalendarLeavesTheDueDateOpen()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        const auto filed = filing.file(
            bundle(), calendar2026(), QDateTime(QDate(2026, 12, 30), QTime(2, 0), Qt::UTC));
        QVERIFY(filed.ok());
        QVERIFY(!filed->cases.at(0).dueDate.isValid());
        QCOMPARE(filed->cases.at(1).dueDate, QDate(2026, 12, 31));
    }

    void personalDataIsSealedAtRest()
    {
        CaseFiling filing(*m_store, QStringLiteral("GZ-TH-KIOSK-0007"));
        QVERIFY(filing.file(bundle(), calendar2026(), m_now).ok());
        m_db->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QByteArray raw;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            raw += f.readAll();
        }
        QVERIFY(!raw.contains(m_zhang.toLatin1()));
        QVERIFY(!raw.contains(QStringLiteral("张三丰").toUtf8()));
        QVERIFY(!raw.contains("13812345678"));
    }
};

QTEST_GUILESS_MAIN(TestCaseFiling)
#include "tst_casefiling.moc"
