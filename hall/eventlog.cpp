#include "eventlog.h"

#include "database.h"
#include "halltime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {

QJsonObject rejection(const QString &eventId, const QString &code, const QString &message)
{
    return { { QStringLiteral("eventId"), eventId }, { QStringLiteral("code"), code },
        { QStringLiteral("message"), message } };
}

// Why an event cannot be stored, or an empty string.
QString validate(const QJsonObject &e)
{
    const QString eventId = e.value(u"eventId").toString();
    if (eventId.isEmpty() || eventId.size() > 128)
        return QStringLiteral("eventId must be a string of 1 to 128 characters");
    const QString caseId = e.value(u"caseId").toString();
    if (caseId.isEmpty() || caseId.size() > 128)
        return QStringLiteral("caseId must be a string of 1 to 128 characters");
    const QJsonValue seq = e.value(u"seq");
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(seq.toInteger()))
        return QStringLiteral("seq must be an integer from 1");
    if (!EventLog::isKnownType(e.value(u"type").toString()))
        return QStringLiteral("unknown event type");
    if (!e.value(u"at").isString()
        || !QDateTime::fromString(e.value(u"at").toString(), Qt::ISODateWithMs).isValid())
        return QStringLiteral("at must be an ISO 8601 date and time");
    if (!e.contains(u"actor") || e.value(u"actor").isNull())
        return QStringLiteral("actor is missing");
    if (!e.value(u"body").isObject())
        return QStringLiteral("body must be an object");
    if (EventLog::isDecision(e.value(u"type").toString())
        && EventLog::departmentOf(e.value(u"body").toObject()).isEmpty())
        return QStringLiteral("a department decision must name body.department");
    return {};
}

} // namespace

EventLog::EventLog(Database &database)
    : m_database(database)
    , m_feed(database)
{ }

QString EventLog::departmentOf(const QJsonObject &body)
{
    const QString d = body.value(u"department").toString();
    if (!d.isEmpty())
        return d;
    if (body.value(u"department").isObject())
        return body.value(u"department").toObject().value(u"code").toString();
    return body.value(u"departmentCode").toString();
}

QStringList EventLog::routedDepartments(const QJsonObject &body)
{
    QStringList out;
    for (const QJsonValue &v : body.value(u"departments").toArray()) {
        const QString code = v.isObject() ? EventLog::departmentOf(v.toObject()) : v.toString();
        if (!code.isEmpty())
            out.append(code);
    }
    const QString single = EventLog::departmentOf(body);
    if (!single.isEmpty())
        out.append(single);
    return out;
}

Result<EventLog::CaseFacts> EventLog::caseFacts(const QString &caseId) const
{
    CaseFacts facts;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT town_hall, filing_terminal FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a case"));
    if (!q.next())
        return facts;
    facts.known = true;
    facts.townHall = q.value(0).toString();
    facts.filingTerminal = q.value(1).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT department FROM case_departments WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read a case's routes"));
    while (q.next())
        facts.departments.append(q.value(0).toString());
    return facts;
}

bool EventLog::isDecision(const QString &type)
{
    return type == u"department_approved" || type == u"department_refused";
}

bool EventLog::isKnownType(const QString &type)
{
    static const QStringList types { QStringLiteral("submitted"), QStringLiteral("accepted"),
        QStringLiteral("rejected"), QStringLiteral("correction_requested"),
        QStringLiteral("corrected"), QStringLiteral("routed"),
        QStringLiteral("department_approved"), QStringLiteral("department_refused"),
        QStringLiteral("completed"), QStringLiteral("withdrawn"), QStringLiteral("rated"),
        // The terminal's extensions of the contract for the whole workflow (hall/README.md).
        QStringLiteral("pre_checked"), QStringLiteral("special_procedure_started"),
        QStringLiteral("special_procedure_ended"), QStringLiteral("extended"),
        QStringLiteral("collected") };
    return types.contains(type);
}

Result<EventLog::BatchOutcome> EventLog::push(
    const TerminalInfo &terminal, const QJsonArray &events)
{
    BatchOutcome outcome;
    const QString now = hallNowIso();
    QSqlDatabase db = m_database.connection();
    QSqlQuery findEvent(db), findCaseSeq(db), findDecision(db), findCase(db), insertCase(db),
        insertEvent(db), insertDecision(db), insertDepartment(db), findDepartments(db);
    findEvent.prepare(QStringLiteral("SELECT content_hash FROM events WHERE event_id = ?"));
    findCaseSeq.prepare(QStringLiteral(
        "SELECT event_id FROM events WHERE case_id = ? AND terminal_id = ? AND case_seq = ?"));
    findDecision.prepare(QStringLiteral(
        "SELECT event_id, type FROM decisions WHERE case_id = ? AND department = ?"));
    findCase.prepare(
        QStringLiteral("SELECT town_hall, filing_terminal FROM cases WHERE case_id = ?"));
    findDepartments.prepare(
        QStringLiteral("SELECT department FROM case_departments WHERE case_id = ?"));
    insertCase.prepare(QStringLiteral("INSERT INTO cases VALUES (?, ?, ?)"));
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO events (event_id, case_id, case_seq, type, terminal_id, content_hash, json, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insertDecision.prepare(QStringLiteral("INSERT INTO decisions VALUES (?, ?, ?, ?)"));
    insertDepartment.prepare(
        QStringLiteral("INSERT OR IGNORE INTO case_departments VALUES (?, ?)"));

    const Status stored = m_database.transaction([&]() -> Status {
        for (const QJsonValue &value : events) {
            const QJsonObject e = value.toObject();
            const QString eventId = e.value(u"eventId").toString();
            if (const QString why = validate(e); !why.isEmpty()) {
                outcome.rejected.append(rejection(eventId, QStringLiteral("invalid"), why));
                continue;
            }
            // QJsonObject keeps keys sorted, so the compact form is the same for the same content
            // whatever order the terminal wrote the keys in.
            const QByteArray json = QJsonDocument(e).toJson(QJsonDocument::Compact);
            const QByteArray hash = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
            findEvent.addBindValue(eventId);
            if (!findEvent.exec())
                return Database::queryError(findEvent, QStringLiteral("look up an event"));
            if (findEvent.next()) {
                if (findEvent.value(0).toByteArray() == hash)
                    outcome.acked.append(eventId);
                else
                    outcome.rejected.append(rejection(eventId, QStringLiteral("conflict"),
                        QStringLiteral("an event with this eventId is stored with other content")));
                findEvent.finish();
                continue;
            }
            const QString caseId = e.value(u"caseId").toString();
            const qint64 caseSeq = e.value(u"seq").toInteger();
            const QString type = e.value(u"type").toString();
            const QJsonObject body = e.value(u"body").toObject();
            findCaseSeq.addBindValue(caseId);
            findCaseSeq.addBindValue(terminal.terminalId);
            findCaseSeq.addBindValue(caseSeq);
            if (!findCaseSeq.exec())
                return Database::queryError(findCaseSeq, QStringLiteral("look up a case event"));
            if (findCaseSeq.next()) {
                QJsonObject r = rejection(eventId, QStringLiteral("conflict"),
                    QStringLiteral("this terminal already sent another event with seq %1 for "
                                   "this case")
                        .arg(caseSeq));
                r.insert(QStringLiteral("storedEventId"), findCaseSeq.value(0).toString());
                outcome.rejected.append(r);
                findCaseSeq.finish();
                continue;
            }
            if (isDecision(type)) {
                const QString department = departmentOf(body);
                findDecision.addBindValue(caseId);
                findDecision.addBindValue(department);
                if (!findDecision.exec())
                    return Database::queryError(findDecision, QStringLiteral("look up a decision"));
                if (findDecision.next()) {
                    QJsonObject r = rejection(eventId, QStringLiteral("conflict"),
                        QStringLiteral("department %1 has already decided this case: %2")
                            .arg(department, findDecision.value(1).toString()));
                    r.insert(QStringLiteral("storedEventId"), findDecision.value(0).toString());
                    r.insert(QStringLiteral("storedType"), findDecision.value(1).toString());
                    outcome.rejected.append(r);
                    findDecision.finish();
                    continue;
                }
                insertDecision.addBindValue(caseId);
                insertDecision.addBindValue(department);
                insertDecision.addBindValue(eventId);
                insertDecision.addBindValue(type);
                if (!insertDecision.exec())
                    return Database::queryError(insertDecision, QStringLiteral("store a decision"));
            }
            // The first terminal that tells the hall about a case is where it was filed.
            findCase.addBindValue(caseId);
            if (!findCase.exec())
                return Database::queryError(findCase, QStringLiteral("look up a case"));
            QString townHall = terminal.townHall, filingTerminal = terminal.terminalId;
            if (findCase.next()) {
                townHall = findCase.value(0).toString();
                filingTerminal = findCase.value(1).toString();
            } else {
                insertCase.addBindValue(caseId);
                insertCase.addBindValue(townHall);
                insertCase.addBindValue(filingTerminal);
                if (!insertCase.exec())
                    return Database::queryError(insertCase, QStringLiteral("store a case"));
            }
            findCase.finish();
            insertEvent.addBindValue(eventId);
            insertEvent.addBindValue(caseId);
            insertEvent.addBindValue(caseSeq);
            insertEvent.addBindValue(type);
            insertEvent.addBindValue(terminal.terminalId);
            insertEvent.addBindValue(hash);
            insertEvent.addBindValue(QString::fromUtf8(json));
            insertEvent.addBindValue(now);
            if (!insertEvent.exec())
                return Database::queryError(insertEvent, QStringLiteral("store an event"));
            const qint64 eventSeq = insertEvent.lastInsertId().toLongLong();
            // A department the case is newly routed to gets the case so far, this event included.
            if (type == u"routed") {
                for (const QString &department : routedDepartments(body)) {
                    insertDepartment.addBindValue(caseId);
                    insertDepartment.addBindValue(department);
                    if (!insertDepartment.exec())
                        return Database::queryError(
                            insertDepartment, QStringLiteral("route a case"));
                    if (insertDepartment.numRowsAffected() == 1)
                        if (Status s = m_feed.publishHistory(caseId, department); !s)
                            return s;
                }
            }
            findDepartments.addBindValue(caseId);
            if (!findDepartments.exec())
                return Database::queryError(
                    findDepartments, QStringLiteral("read a case's routes"));
            QStringList departments;
            while (findDepartments.next())
                departments.append(findDepartments.value(0).toString());
            if (Status s = m_feed.publish(eventSeq, townHall, filingTerminal, departments); !s)
                return s;
            outcome.acked.append(eventId);
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return outcome;
}

Result<EventFeed::Page> EventLog::feed(const TerminalInfo &terminal, qint64 cursor, int limit) const
{
    return m_feed.page(terminal, cursor, limit);
}

} // namespace onewindow::hall
