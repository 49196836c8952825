#include "hallauthorizer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace onewindow::hall {

namespace {

Error forbidden(const QString &message) { return { QStringLiteral("forbidden"), message }; }

// Who may record an event of each type (the terminal's CaseWorkflow makes the same split).
enum class Actor { Citizen, Clerk, Reviewer, ClerkOrReviewer, Supervisor };

Actor actorFor(const QString &type)
{
    if (type == u"submitted" || type == u"rated")
        return Actor::Citizen;
    if (EventLog::isDecision(type) || type == u"special_procedure_started"
        || type == u"special_procedure_ended")
        return Actor::Reviewer;
    // A reviewing department may ask for a correction of its part, and the last department's
    // decision completes the case in the same breath.
    if (type == u"correction_requested" || type == u"completed")
        return Actor::ClerkOrReviewer;
    if (type == u"extended")
        return Actor::Supervisor;
    return Actor::Clerk; // accepted, rejected, pre_checked, corrected, routed, collected, withdrawn
}

bool hasRole(const StaffSession &s, QStringView role)
{
    // The terminal calls its clerks front_desk; demo-staff.json says clerk.
    if (role == u"clerk")
        return s.roles.contains(u"clerk") || s.roles.contains(u"front_desk");
    return s.roles.contains(role);
}

// The body keys a kiosk may see of a case filed elsewhere: what the case is and where it
// stands, no party, answer, material, receipt number or free text.
const QStringList &kioskVisibleKeys()
{
    static const QStringList keys { QStringLiteral("itemCode"), QStringLiteral("itemName"),
        QStringLiteral("department"), QStringLiteral("departments"),
        QStringLiteral("departmentCode"), QStringLiteral("outcome"),
        QStringLiteral("catalogVersion"), QStringLiteral("promisedLimitDays"),
        QStringLiteral("legalLimitDays"), QStringLiteral("dueDate"), QStringLiteral("days") };
    return keys;
}

} // namespace

HallAuthorizer::HallAuthorizer(
    const StaffDirectory &staff, const EventLog &events, const PaymentDesk &payments)
    : m_staff(staff)
    , m_events(events)
    , m_payments(payments)
{ }

QString HallAuthorizer::bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    const QByteArray scheme("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

Status HallAuthorizer::check(
    const HttpRequest &request, const QByteArray &path, const TerminalInfo &terminal) const
{
    const bool post = request.method == "POST";
    if (post && path.startsWith("/citizens/")
        && request.header("x-citizen-session").trimmed().isEmpty())
        // The terminal vouches that it identified the citizen; the hall asks for no password.
        return Error { QStringLiteral("citizen_session_required"),
            QStringLiteral("X-Citizen-Session is missing") };
    // A citizen's records go only to a terminal that vouches it confirmed the citizen (card
    // read, or this hall's face check): a typed ID number is no proof (ID numbers leak).
    if (post
        && (path == "/citizens/certificates:query" || path == "/citizens/social-security:query")
        && !request.header("x-citizen-session").contains(";confirmed=1")
        && request.header("x-citizen-session").contains("proof=typed"))
        return Error { QStringLiteral("citizen_not_confirmed"),
            QStringLiteral("the citizen was identified by a typed ID number only; confirm them "
                           "first (card, or /citizens/identity:confirm)") };
    if (post && path == "/events:batch") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        // Not a batch: the route refuses it as invalid, and nothing is stored.
        return doc.isObject() ? checkBatch(request, doc.object(), terminal) : Status {};
    }
    if (path.startsWith("/payments/"))
        return checkPayment(path, terminal);
    if (post && path == "/evaluations")
        return checkEvaluation(request.body, terminal);
    // Health, catalog, trust, the feed (filtered by audience and visible()), staff logins
    // (checked by the staff directory against the town hall), payments made here, statements.
    return {};
}

Result<std::optional<StaffSession>> HallAuthorizer::sessionOf(
    const HttpRequest &request, const TerminalInfo &terminal) const
{
    auto session = m_staff.session(bearerToken(request));
    if (!session)
        return session.error();
    // A token is bound to the terminal that relayed the login: one copied to another terminal,
    // or to another town hall's, is no session there.
    if (session.value()
        && (session.value()->terminalId != terminal.terminalId
            || session.value()->townHall != terminal.townHall))
        return std::optional<StaffSession>();
    return session;
}

Status HallAuthorizer::checkBatch(
    const HttpRequest &request, const QJsonObject &batch, const TerminalInfo &terminal) const
{
    const QJsonArray events = batch.value(u"events").toArray();
    bool staffAction = false;
    for (const QJsonValue &v : events) {
        const QString type = v.toObject().value(u"type").toString();
        staffAction |= EventLog::isKnownType(type) && actorFor(type) != Actor::Citizen;
    }
    std::optional<StaffSession> session;
    if (staffAction) {
        auto found = sessionOf(request, terminal);
        if (!found)
            return found.error();
        session = found.value();
    }
    // Facts of the cases as this batch leaves them: an event may act on a case that an earlier
    // event of the same batch files or routes.
    QHash<QString, EventLog::CaseFacts> cases;
    for (const QJsonValue &v : events)
        if (Status s = checkEvent(v.toObject(), terminal, session, cases); !s)
            return s;
    return {};
}

Status HallAuthorizer::checkEvent(const QJsonObject &event, const TerminalInfo &terminal,
    const std::optional<StaffSession> &session, QHash<QString, EventLog::CaseFacts> &cases) const
{
    const QString type = event.value(u"type").toString();
    const QString caseId = event.value(u"caseId").toString();
    const QString eventId = event.value(u"eventId").toString().left(128);
    if (!EventLog::isKnownType(type) || caseId.isEmpty())
        return {}; // the event log rejects it as invalid, storing nothing
    if (!cases.contains(caseId)) {
        auto facts = m_events.caseFacts(caseId);
        if (!facts)
            return facts.error();
        cases.insert(caseId, facts.value());
    }
    EventLog::CaseFacts &facts = cases[caseId];
    const QJsonObject body = event.value(u"body").toObject();
    const bool ownHall = !facts.known || facts.townHall == terminal.townHall;
    const bool filedHere = facts.known && facts.filingTerminal == terminal.terminalId;
    const Actor actor = actorFor(type);

    const auto refuse = [&](const QString &why) {
        return forbidden(QStringLiteral("event %1 (%2): %3").arg(eventId, type, why));
    };
    if (actor == Actor::Citizen) {
        if (type == u"submitted" && facts.known && !filedHere)
            return refuse(QStringLiteral("the case was filed at another terminal"));
        if (type == u"rated" && !ownHall && !filedHere)
            return refuse(QStringLiteral("the case is another town hall's"));
    } else {
        if (terminal.kind != TerminalKind::Desk)
            return refuse(QStringLiteral("a kiosk takes no staff action"));
        if (!session)
            return Error { QStringLiteral("staff_session_required"),
                QStringLiteral("event %1 (%2) is a staff action: it needs Authorization: Bearer "
                               "with a live staff session of this terminal")
                    .arg(eventId, type) };
        if (event.value(u"actor").toString()
            != QString(QStringLiteral("staff:") + session->username))
            return refuse(QStringLiteral("its actor is not the staff member of the session"));
        // A reviewer acts for their department on cases routed to it: of this town hall, or
        // from any town hall at a terminal of that department.
        const bool routedToReviewer = hasRole(*session, u"reviewer")
            && !session->department.isEmpty() && facts.departments.contains(session->department)
            && (ownHall || terminal.department == session->department);
        const bool clerk = hasRole(*session, u"clerk") && ownHall;
        bool allowed = false;
        switch (actor) {
        case Actor::Clerk:
            allowed = clerk;
            break;
        case Actor::Reviewer: {
            // A decision names its department; a special procedure is the reviewer's own.
            const QString department = EventLog::departmentOf(body);
            allowed = routedToReviewer
                && (department.isEmpty() ? !EventLog::isDecision(type)
                                         : department == session->department);
            break;
        }
        case Actor::ClerkOrReviewer:
            allowed = clerk || routedToReviewer;
            break;
        case Actor::Supervisor:
            allowed = hasRole(*session, u"supervisor") && ownHall;
            break;
        case Actor::Citizen:
            break;
        }
        if (!allowed)
            return refuse(QStringLiteral("staff member %1 (%2%3) may not record it on this case")
                              .arg(session->username, session->roles.join(u','),
                                  session->department.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" %1").arg(session->department)));
    }
    if (!facts.known) {
        facts.known = true;
        facts.townHall = terminal.townHall;
        facts.filingTerminal = terminal.terminalId;
    }
    if (type == u"routed")
        for (const QString &d : EventLog::routedDepartments(body))
            if (!facts.departments.contains(d))
                facts.departments.append(d);
    return {};
}

Status HallAuthorizer::checkPayment(const QByteArray &path, const TerminalInfo &terminal) const
{
    QString orderId = QString::fromUtf8(path.mid(qsizetype(qstrlen("/payments/"))));
    orderId.truncate(orderId.indexOf(u':') < 0 ? orderId.size() : orderId.indexOf(u':'));
    auto owner = m_payments.owner(orderId);
    if (!owner)
        return owner.error();
    // No such order: the route answers 404.
    if (!owner->isEmpty() && owner.value() != terminal.terminalId)
        return forbidden(QStringLiteral("order %1 was made at another terminal").arg(orderId));
    return {};
}

Status HallAuthorizer::checkEvaluation(const QByteArray &body, const TerminalInfo &terminal) const
{
    const QString caseId
        = QJsonDocument::fromJson(body).object().value(u"caseId").toString().left(128);
    if (caseId.isEmpty())
        return {}; // the route refuses it as invalid
    auto facts = m_events.caseFacts(caseId);
    if (!facts)
        return facts.error();
    if (facts->known && facts->townHall != terminal.townHall
        && facts->filingTerminal != terminal.terminalId)
        return forbidden(QStringLiteral("case %1 is another town hall's").arg(caseId));
    return {};
}

QJsonObject HallAuthorizer::visible(
    const QJsonObject &event, const QString &filingTerminal, const TerminalInfo &terminal)
{
    if (terminal.kind == TerminalKind::Desk || filingTerminal == terminal.terminalId)
        return event;
    const QJsonObject body = event.value(u"body").toObject();
    QJsonObject kept;
    for (const QString &key : kioskVisibleKeys())
        if (body.contains(key))
            kept.insert(key, body.value(key));
    QJsonObject out = event;
    out.insert(QStringLiteral("body"), kept);
    return out;
}

} // namespace onewindow::hall
