#include "casestore.h"

#include "casematerials.h"
#include "database.h"
#include "fieldcipher.h"
#include "syncstore.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow {

namespace {

const QString kGroups = QStringLiteral("case_groups");
const QString kCases = QStringLiteral("cases");
const QString kMaterials = QStringLiteral("materials");

QJsonObject personJson(const IdentifiedPerson &p)
{
    return { { QStringLiteral("idNumber"), p.idNumber }, { QStringLiteral("name"), p.name },
        { QStringLiteral("proof"), int(p.proof) } };
}

IdentifiedPerson personFrom(const QJsonObject &o)
{
    return { o.value(u"idNumber").toString(), o.value(u"name").toString(),
        IdentityProof(o.value(u"proof").toInt()) };
}

QJsonArray dataUseJson(const QList<DataUse> &uses)
{
    QJsonArray out;
    for (const DataUse &u : uses)
        out.append(QJsonObject { { QStringLiteral("certificateType"), u.certificateType },
            { QStringLiteral("certificateNumber"), u.certificateNumber },
            { QStringLiteral("fields"), QJsonArray::fromStringList(u.fields) },
            { QStringLiteral("purpose"), u.purpose } });
    return out;
}

QList<DataUse> dataUseFrom(const QJsonArray &array)
{
    QList<DataUse> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QStringList fields;
        for (const QJsonValue &f : o.value(u"fields").toArray())
            fields.append(f.toString());
        out.append({ o.value(u"certificateType").toString(),
            o.value(u"certificateNumber").toString(), fields, o.value(u"purpose").toString() });
    }
    return out;
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

CaseStore::CaseStore(Database &database, const FieldCipher &cipher, SyncStore &outbox)
    : m_database(database)
    , m_cipher(cipher)
    , m_outbox(outbox)
    , m_ratings(database, outbox)
    , m_progress(database, cipher)
{ }

Result<QByteArray> CaseStore::seal(
    const QByteArray &plain, const QString &column, const QString &row) const
{
    return m_cipher.encrypt(plain, { kGroups, column, row });
}

Result<QByteArray> CaseStore::open(
    const QByteArray &sealed, const QString &column, const QString &row) const
{
    return m_cipher.decrypt(sealed, { kGroups, column, row });
}

Result<QList<MaterialProvision>> CaseStore::openMaterials(
    const QByteArray &stored, const QString &caseId) const
{
    return CaseMaterials::open(m_cipher, stored, caseId);
}

Status CaseStore::sealClearMaterials()
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery read(m_database.connection());
        if (!read.exec(QStringLiteral(
                "SELECT case_id, materials FROM cases WHERE hex(substr(materials, 1, 1)) = '5B'")))
            return Database::queryError(read, QStringLiteral("find clear materials"));
        QSqlQuery write(m_database.connection());
        write.prepare(QStringLiteral("UPDATE cases SET materials = ? WHERE case_id = ?"));
        while (read.next()) {
            const QString caseId = read.value(0).toString();
            auto sealed
                = m_cipher.encrypt(read.value(1).toByteArray(), { kCases, kMaterials, caseId });
            if (!sealed)
                return sealed.error();
            write.addBindValue(sealed.value());
            write.addBindValue(caseId);
            if (!write.exec())
                return Database::queryError(write, QStringLiteral("seal materials"));
        }
        return {};
    });
}

Result<int> CaseStore::takeReceiptSequence(QDate day)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO receipt_sequences(day, last) VALUES (?, 1) "
                             "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("take receipt sequence"));
    return q.value(0).toInt();
}

Status CaseStore::insertApplication(const FiledApplication &filed,
    const CaseApplication &application, const QJsonObject &answers,
    const QList<OutboxEvent> &events)
{
    const IdentifiedPerson &subject
        = application.principal ? *application.principal : application.applicant;
    QJsonObject people { { QStringLiteral("applicant"), personJson(application.applicant) } };
    if (application.principal) {
        people.insert(QStringLiteral("principal"), personJson(*application.principal));
        people.insert(
            QStringLiteral("principalConsentAt"), utcTimestamp(application.principalConsentAt));
    }
    if (application.dataUseConsentAt.isValid())
        people.insert(
            QStringLiteral("dataUseConsentAt"), utcTimestamp(application.dataUseConsentAt));

    auto sealedPeople = seal(compact(people), QStringLiteral("people"), filed.groupId);
    auto sealedAnswers = seal(compact(answers), QStringLiteral("answers"), filed.groupId);
    auto sealedUse
        = seal(compact(dataUseJson(filed.dataUse)), QStringLiteral("data_use"), filed.groupId);
    for (const auto *r : { &sealedPeople, &sealedAnswers, &sealedUse })
        if (!*r)
            return r->error();

    QSqlQuery g(m_database.connection());
    // A bundle filed at another terminal arrives as one `submitted` event per case, each
    // carrying the group: its first case stores the group, the others find it there.
    g.prepare(QStringLiteral(
        "INSERT INTO case_groups(group_id, receipt_number, filing_terminal, submitted_at, "
        "subject_lookup, subject_masked, people, answers, data_use) VALUES (?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(group_id) DO NOTHING"));
    g.addBindValue(filed.groupId);
    g.addBindValue(filed.receiptNumber);
    g.addBindValue(filed.filingTerminal);
    g.addBindValue(utcTimestamp(filed.submittedAt));
    g.addBindValue(m_cipher.lookupHash(QStringLiteral("resident_id"), subject.idNumber));
    g.addBindValue(filed.subjectMasked);
    g.addBindValue(sealedPeople.value());
    g.addBindValue(sealedAnswers.value());
    g.addBindValue(sealedUse.value());
    if (!g.exec())
        return Database::queryError(g, QStringLiteral("store application"));

    QSqlQuery c(m_database.connection());
    c.prepare(QStringLiteral(
        "INSERT INTO cases(case_id, group_id, item_code, item_name, department, catalog_version, "
        "item_snapshot, status, legal_days, promised_days, due_date, materials, submitted_at, "
        "updated_at, last_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"));
    for (const FiledCase &fc : filed.cases) {
        QByteArray snapshot;
        for (const CatalogItem &item : application.items)
            if (item.code == fc.itemCode)
                snapshot = item.snapshot;
        QList<MaterialProvision> own;
        for (const MaterialProvision &m : filed.materials)
            if (m.itemCode == fc.itemCode)
                own.append(m);
        c.addBindValue(fc.caseId);
        c.addBindValue(filed.groupId);
        c.addBindValue(fc.itemCode);
        c.addBindValue(fc.itemName);
        c.addBindValue(fc.department);
        c.addBindValue(application.catalogVersion);
        c.addBindValue(snapshot);
        c.addBindValue(CaseStatuses::code(fc.status));
        c.addBindValue(fc.legalDays);
        c.addBindValue(fc.promisedDays);
        c.addBindValue(fc.dueDate.isValid() ? fc.dueDate.toString(Qt::ISODate) : QVariant());
        // The certificate numbers name the person (a resident ID certificate's is the ID
        // number): sealed like the group's people.
        auto materials = m_cipher.encrypt(
            compact(CaseMaterials::toJson(own)), { kCases, kMaterials, fc.caseId });
        if (!materials)
            return materials.error();
        c.addBindValue(materials.value());
        c.addBindValue(utcTimestamp(filed.submittedAt));
        c.addBindValue(utcTimestamp(filed.submittedAt));
        if (!c.exec())
            return Database::queryError(c, QStringLiteral("store case"));
    }
    for (const OutboxEvent &e : events)
        if (Status s = m_outbox.append(e); !s)
            return s;
    return {};
}

Result<bool> CaseStore::isSubjectOf(const QString &receiptNumber, const QString &idNumber) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT subject_lookup FROM case_groups WHERE receipt_number = ?"));
    q.addBindValue(receiptNumber);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("find receipt"));
    if (!q.next())
        return false;
    return q.value(0).toByteArray() == m_cipher.lookupHash(QStringLiteral("resident_id"), idNumber);
}

Result<std::optional<TrackedApplication>> CaseStore::track(const QString &receiptNumber) const
{
    QSqlQuery g(m_database.connection());
    g.prepare(QStringLiteral("SELECT group_id, submitted_at, subject_masked FROM case_groups "
                             "WHERE receipt_number = ?"));
    g.addBindValue(receiptNumber);
    if (!g.exec())
        return Database::queryError(g, QStringLiteral("find receipt"));
    if (!g.next())
        return std::optional<TrackedApplication>();
    TrackedApplication t;
    t.receiptNumber = receiptNumber;
    const QString groupId = g.value(0).toString();
    t.submittedAt = QDateTime::fromString(g.value(1).toString(), Qt::ISODateWithMs);
    t.subjectMasked = g.value(2).toString();

    QSqlQuery c(m_database.connection());
    c.prepare(QStringLiteral(
        "SELECT case_id, item_code, item_name, department, promised_days, legal_days, due_date, "
        "status, updated_at FROM cases WHERE group_id = ? ORDER BY rowid"));
    c.addBindValue(groupId);
    if (!c.exec())
        return Database::queryError(c, QStringLiteral("read cases"));
    QSqlQuery r(m_database.connection());
    r.prepare(QStringLiteral("SELECT department, status, decided_at FROM review_tasks "
                             "WHERE case_id = ? ORDER BY department"));
    while (c.next()) {
        TrackedCase tc;
        tc.filed.caseId = c.value(0).toString();
        tc.filed.itemCode = c.value(1).toString();
        tc.filed.itemName = c.value(2).toString();
        tc.filed.department = c.value(3).toString();
        tc.filed.promisedDays = c.value(4).toInt();
        tc.filed.legalDays = c.value(5).toInt();
        tc.filed.dueDate = QDate::fromString(c.value(6).toString(), Qt::ISODate);
        tc.filed.status
            = CaseStatuses::fromCode(c.value(7).toString()).value_or(CaseStatus::Submitted);
        tc.updatedAt = QDateTime::fromString(c.value(8).toString(), Qt::ISODateWithMs);
        auto unsent = m_outbox.filingUnsent(tc.filed.caseId);
        if (!unsent)
            return unsent.error();
        tc.reachedHall = !unsent.value();
        r.addBindValue(tc.filed.caseId);
        if (!r.exec())
            return Database::queryError(r, QStringLiteral("read review tasks"));
        while (r.next())
            tc.departments.append({ r.value(0).toString(), r.value(1).toString(),
                QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs) });
        auto history = m_progress.history(tc.filed.caseId);
        if (!history)
            return history.error();
        tc.history = history.value();
        t.cases.append(tc);
    }
    return std::optional<TrackedApplication>(t);
}

Result<std::optional<FiledApplication>> CaseStore::filed(const QString &receiptNumber) const
{
    QSqlQuery g(m_database.connection());
    g.prepare(QStringLiteral("SELECT group_id, submitted_at, subject_masked, people, data_use, "
                             "filing_terminal "
                             "FROM case_groups WHERE receipt_number = ?"));
    g.addBindValue(receiptNumber);
    if (!g.exec())
        return Database::queryError(g, QStringLiteral("find receipt"));
    if (!g.next())
        return std::optional<FiledApplication>();
    FiledApplication f;
    f.groupId = g.value(0).toString();
    f.receiptNumber = receiptNumber;
    f.submittedAt = QDateTime::fromString(g.value(1).toString(), Qt::ISODateWithMs);
    f.subjectMasked = g.value(2).toString();
    f.filingTerminal = g.value(5).toString();
    auto people = open(g.value(3).toByteArray(), QStringLiteral("people"), f.groupId);
    auto use = open(g.value(4).toByteArray(), QStringLiteral("data_use"), f.groupId);
    if (!people)
        return people.error();
    if (!use)
        return use.error();
    const QJsonObject p = QJsonDocument::fromJson(people.value()).object();
    f.applicantMasked = CitizenSession::maskName(personFrom(p.value(u"applicant").toObject()).name);
    if (p.contains(u"principal"))
        f.principalMasked
            = CitizenSession::maskName(personFrom(p.value(u"principal").toObject()).name);
    f.dataUse = dataUseFrom(QJsonDocument::fromJson(use.value()).array());

    auto tracked = track(receiptNumber);
    if (!tracked)
        return tracked.error();
    for (const TrackedCase &tc : tracked.value()->cases)
        f.cases.append(tc.filed);
    QSqlQuery m(m_database.connection());
    m.prepare(
        QStringLiteral("SELECT case_id, materials FROM cases WHERE group_id = ? ORDER BY rowid"));
    m.addBindValue(f.groupId);
    if (!m.exec())
        return Database::queryError(m, QStringLiteral("read materials"));
    while (m.next()) {
        auto materials = openMaterials(m.value(1).toByteArray(), m.value(0).toString());
        if (!materials)
            return materials.error();
        f.materials += materials.value();
    }
    return std::optional<FiledApplication>(f);
}

Result<std::optional<CaseDossier>> CaseStore::dossier(const QString &caseId) const
{
    QSqlQuery c(m_database.connection());
    c.prepare(QStringLiteral(
        "SELECT c.item_code, c.item_name, c.department, c.promised_days, c.legal_days, "
        "c.due_date, c.status, c.catalog_version, c.last_seq, c.extension_days, "
        "c.outcome_reason, c.materials, g.group_id, g.receipt_number, g.filing_terminal, "
        "g.submitted_at, g.people, g.answers "
        "FROM cases c JOIN case_groups g ON g.group_id = c.group_id WHERE c.case_id = ?"));
    c.addBindValue(caseId);
    if (!c.exec())
        return Database::queryError(c, QStringLiteral("read case"));
    if (!c.next())
        return std::optional<CaseDossier>();
    CaseDossier d;
    d.filed.caseId = caseId;
    d.filed.itemCode = c.value(0).toString();
    d.filed.itemName = c.value(1).toString();
    d.filed.department = c.value(2).toString();
    d.filed.promisedDays = c.value(3).toInt();
    d.filed.legalDays = c.value(4).toInt();
    d.filed.dueDate = QDate::fromString(c.value(5).toString(), Qt::ISODate);
    d.filed.status = CaseStatuses::fromCode(c.value(6).toString()).value_or(CaseStatus::Submitted);
    d.catalogVersion = c.value(7).toString();
    d.lastSeq = c.value(8).toInt();
    d.extensionDays = c.value(9).toInt();
    d.outcomeReason = c.value(10).toString();
    auto materials = openMaterials(c.value(11).toByteArray(), caseId);
    if (!materials)
        return materials.error();
    d.materials = materials.value();
    d.groupId = c.value(12).toString();
    d.receiptNumber = c.value(13).toString();
    d.filingTerminal = c.value(14).toString();
    d.submittedAt = QDateTime::fromString(c.value(15).toString(), Qt::ISODateWithMs);
    auto people = open(c.value(16).toByteArray(), QStringLiteral("people"), d.groupId);
    if (!people)
        return people.error();
    auto answers = open(c.value(17).toByteArray(), QStringLiteral("answers"), d.groupId);
    if (!answers)
        return answers.error();
    const QJsonObject p = QJsonDocument::fromJson(people.value()).object();
    d.applicant = personFrom(p.value(u"applicant").toObject());
    if (p.contains(u"principal"))
        d.principal = personFrom(p.value(u"principal").toObject());
    d.answers = QJsonDocument::fromJson(answers.value()).object();

    QSqlQuery r(m_database.connection());
    r.prepare(QStringLiteral("SELECT department, status, decided_at FROM review_tasks "
                             "WHERE case_id = ? ORDER BY department"));
    r.addBindValue(caseId);
    if (!r.exec())
        return Database::queryError(r, QStringLiteral("read review tasks"));
    while (r.next())
        d.departments.append({ r.value(0).toString(), r.value(1).toString(),
            QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs) });
    auto history = m_progress.history(caseId);
    if (!history)
        return history.error();
    d.history = history.value();
    return std::optional<CaseDossier>(d);
}

Status CaseStore::markReceiptPrinted(const QString &groupId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE case_groups SET receipt_printed_at = "
                             "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark receipt printed"));
    return {};
}

Result<int> CaseStore::caseCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next())
        return Database::queryError(q, QStringLiteral("count cases"));
    return q.value(0).toInt();
}

} // namespace onewindow
