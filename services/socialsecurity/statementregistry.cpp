#include "statementregistry.h"

#include "database.h"
#include "hallclient.h"
#include "socialsecuritystatement.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStatements, "onewindow.socialsecurity.statements")

namespace onewindow {

namespace {
const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
}

StatementRegistry::StatementRegistry(Database &database, HallClient *hall, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_hall(hall)
{
    m_retry.setInterval(60'000);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StatementRegistry::flush);
}

StatementRegistry::~StatementRegistry() = default;

QJsonObject StatementRegistry::registrationBody(const SocialSecurityStatement &s)
{
    return { { QStringLiteral("statementNumber"), s.statementNumber },
        { QStringLiteral("verificationValue"), s.verificationValue },
        { QStringLiteral("issuedAt"), s.issuedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("period"),
            QJsonObject {
                { QStringLiteral("from"), s.fromMonth.toString(QStringLiteral("yyyy-MM")) },
                { QStringLiteral("to"), s.toMonth.toString(QStringLiteral("yyyy-MM")) } } },
        { QStringLiteral("terminalId"), s.terminalId } };
}

Status StatementRegistry::enqueue(const SocialSecurityStatement &statement)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO statement_registrations "
                             "(statement_number, body, created_at) VALUES (?, ?, %1)")
                  .arg(kNow));
    q.addBindValue(statement.statementNumber);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(registrationBody(statement)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("queue a statement registration"));
    flush();
    return {};
}

Result<int> StatementRegistry::pendingCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM statement_registrations "
                               "WHERE registered_at IS NULL AND parked_code IS NULL"))
        || !q.next())
        return Database::queryError(q, QStringLiteral("count statement registrations"));
    return q.value(0).toInt();
}

Result<int> StatementRegistry::parkedCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT count(*) FROM statement_registrations WHERE parked_code IS NOT NULL"))
        || !q.next())
        return Database::queryError(q, QStringLiteral("count parked statement registrations"));
    return q.value(0).toInt();
}

Result<std::optional<StatementRegistry::Pending>> StatementRegistry::nextPending() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT statement_number, body FROM statement_registrations "
                               "WHERE registered_at IS NULL AND parked_code IS NULL "
                               "ORDER BY created_at, statement_number LIMIT 1")))
        return Database::queryError(q, QStringLiteral("read statement registrations"));
    if (!q.next())
        return std::optional<Pending> {};
    return std::optional<Pending> { Pending {
        q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() } };
}

void StatementRegistry::flush()
{
    if (m_inFlight)
        return;
    if (!m_hall) {
        emit flushed(false);
        return;
    }
    m_retry.stop();
    sendNext();
}

void StatementRegistry::sendNext()
{
    auto next = nextPending();
    if (!next || !next.value()) {
        if (!next)
            qCWarning(lcStatements) << "cannot read the queue:" << next.error().code;
        emit flushed(next.ok());
        return;
    }
    const Pending pending = *next.value();
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/statements");
    request.body = QJsonDocument(pending.body);
    request.idempotencyKey = pending.number; // the statement number is the unit
    m_inFlight = true;
    QPointer<StatementRegistry> self(this);
    m_hall->send(request, [self, number = pending.number](Result<HallResponse> answer) {
        if (self)
            self->handle(number, answer);
    });
}

void StatementRegistry::handle(const QString &number, const Result<HallResponse> &answer)
{
    m_inFlight = false;
    const int status = answer ? answer->status : 0;
    Status stored;
    if (status == 200 || status == 201) {
        stored = markRegistered(number);
    } else if (answer && status >= 400 && status < 500 && status != 408 && status != 429) {
        const QJsonObject body = answer->body.object();
        stored = markFailed(number, body.value(u"message").toString(), true,
            body.value(u"code").toString(QString::number(status)));
        qCWarning(lcStatements) << "the hall refused a statement registration:" << status;
    } else {
        // Unreachable or 5xx: kept in the queue, sent again on the next try.
        (void)markFailed(number,
            answer ? QStringLiteral("HTTP %1").arg(status) : answer.error().code, false, {});
        m_retry.start();
        emit flushed(false);
        return;
    }
    if (!stored) {
        qCWarning(lcStatements) << "cannot update the queue:" << stored.error().code;
        m_retry.start();
        emit flushed(false);
        return;
    }
    sendNext();
}

Status StatementRegistry::markRegistered(const QString &number)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE statement_registrations SET registered_at = %1, "
                             "attempts = attempts + 1, last_error = NULL "
                             "WHERE statement_number = ?")
                  .arg(kNow));
    q.addBindValue(number);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("mark a statement registered"));
    return {};
}

Status StatementRegistry::markFailed(
    const QString &number, const QString &error, bool park, const QString &code)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE statement_registrations SET attempts = attempts + 1, "
                             "last_error = ?, parked_code = ?, parked_message = ? "
                             "WHERE statement_number = ?"));
    q.addBindValue(error);
    q.addBindValue(park ? QVariant(code) : QVariant());
    q.addBindValue(park ? QVariant(error) : QVariant());
    q.addBindValue(number);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("note a failed statement registration"));
    return {};
}

void StatementRegistry::verify(const QString &statementNumber, const QString &verificationValue,
    std::function<void(Result<StatementCheck>)> done)
{
    if (!m_hall)
        return done(Error { QStringLiteral("statement.offline"),
            tr("Checking a statement needs the online service hall, which cannot be reached "
               "now. Please try again later.") });
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/statements:verify");
    request.body = QJsonDocument(
        QJsonObject { { QStringLiteral("statementNumber"), statementNumber.trimmed() },
            { QStringLiteral("verificationValue"), verificationValue.trimmed() } });
    m_hall->send(request, [done = std::move(done)](Result<HallResponse> answer) {
        if (!answer)
            return done(answer.error());
        done(interpretCheck(answer.value()));
    });
}

Result<StatementCheck> StatementRegistry::interpretCheck(const HallResponse &response)
{
    const QJsonObject o = response.body.object();
    const QString result = o.value(u"result").toString();
    if (response.status != 200 || result.isEmpty())
        return Error { QStringLiteral("statement.unclear"),
            tr("The hall could not check this statement. Please check the number and the "
               "verification value, or ask at the service window.") };
    StatementCheck check;
    if (result == u"genuine")
        check.verdict = StatementCheck::Verdict::Genuine;
    else if (result == u"mismatch")
        check.verdict = StatementCheck::Verdict::Mismatch;
    else if (result == u"unknown")
        check.verdict = StatementCheck::Verdict::Unknown;
    else
        return Error { QStringLiteral("statement.unclear"),
            tr("The hall could not check this statement. Please check the number and the "
               "verification value, or ask at the service window.") };
    check.issuedAt = QDateTime::fromString(o.value(u"issuedAt").toString(), Qt::ISODateWithMs);
    check.terminalId = o.value(u"terminalId").toString();
    return check;
}

} // namespace onewindow
