#include "caseprogressstore.h"

#include "casematerials.h"
#include "database.h"
#include "fieldcipher.h"
#include "timestamp.h"

#include <QSqlQuery>
#include <QVariant>

namespace onewindow {

namespace {

const QString kHistory = QStringLiteral("case_history");

QVariant orNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

} // namespace

CaseProgressStore::CaseProgressStore(Database &database, const FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{ }

Result<std::optional<CaseStatus>> CaseProgressStore::status(const QString &caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read case status"));
    if (!q.next())
        return std::optional<CaseStatus>();
    const auto status = CaseStatuses::fromCode(q.value(0).toString());
    if (!status)
        return Error { QStringLiteral("cases.unknown_status"),
            tr("A case has a status this version of OneWindow does not know; update the "
               "terminal.") };
    return std::optional<CaseStatus>(*status);
}

Result<bool> CaseProgressStore::record(const CaseHistoryEntry &entry)
{
    QVariant note;
    if (!entry.note.isEmpty()) {
        auto sealed = m_cipher.encrypt(
            entry.note.toUtf8(), { kHistory, QStringLiteral("note"), entry.eventId });
        if (!sealed)
            return sealed.error();
        note = sealed.value();
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO case_history(event_id, case_id, type, at, actor, "
                             "department, status_after, note) VALUES (?,?,?,?,?,?,?,?) "
                             "ON CONFLICT(event_id) DO NOTHING"));
    q.addBindValue(entry.eventId);
    q.addBindValue(entry.caseId);
    q.addBindValue(entry.type);
    q.addBindValue(utcTimestamp(entry.at));
    q.addBindValue(entry.actor);
    q.addBindValue(orNull(entry.department));
    q.addBindValue(
        entry.statusAfter ? QVariant(CaseStatuses::code(*entry.statusAfter)) : QVariant());
    q.addBindValue(note);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("record case history"));
    return q.numRowsAffected() > 0;
}

Status CaseProgressStore::setStatus(
    const QString &caseId, CaseStatus status, const QDateTime &at, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, "
                             "outcome_reason = coalesce(?, outcome_reason) WHERE case_id = ?"));
    q.addBindValue(CaseStatuses::code(status));
    q.addBindValue(utcTimestamp(at));
    // The reason is shown with the case's status; refusals name no people.
    q.addBindValue(orNull(reason));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("set case status"));
    return {};
}

Status CaseProgressStore::openTask(
    const QString &caseId, const QString &department, const QDateTime &at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO review_tasks(case_id, department, status, opened_at) "
                             "VALUES (?, ?, 'open', ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(caseId);
    q.addBindValue(department);
    q.addBindValue(utcTimestamp(at));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("open review task"));
    return {};
}

Result<bool> CaseProgressStore::decideTask(const QString &caseId, const QString &department,
    bool approved, const QString &decidedBy, const QDateTime &at, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    // A decision may arrive before the routing that opened the task (another terminal routed
    // it): the task is made decided then. A decided task is never decided again.
    q.prepare(QStringLiteral(
        "INSERT INTO review_tasks(case_id, department, status, opened_at, decided_by, "
        "decided_at, reason) VALUES (:case, :dept, :status, :at, :by, :at, :reason) "
        "ON CONFLICT(case_id, department) DO UPDATE SET status = excluded.status, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at, "
        "reason = excluded.reason WHERE review_tasks.status = 'open'"));
    q.bindValue(QStringLiteral(":case"), caseId);
    q.bindValue(QStringLiteral(":dept"), department);
    q.bindValue(QStringLiteral(":status"),
        approved ? QStringLiteral("approved") : QStringLiteral("refused"));
    q.bindValue(QStringLiteral(":at"), utcTimestamp(at));
    q.bindValue(QStringLiteral(":by"), decidedBy);
    q.bindValue(QStringLiteral(":reason"), orNull(reason));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("decide review task"));
    return q.numRowsAffected() > 0;
}

Result<QList<CaseHistoryEntry>> CaseProgressStore::history(const QString &caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT event_id, type, at, actor, department, note, status_after "
                             "FROM case_history "
                             "WHERE case_id = ? ORDER BY at, rowid"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read case history"));
    QList<CaseHistoryEntry> out;
    while (q.next()) {
        CaseHistoryEntry e;
        e.eventId = q.value(0).toString();
        e.caseId = caseId;
        e.type = q.value(1).toString();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.actor = q.value(3).toString();
        e.department = q.value(4).toString();
        if (!q.value(6).isNull())
            e.statusAfter = CaseStatuses::fromCode(q.value(6).toString());
        if (!q.value(5).isNull()) {
            auto note = m_cipher.decrypt(
                q.value(5).toByteArray(), { kHistory, QStringLiteral("note"), e.eventId });
            if (!note)
                return note.error();
            e.note = QString::fromUtf8(note.value());
        }
        out.append(e);
    }
    return out;
}

Result<std::optional<CaseProgressStore::CaseFacts>> CaseProgressStore::facts(
    const QString &caseId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status, last_seq, submitted_at, legal_days, extension_days, "
                             "EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = c.case_id "
                             "AND h.type = 'correction_requested'), promised_days, materials "
                             "FROM cases c WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read case facts"));
    if (!q.next())
        return std::optional<CaseFacts>();
    CaseFacts f;
    const auto status = CaseStatuses::fromCode(q.value(0).toString());
    if (!status)
        return Error { QStringLiteral("cases.unknown_status"),
            tr("A case has a status this version of OneWindow does not know; update the "
               "terminal.") };
    f.status = *status;
    f.lastSeq = q.value(1).toInt();
    f.submittedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    f.legalDays = q.value(3).toInt();
    f.extensionDays = q.value(4).toInt();
    f.correctionEverRequested = q.value(5).toBool();
    f.promisedDays = q.value(6).toInt();
    auto materials = CaseMaterials::open(m_cipher, q.value(7).toByteArray(), caseId);
    if (!materials)
        return materials.error();
    f.materials = materials.value();

    QSqlQuery t(m_database.connection());
    t.prepare(QStringLiteral("SELECT department, status FROM review_tasks WHERE case_id = ? "
                             "ORDER BY department"));
    t.addBindValue(caseId);
    if (!t.exec())
        return Database::queryError(t, QStringLiteral("read review tasks"));
    while (t.next()) {
        const QString status = t.value(1).toString();
        (status == u"open"              ? f.openTasks
                : status == u"approved" ? f.approvedTasks
                                        : f.refusedTasks)
            .append(t.value(0).toString());
    }
    QSqlQuery p(m_database.connection());
    p.prepare(QStringLiteral("SELECT started_on, ended_on FROM clock_pauses WHERE case_id = ? "
                             "ORDER BY started_on"));
    p.addBindValue(caseId);
    if (!p.exec())
        return Database::queryError(p, QStringLiteral("read clock pauses"));
    while (p.next())
        f.pauses.append({ QDate::fromString(p.value(0).toString(), Qt::ISODate),
            QDate::fromString(p.value(1).toString(), Qt::ISODate) });
    QSqlQuery m(m_database.connection());
    m.prepare(QStringLiteral("SELECT material_code FROM case_material_checks WHERE case_id = ? "
                             "ORDER BY material_code"));
    m.addBindValue(caseId);
    if (!m.exec())
        return Database::queryError(m, QStringLiteral("read material checks"));
    while (m.next())
        f.checkedMaterials.append(m.value(0).toString());
    return std::optional<CaseFacts>(f);
}

Result<int> CaseProgressStore::nextSeq(const QString &caseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE cases SET last_seq = last_seq + 1 WHERE case_id = ? RETURNING last_seq"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, QStringLiteral("number case event"));
    return q.value(0).toInt();
}

Status CaseProgressStore::pauseClock(
    const QString &caseId, const QString &kind, QDate on, const QString &reason)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO clock_pauses(case_id, kind, started_on, reason) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(kind);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(reason);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("pause the clock"));
    return {};
}

Status CaseProgressStore::resumeClock(const QString &caseId, QDate on)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE clock_pauses SET ended_on = ? WHERE case_id = ? "
                             "AND ended_on IS NULL"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("resume the clock"));
    return {};
}

Status CaseProgressStore::addExtension(const QString &caseId, int days)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE cases SET extension_days = extension_days + ? WHERE case_id = ?"));
    q.addBindValue(days);
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("extend the time limit"));
    return {};
}

Status CaseProgressStore::recordMaterialChecks(const QString &caseId,
    const QStringList &materialCodes, const QDateTime &at, const QString &checkedBy,
    const QString &eventId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO case_material_checks(case_id, material_code, checked_at, "
                             "checked_by, event_id) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(case_id, material_code) DO NOTHING"));
    for (const QString &code : materialCodes) {
        q.addBindValue(caseId);
        q.addBindValue(code);
        q.addBindValue(utcTimestamp(at));
        q.addBindValue(checkedBy);
        q.addBindValue(eventId);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("record a material check"));
    }
    return {};
}

} // namespace onewindow
