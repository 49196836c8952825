// Issue 23, item 5: after a kiosk files cases with e-certificate materials, prints a receipt, a
// statement (参保证明) and a verified copy, and a back-office desk takes the cases in from the
// hall's feed and prints a decision notice, no file of either data folder (the database, its WAL
// and shared memory, documents/, receipts/) holds an ID number or a name in clear: in its 18- or
// 15-character form, without its check character, masked as the screen masks it (the receipt
// shows no ID number at all), nor in a PDF's text. Kept documents are their owner's only (0600
// in a 0700 folder).
#include "casedecisions.h"
#include "casefeedprojection.h"
#include "casefiling.h"
#include "caseintake.h"
#include "casenoticedocument.h"
#include "casetestsupport.h"
#include "certificateverifier.h"
#include "citizensession.h"
#include "documentprinter.h"
#include "fixtures/documenttools.h"
#include "fixtures/ecertfactory.h"
#include "receiptdocument.h"
#include "residentid.h"
#include "sealeddocument.h"
#include "socialsecurityparser.h"
#include "socialsecuritytestdata.h"
#include "statementdocument.h"
#include "statementregistry.h"
#include "verifiedcopy.h"
#include "workingdaycalendar.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QTest>

using namespace onewindow;
using namespace onewindow::testing;

namespace {

const QString kName = QStringLiteral("欧阳明华");
const QString kTerminal = QStringLiteral("GZ-TH-KIOSK-0007");
const QDateTime kFiledAt { QDate(2026, 3, 2), QTime(2, 0), Qt::UTC };
const CaseActor kDesk { QStringLiteral("zhck01"), StaffRole::FrontDesk, {} };
// The e-certificate fixture's spouse: personal data printed on the verified copy.
const QString kSpouseName = QStringLiteral("李四");
const QString kSpouseId = QStringLiteral("44010619920304123X");

QString idNumber()
{
    const QString first17 = QStringLiteral("44010619850312101");
    return first17 + ResidentId::checkCharacter(first17);
}

CatalogItem item()
{
    CatalogItem i;
    i.code = QStringLiteral("SB-001");
    i.name = QStringLiteral("社会保障卡申领");
    i.department = QStringLiteral("GD-RSJ");
    i.legalLimitDays = 20;
    i.promisedLimitDays = 5;
    i.snapshot = "{\"code\":\"SB-001\"}";
    i.materials = { { QStringLiteral("M1"), QStringLiteral("居民身份证"), true, 1,
                        { QStringLiteral("RESIDENT_ID") } },
        { QStringLiteral("M2"), QStringLiteral("户口簿"), true, 1, {} } };
    return i;
}

WorkingDayCalendar weekdays() { return WorkingDayCalendar({ QDate(2026, 1, 1) }, {}); }

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

} // namespace

class TestPersonalDataAtRest : public QObject
{
    Q_OBJECT
    casetest::CaseStores m_kiosk;
    casetest::CaseStores m_desk;
    QTemporaryDir m_issuerDir;

    // What must not be found: the forms of each ID number, and the names (UTF-8).
    static QList<QByteArray> needles()
    {
        QList<QByteArray> out;
        for (const QString &id : { idNumber(), kSpouseId }) {
            out.append(id.toLatin1());
            out.append(id.left(17).toLatin1()); // without its check character
            out.append((id.left(6) + id.mid(8, 9)).toLatin1()); // the 15-character form
            out.append(CitizenSession::maskIdNumber(id).toLatin1()); // more than a receipt shows
        }
        out.append(kName.toUtf8());
        out.append(kSpouseName.toUtf8());
        return out;
    }

    // Every occurrence, as "file: needle", in the raw bytes of every file under folder and in
    // the text of every plain PDF there.
    static QStringList occurrences(const QString &folder)
    {
        QStringList found;
        const bool pdfTools = haveTools({ QStringLiteral("pdftotext") });
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                found.append(path + QStringLiteral(": unreadable"));
                continue;
            }
            QByteArray bytes = file.readAll();
            if (pdfTools && bytes.startsWith("%PDF")) {
                int exit = 0;
                bytes += pdfText(path, &exit).remove(QLatin1Char(' ')).toUtf8();
            }
            for (const QByteArray &needle : needles())
                if (bytes.contains(needle))
                    found.append(QFileInfo(path).fileName() + QStringLiteral(": ")
                        + QString::fromUtf8(needle));
        }
        return found;
    }

    // Documents and receipts: 0600 files in 0700 folders.
    static QStringList exposedFiles(const QString &folder)
    {
        QStringList exposed;
        for (const QString &sub : { QStringLiteral("documents"), QStringLiteral("receipts") }) {
            const QString dir = QDir(folder).filePath(sub);
            if (!QFileInfo::exists(dir))
                continue;
            if (QFileInfo(dir).permissions() & kOthers)
                exposed.append(dir);
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if ((QFileInfo(path).permissions() & (kOthers | QFileDevice::ExeOwner))
                    || (QFileInfo(path).permissions() & kOwnerFile) != kOwnerFile)
                    exposed.append(path);
            }
        }
        return exposed;
    }

    FiledApplication fileAtTheKiosk()
    {
        CaseApplication a;
        a.applicant = { idNumber(), kName, IdentityProof::ResidentIdCard };
        a.catalogVersion = QStringLiteral("2026.11.1");
        a.items = { item() };
        // The resident ID e-certificate's number is the ID number itself.
        a.materials = { { QStringLiteral("SB-001"), QStringLiteral("M1"),
                            QStringLiteral("居民身份证"), true, MaterialProvision::Way::Certificate,
                            QStringLiteral("RESIDENT_ID"), idNumber() },
            { QStringLiteral("SB-001"), QStringLiteral("M2"), QStringLiteral("户口簿"), true,
                MaterialProvision::Way::Paper, {}, {} } };
        CaseFiling filing(*m_kiosk.m_store, kTerminal);
        auto filed = filing.file(a, weekdays(), kFiledAt);
        if (!filed)
            qWarning() << filed.error().message;
        return filed ? filed.value() : FiledApplication();
    }

    // The A4 printer as the composition root makes it on a terminal without one.
    static std::unique_ptr<DocumentPrinter> a4Printer(casetest::CaseStores &stores)
    {
        return DocumentPrinter::fromSetting(QString(),
            stores.m_dir.filePath(QStringLiteral("documents")),
            SealedDocument::sealer(*stores.m_cipher));
    }

    static std::unique_ptr<DocumentPrinter> receiptPrinter(casetest::CaseStores &stores)
    {
        return DocumentPrinter::fromSetting(
            QString(), stores.m_dir.filePath(QStringLiteral("receipts")));
    }

    SocialSecurityStatement statement()
    {
        using namespace sstest;
        const auto record = SocialSecurityParser::parse(QJsonDocument(
            answer({ enrollment(QStringLiteral("pension"), QStringLiteral("active")) },
                months(QDate(2020, 1, 1), QDate(2026, 1, 1)))));
        if (!record)
            return {};
        const auto history = ContributionHistory::compute(record.value(), QDate(2026, 3, 2));
        return SocialSecurityStatement::build(record.value(), history, kName, idNumber(),
            SocialSecurityStatement::Period::All, kTerminal, kFiledAt);
    }

    Result<PrintableDocument> verifiedCopy()
    {
        // The issuer's keys live outside the data folders under test.
        ECertFactory factory(m_issuerDir.path());
        if (!factory.makeKey(QStringLiteral("sm2"), QStringLiteral("SM2")))
            return Error { QStringLiteral("test.openssl"), QStringLiteral("no SM2 key") };
        TrustSnapshot trust;
        trust.issuers.insert(QStringLiteral("gd-mzj-2026"),
            { QStringLiteral("gd-mzj-2026"), QStringLiteral("SM2-SM3"),
                factory.publicKey(QStringLiteral("sm2")), QStringLiteral("hall") });
        QJsonObject payload
            = ECertFactory::payload(idNumber(), QStringLiteral("J440106-2019-012345"));
        QJsonObject holder = payload.value(u"holder").toObject();
        holder.insert(QStringLiteral("name"), kName);
        payload.insert(QStringLiteral("holder"), holder);
        const QByteArray envelope = factory.signedEnvelope(
            QStringLiteral("sm2"), QStringLiteral("gd-mzj-2026"), payload, true);
        const auto verification = CertificateVerifier(trust).verify(
            envelope, idNumber(), QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
        return VerifiedCopy::compose(verification, kTerminal);
    }

private slots:
    void init()
    {
        for (casetest::CaseStores *s : { &m_kiosk, &m_desk }) {
            const QString failed = s->openStores();
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
    }
    void cleanup()
    {
        m_kiosk.closeStores();
        m_desk.closeStores();
    }

    void nothingPersonalInTheDataFolders()
    {
        // The kiosk: two applications, their receipts, a statement and a verified copy.
        const FiledApplication filed = fileAtTheKiosk();
        QVERIFY(!filed.cases.isEmpty());
        QVERIFY(!fileAtTheKiosk().cases.isEmpty());
        auto receipts = receiptPrinter(m_kiosk);
        QVERIFY(receipts->print(ReceiptDocument::build(filed, ReceiptContext())).ok());
        auto kioskA4 = a4Printer(m_kiosk);
        const SocialSecurityStatement issued = statement();
        QVERIFY(!issued.statementNumber.isEmpty());
        StatementRegistry registry(*m_kiosk.m_db, nullptr);
        QVERIFY(registry.enqueue(issued).ok());
        auto printedStatement = kioskA4->print(StatementDocument::build(issued));
        QVERIFY2(printedStatement.ok(),
            qPrintable(printedStatement ? QString() : printedStatement.error().message));
        auto copy = verifiedCopy();
        QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error().message));
        QVERIFY(kioskA4->print(copy.value()).ok());

        // The desk: the cases from the hall's feed, one rejected with a decision notice.
        QList<QJsonObject> events;
        const auto batch = m_kiosk.m_sync->pendingBatch(100);
        QVERIFY(batch.ok());
        for (const OutboxEvent &e : batch.value())
            events.append(casetest::feedEvent(e));
        QVERIFY(m_desk.m_sync->applyFeed(events, 1).ok());
        CaseIntake intake(*m_desk.m_store);
        CaseFeedProjection projection(*m_desk.m_sync, m_desk.m_store->progress(), &intake);
        QVERIFY(projection.applyPending().ok());
        QCOMPARE(m_desk.m_store->caseCount().value(), 2);
        const QString caseId = filed.cases.constFirst().caseId;
        CaseDecisions decisions(m_desk.m_store->progress(), *m_desk.m_sync);
        CaseRequest reject;
        reject.action = CaseAction::Reject;
        reject.reason = QStringLiteral("不属于本中心受理范围");
        reject.seenVersion
            = decisions.situation(caseId, weekdays(), QDate(2026, 3, 3)).value().version;
        QVERIFY(decisions
                    .decide(caseId, reject, kDesk, weekdays(),
                        QDateTime(QDate(2026, 3, 3), QTime(10, 0)))
                    .ok());
        auto dossier = m_desk.m_store->dossier(caseId);
        QVERIFY(dossier.ok() && dossier.value().has_value());
        // Everything is still there for the people allowed to see it.
        QCOMPARE(dossier.value()->applicant.name, kName);
        QCOMPARE(dossier.value()->materials.constFirst().certificateNumber, idNumber());
        QCOMPARE(m_kiosk.m_store->filed(filed.receiptNumber)
                     .value()
                     ->materials.constFirst()
                     .certificateNumber,
            idNumber());
        auto deskA4 = a4Printer(m_desk);
        auto notice = deskA4->print(CaseNoticeDocument::decisionNotice(
            *dossier.value(), NoticeContext(), QDate(2026, 3, 3)));
        QVERIFY(notice.ok());

        // Read while the databases are open: their WAL holds the latest pages.
        QVERIFY(QFileInfo::exists(m_kiosk.m_dir.filePath(QStringLiteral("db.sqlite-wal"))));
        QStringList found;
        for (casetest::CaseStores *s : { &m_kiosk, &m_desk })
            found += occurrences(s->m_dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
        QStringList exposed;
        for (casetest::CaseStores *s : { &m_kiosk, &m_desk })
            exposed += exposedFiles(s->m_dir.path());
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(QStringLiteral("\n"))));

        // The kept notice opens with the desk's key, and with no other.
        auto opened = SealedDocument::open(*m_desk.m_cipher, notice->pdfPath);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(opened->startsWith("%PDF"));
        QVERIFY(!SealedDocument::open(*m_kiosk.m_cipher, notice->pdfPath).ok());
    }

    // Cases stored before materials were sealed, and events an `onewindowctl sync now` pulled
    // without the key, are sealed at the next start; they read the same.
    void clearRowsFromBeforeAreSealed()
    {
        const FiledApplication filed = fileAtTheKiosk();
        QVERIFY(!filed.cases.isEmpty());
        const QString caseId = filed.cases.constFirst().caseId;
        const QByteArray clear = "[{\"item\":\"SB-001\",\"code\":\"M1\",\"name\":\"居民身份证\","
                                 "\"required\":true,\"way\":\"certificate\",\"certificateType\":"
                                 "\"RESIDENT_ID\",\"certificateNumber\":\""
            + idNumber().toLatin1() + "\"}]";
        QSqlQuery q(m_kiosk.m_db->connection());
        q.prepare(QStringLiteral("UPDATE cases SET materials = ? WHERE case_id = ?"));
        q.addBindValue(clear);
        q.addBindValue(caseId);
        QVERIFY(q.exec());
        QCOMPARE(m_kiosk.m_store->dossier(caseId).value()->materials.constFirst().certificateNumber,
            idNumber());
        QVERIFY(m_kiosk.m_store->sealClearMaterials().ok());
        QVERIFY(
            m_kiosk.m_store->sealClearMaterials().ok()); // once is enough; twice changes nothing
        QVERIFY(q.exec(QStringLiteral("SELECT materials FROM cases")));
        while (q.next())
            QVERIFY(!q.value(0).toByteArray().contains(idNumber().toLatin1()));
        QCOMPARE(m_kiosk.m_store->dossier(caseId).value()->materials.constFirst().certificateNumber,
            idNumber());

        QList<QJsonObject> events;
        const auto batch = m_kiosk.m_sync->pendingBatch(100);
        QVERIFY(batch.ok());
        for (const OutboxEvent &e : batch.value())
            events.append(casetest::feedEvent(e));
        SyncStore withoutKey(*m_desk.m_db);
        QVERIFY(withoutKey.applyFeed(events, 1).ok());
        QVERIFY(m_desk.m_sync->sealClearInbox().ok());
        QSqlQuery d(m_desk.m_db->connection());
        QVERIFY(d.exec(QStringLiteral("SELECT body FROM inbox_events")));
        int rows = 0;
        while (d.next()) {
            ++rows;
            QVERIFY(!d.value(0).toByteArray().contains(idNumber().toLatin1()));
            QVERIFY(!d.value(0).toByteArray().contains(kName.toUtf8()));
        }
        QCOMPARE(rows, events.size());
        const auto pulled = m_desk.m_sync->unappliedInbox(100, QStringLiteral("progress,intake"));
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->size(), events.size());
        QCOMPARE(pulled->constFirst().body.value(u"applicant").toObject().value(u"name").toString(),
            kName);
    }
};

QTEST_MAIN(TestPersonalDataAtRest)
#include "tst_personaldataatrest.moc"
