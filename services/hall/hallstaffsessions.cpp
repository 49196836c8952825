#include "hallstaffsessions.h"

#include "hallclient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcStaffSessions, "onewindow.hall.staff", QtInfoMsg)

namespace onewindow {

namespace {
const QLatin1String kStaffActor("staff:");
}

HallStaffSessions::HallStaffSessions(HallClient &client, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

void HallStaffSessions::open(const QString &username, const QString &password, Done done)
{
    const quint64 attempt = ++m_attempts;
    m_pending.insert(username, attempt);
    HallRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/staff/sessions");
    // No Idempotency-Key: a replayed answer would hand out the same token twice.
    request.body = QJsonDocument(QJsonObject {
        { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
    QPointer<HallStaffSessions> self(this);
    m_client.send(request, [self, username, attempt, done](Result<HallResponse> answer) {
        if (!self)
            return;
        Status status = Error { QStringLiteral("hall.staff_login_dropped"),
            tr("The sign-in ended or was made again before the hall answered.") };
        if (self->m_pending.value(username) == attempt) {
            self->m_pending.remove(username);
            status = self->accept(username, answer);
        }
        // The reason, never the token or the password.
        if (!status)
            qCWarning(lcStaffSessions) << "no hall staff session:" << status.error().code;
        else
            emit self->opened(username);
        if (done)
            done(status);
    });
}

Status HallStaffSessions::accept(const QString &username, const Result<HallResponse> &answer)
{
    if (!answer)
        return answer.error();
    const HallResponse &response = answer.value();
    const QJsonObject body = response.body.object();
    if (response.status >= 400 && response.status < 500 && response.status != 429) {
        const QString code = body.value(QLatin1String("code")).toString().left(64);
        return Error { QStringLiteral("hall.staff_login_refused"),
            tr("The hall did not accept this sign-in (%1). You can work on here; your decisions "
               "wait on this terminal until a sign-in that the hall accepts.")
                .arg(code.isEmpty() ? QString::number(response.status) : code) };
    }
    if (response.status != 200)
        return Error { QStringLiteral("hall.server_error"),
            tr("The hall could not open a staff session (HTTP %1); your decisions wait on this "
               "terminal until your next sign-in.")
                .arg(response.status) };
    const QByteArray token = body.value(QLatin1String("token")).toString().toLatin1();
    const QDateTime expires
        = QDateTime::fromString(body.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
    if (token.isEmpty() || !expires.isValid())
        return Error { QStringLiteral("hall.malformed"),
            tr("The hall's answer to a staff sign-in has no token or expiry; your decisions wait "
               "on this terminal until your next sign-in.") };
    m_sessions.insert(username, { token, expires });
    return {};
}

void HallStaffSessions::close(const QString &username)
{
    m_pending.remove(username);
    m_sessions.remove(username);
}

QByteArray HallStaffSessions::tokenFor(const QString &actor) const
{
    if (!actor.startsWith(kStaffActor))
        return {};
    const auto found = m_sessions.constFind(actor.mid(kStaffActor.size()));
    if (found == m_sessions.cend() || found->expires <= m_clock())
        return {};
    return found->token;
}

bool HallStaffSessions::isOpen(const QString &username) const
{
    return !tokenFor(kStaffActor + username).isEmpty();
}

} // namespace onewindow
