#include "hallapi.h"

#include "database.h"
#include "halltime.h"
#include "idnumbercheck.h"
#include "onewindow_version.h"

#include <QJsonDocument>

namespace onewindow::hall {

namespace {

HttpResponse ok(const QJsonObject &body, int status = 200)
{
    return HttpResponse::json(status, QJsonDocument(body));
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
        QStringLiteral("use %1 here").arg(QLatin1String(allow)));
    r.headers.emplaceBack("Allow", allow);
    return r;
}

HttpResponse invalid(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid"), message);
}

// The writes of the contract, each kept under its Idempotency-Key. Queries (POST only to keep
// personal data out of URLs) and staff logins are not: their answers hold personal data or a
// session token, which must not be stored.
bool isWrite(const QByteArray &method, const QByteArray &path)
{
    return method == "POST"
        && (path == "/events:batch" || path == "/citizens/pension-certifications"
            || path == "/payments" || path == "/evaluations" || path == "/statements");
}

// What "the same body" means for an Idempotency-Key. A batch is its events: the audit head
// beside them changes whenever the terminal records something, and a retry of a batch whose
// answer was lost must still get that answer instead of a 409.
QByteArray requestFingerprint(const QByteArray &path, const QByteArray &body)
{
    if (path != "/events:batch")
        return body;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return body;
    QJsonObject batch = doc.object();
    batch.remove(QStringLiteral("auditHead"));
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

} // namespace

HallApi::HallApi(
    Database &database, const KeyRing &publishers, const KeyRing &issuers, Options options)
    : m_options(options)
    , m_registry(database)
    , m_events(database)
    , m_idempotency(database)
    , m_staff(database)
    , m_citizens(database)
    , m_payments(database, options.paymentConfirmAfterMs)
    , m_evaluations(database)
    , m_statements(database)
    , m_audit(database)
    , m_catalogs(database)
    , m_trust(database, publishers, issuers, m_citizens)
    , m_authorizer(m_staff, m_events, m_payments)
{ }

HttpResponse HallApi::failure(const Error &error)
{
    // Store failures say which statement failed, never with which values.
    return HttpResponse::error(500, QStringLiteral("internal"), error.message);
}

HttpResponse HallApi::refusal(const Error &error)
{
    if (error.code == u"staff_session_required") {
        HttpResponse r = HttpResponse::error(401, error.code, error.message);
        r.headers.emplaceBack("WWW-Authenticate", "Bearer");
        return r;
    }
    if (error.code == u"forbidden" || error.code == u"citizen_session_required"
        || error.code == u"citizen_not_confirmed")
        return HttpResponse::error(403, error.code, error.message);
    return failure(error);
}

HttpResponse HallApi::handle(const HttpRequest &request, const QString &terminalId)
{
    const QByteArray prefix("/api/v1/");
    if (!request.path.startsWith(prefix))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    const QByteArray path = request.path.mid(prefix.size() - 1);
    const TerminalInfo terminal = m_registry.lookup(terminalId);
    // Before the idempotency cache: a refused request is neither stored nor kept, so it cannot
    // change the hall's state, and an authorized retry under the same key is not answered with
    // the refusal.
    if (Status allowed = m_authorizer.check(request, path, terminal); !allowed)
        return refusal(allowed.error());
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    const QByteArray routeKey = request.method + ' ' + path;
    const bool keep = isWrite(request.method, path);
    QByteArray fingerprint;
    if (keep) {
        // The contract: every write carries one. Refusing a write without it (4xx: the terminal
        // parks it) shows a client bug at once instead of as a duplicate after a lost answer.
        if (key.isEmpty())
            return HttpResponse::error(400, QStringLiteral("idempotency_key_required"),
                QStringLiteral("a write needs an Idempotency-Key header"));
        if (key.size() > 128)
            return invalid(QStringLiteral("Idempotency-Key is longer than 128 characters"));
        fingerprint = requestFingerprint(path, request.body);
        auto stored = m_idempotency.lookup(terminal.terminalId, key, routeKey, fingerprint);
        if (!stored)
            return failure(stored.error());
        if (stored.value()) {
            // A replayed batch still shows the hall its audit head: a terminal restored from a
            // backup may send a head it sent before, under the key it used then.
            if (path == "/events:batch" && stored.value()->status == 200)
                if (Status s = observeAuditHead(request.body, terminal); !s)
                    return failure(s.error());
            return *stored.value();
        }
    }
    HttpResponse response = route(request, path, terminal);
    if (keep) {
        if (Status s
            = m_idempotency.remember(terminal.terminalId, key, routeKey, fingerprint, response);
            !s)
            return failure(s.error());
    }
    return response;
}

Status HallApi::observeAuditHead(const QByteArray &body, const TerminalInfo &terminal)
{
    const QJsonObject batch = QJsonDocument::fromJson(body).object();
    if (!batch.contains(u"auditHead"))
        return {};
    auto audit = m_audit.observe(terminal, batch.value(u"auditHead"));
    if (!audit)
        return audit.error();
    return {};
}

HttpResponse HallApi::route(
    const HttpRequest &request, const QByteArray &path, const TerminalInfo &terminal)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    QJsonObject body;
    if (post) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (!doc.isObject())
            return HttpResponse::error(400, QStringLiteral("invalid_json"),
                QStringLiteral("the body must be a JSON object"));
        body = doc.object();
    }

    if (path == "/health") {
        if (!get)
            return methodNotAllowed("GET");
        return ok({ { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("version"), QString::fromLatin1(onewindow::kVersion) },
            { QStringLiteral("serverTime"), hallNowIso() } });
    }
    if (path == "/events:batch")
        return post ? pushEvents(body, terminal) : methodNotAllowed("POST");
    if (path == "/events")
        return get ? readEvents(request, terminal) : methodNotAllowed("GET");
    if (path == "/staff/sessions") {
        if (!post)
            return methodNotAllowed("POST");
        auto session = m_staff.login(
            terminal, body.value(u"username").toString(), body.value(u"password").toString());
        if (!session)
            return session.error().code == u"invalid_credentials"
                ? HttpResponse::error(401, session.error().code, session.error().message)
                : failure(session.error());
        return ok(session.value());
    }
    if (path == "/catalog") {
        if (!get)
            return methodNotAllowed("GET");
        auto catalog = m_catalogs.newerThan(QString::fromUtf8(request.queryValue("since")));
        if (!catalog)
            return failure(catalog.error());
        if (!catalog.value()) {
            if (!request.hasQuery("since"))
                return HttpResponse::error(
                    404, QStringLiteral("not_found"), QStringLiteral("the hall holds no catalog"));
            return HttpResponse::empty(304);
        }
        return ok(*catalog.value());
    }
    if (path == "/trust") {
        if (!get)
            return methodNotAllowed("GET");
        auto trust = m_trust.document();
        return trust ? ok(trust.value()) : failure(trust.error());
    }
    if (path.startsWith("/citizens/"))
        return post ? citizenQuery(body, path, terminal) : methodNotAllowed("POST");
    if (path == "/evaluations")
        return post ? evaluate(body, terminal) : methodNotAllowed("POST");
    if (path == "/payments" || path.startsWith("/payments/"))
        return payments(request, path, body, terminal);
    if (path == "/statements" || path == "/statements:verify")
        return post ? statements(path, body, terminal) : methodNotAllowed("POST");
    return HttpResponse::error(
        404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse HallApi::pushEvents(const QJsonObject &body, const TerminalInfo &terminal)
{
    if (body.value(u"terminalId").toString() != terminal.terminalId)
        return HttpResponse::error(403, QStringLiteral("terminal_mismatch"),
            QStringLiteral("terminalId is not the terminal of the client "
                           "certificate"));
    if (!body.value(u"events").isArray())
        return invalid(QStringLiteral("events must be an array"));
    const QJsonArray events = body.value(u"events").toArray();
    if (events.size() > EventLog::kMaxBatch)
        return HttpResponse::error(413, QStringLiteral("batch_too_large"),
            QStringLiteral("at most %1 events per batch").arg(EventLog::kMaxBatch));
    auto outcome = m_events.push(terminal, events);
    if (!outcome)
        return failure(outcome.error());
    QJsonObject answer { { QStringLiteral("acked"), QJsonArray::fromStringList(outcome->acked) },
        { QStringLiteral("rejected"), outcome->rejected } };
    if (body.contains(u"auditHead")) {
        auto audit = m_audit.observe(terminal, body.value(u"auditHead"));
        if (!audit)
            return failure(audit.error());
        answer.insert(QStringLiteral("audit"), audit.value());
    }
    return ok(answer);
}

HttpResponse HallApi::readEvents(const HttpRequest &request, const TerminalInfo &terminal)
{
    bool cursorOk = true, limitOk = true;
    const QByteArray cursorText = request.queryValue("cursor");
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    const QByteArray limitText = request.queryValue("limit");
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&limitOk);
    if (!cursorOk || cursor < 0 || !limitOk || limit < 1)
        return invalid(QStringLiteral("cursor must be a number from 0, limit one from 1"));
    auto page = m_events.feed(terminal, cursor, limit);
    if (!page)
        return failure(page.error());
    QJsonArray events;
    for (qsizetype i = 0; i < page->events.size(); ++i)
        events.append(HallAuthorizer::visible(
            page->events.at(i).toObject(), page->filingTerminals.value(i), terminal));
    return ok(
        { { QStringLiteral("events"), events }, { QStringLiteral("nextCursor"), page->nextCursor },
            { QStringLiteral("hasMore"), page->hasMore } });
}

HttpResponse HallApi::citizenQuery(
    const QJsonObject &body, const QByteArray &path, const TerminalInfo &terminal)
{
    // X-Citizen-Session is checked by the authorizer.
    const QString idNumber = body.value(u"idNumber").toString();
    if (!IdNumberCheck::isValid(idNumber))
        return HttpResponse::error(400, QStringLiteral("invalid_id_number"),
            QStringLiteral("idNumber is not a valid resident ID number"));
    if (path == "/citizens/certificates:query") {
        auto certificates = m_citizens.certificates(idNumber);
        if (!certificates)
            return failure(certificates.error());
        return ok({ { QStringLiteral("certificates"), certificates.value() } });
    }
    if (path == "/citizens/social-security:query") {
        auto records = m_citizens.socialSecurity(idNumber);
        if (!records)
            return records.error().code == u"not_found"
                ? HttpResponse::error(404, records.error().code, records.error().message)
                : failure(records.error());
        return ok(records.value());
    }
    if (path == "/citizens/contribution-dues:query") {
        auto dues = m_citizens.duesFor(idNumber);
        if (!dues)
            return dues.error().code == u"not_found"
                ? HttpResponse::error(404, dues.error().code, dues.error().message)
                : failure(dues.error());
        return ok(dues.value());
    }
    if (path == "/citizens/identity:confirm") {
        auto answer = m_citizens.confirmIdentity(body);
        if (!answer)
            return answer.error().code == u"invalid"
                ? HttpResponse::error(400, answer.error().code, answer.error().message)
                : failure(answer.error());
        return ok(answer.value());
    }
    if (path == "/citizens/pension-certifications") {
        auto answer = m_citizens.certifyPension(terminal, body);
        if (!answer)
            return answer.error().code == u"not_pensioner"
                ? HttpResponse::error(422, answer.error().code, answer.error().message)
                : failure(answer.error());
        return ok(answer.value());
    }
    return HttpResponse::error(
        404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse HallApi::evaluate(const QJsonObject &body, const TerminalInfo &terminal)
{
    auto answer = m_evaluations.rate(terminal, body);
    if (!answer) {
        const QString &code = answer.error().code;
        if (code == u"invalid" || code == u"conflict")
            return HttpResponse::error(
                code == u"invalid" ? 400 : 409, code, answer.error().message);
        return failure(answer.error());
    }
    return ok(answer->body, answer->status);
}

HttpResponse HallApi::payments(const HttpRequest &request, const QByteArray &path,
    const QJsonObject &body, const TerminalInfo &terminal)
{
    const auto answer = [](const Result<QJsonObject> &r) {
        if (r)
            return ok(r.value());
        return r.error().code == u"not_found"
            ? HttpResponse::error(404, r.error().code, r.error().message)
            : failure(r.error());
    };
    if (path == "/payments") {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        auto created = m_payments.create(terminal, body);
        if (!created) {
            const QString &code = created.error().code;
            if (code == u"invalid" || code == u"conflict" || code == u"already_paid")
                return HttpResponse::error(
                    code == u"invalid" ? 400 : 409, code, created.error().message);
            return failure(created.error());
        }
        return ok(created->body, created->status);
    }
    QString rest = QString::fromUtf8(path.mid(qsizetype(qstrlen("/payments/"))));
    QString action;
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        action = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    if (!PaymentDesk::isValidOrderId(rest))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("no such order"));
    if (action.isEmpty())
        return request.method == "GET" ? answer(m_payments.status(rest)) : methodNotAllowed("GET");
    if (m_options.testHooks && (action == u"confirm" || action == u"fail"))
        return request.method == "POST" ? answer(m_payments.settle(rest, action == u"confirm"))
                                        : methodNotAllowed("POST");
    return HttpResponse::error(
        404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse HallApi::statements(
    const QByteArray &path, const QJsonObject &body, const TerminalInfo &terminal)
{
    const auto refused = [](const Error &e) {
        const QString &code = e.code;
        if (code == u"invalid")
            return HttpResponse::error(400, code, e.message);
        if (code == u"terminal_mismatch")
            return HttpResponse::error(403, code, e.message);
        if (code == u"conflict")
            return HttpResponse::error(409, code, e.message);
        return failure(e);
    };
    if (path == "/statements:verify") {
        auto answer = m_statements.verify(body);
        return answer ? ok(answer.value()) : refused(answer.error());
    }
    auto stored = m_statements.registerStatement(terminal, body);
    return stored ? ok(stored->body, stored->status) : refused(stored.error());
}

} // namespace onewindow::hall
