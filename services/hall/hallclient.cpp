#include "hallclient.h"

#include "tlsprofile.h"

#include <QJsonParseError>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace onewindow {

namespace {

Error transportError(QNetworkReply *reply, const QList<QSslError> &sslErrors)
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return TlsProfile::describeFailure(sslErrors, reply->errorString());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return { QStringLiteral("hall.timeout"),
            HallClient::tr("The hall did not answer in time. The terminal keeps the data and "
                           "tries again.") };
    default:
        if (!sslErrors.isEmpty())
            return TlsProfile::describeFailure(sslErrors, reply->errorString());
        return { QStringLiteral("hall.unreachable"),
            HallClient::tr("The hall cannot be reached (%1). The terminal keeps the data and "
                           "tries again.")
                .arg(reply->errorString()) };
    }
}

} // namespace

HallClient::HallClient(HallSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tls(TlsProfile::forHall(m_settings))
{
    // No cookies, no cache, no proxies picked up from the environment: the hall only.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setStrictTransportSecurityEnabled(true);
}

HallClient::~HallClient()
{
    // Joins the network thread and frees its TLS sessions now: a command that exits right
    // after a refused handshake would otherwise leave OpenSSL objects behind.
    m_network.clearConnectionCache();
}

Status HallClient::readiness() const
{
    if (!m_tls)
        return m_tls.error();
    return {};
}

bool HallClient::isTransient(const Error &error)
{
    return error.code == QLatin1String("hall.unreachable")
        || error.code == QLatin1String("hall.timeout")
        || error.code == QLatin1String("hall.malformed");
}

bool HallClient::isAllowedPath(const QString &path)
{
    static const QRegularExpression allowed(QStringLiteral(
        "^/(events:batch|events\\?cursor=\\d+&limit=\\d+|staff/sessions|"
        "catalog(\\?since=[0-9A-Za-z.\\-]+)?|trust|citizens/certificates:query|"
        "citizens/social-security:query|citizens/pension-certifications|citizens/identity:confirm|"
        "citizens/contribution-dues:query|payments|payments/[0-9A-Za-z\\-]{1,64}|"
        "statements|statements:verify|evaluations|health)$"));
    return allowed.match(path).hasMatch();
}

void HallClient::send(const HallRequest &request, Callback done)
{
    if (!m_tls)
        return done(m_tls.error());
    if (!isAllowedPath(request.path))
        return done(Error { QStringLiteral("hall.bad_path"),
            tr("Refused to call %1 on the hall: not a path of the hall protocol.")
                .arg(request.path.left(40)) });

    QUrl url = m_settings.url;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    const qsizetype query = request.path.indexOf(QLatin1Char('?'));
    url.setPath(base + QStringLiteral("/api/v1") + request.path.left(query));
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1));

    QNetworkRequest r(url);
    r.setSslConfiguration(m_tls.value());
    r.setTransferTimeout(m_settings.timeoutMs);
    // A redirect could lead to plain http or another host: never follow one.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!request.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", request.idempotencyKey.toLatin1());
    if (!request.bearerToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (!request.citizenSession.isEmpty())
        r.setRawHeader("X-Citizen-Session", request.citizenSession);

    QByteArray payload;
    if (!request.body.isNull()) {
        payload = request.body.toJson(QJsonDocument::Compact);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(r, request.method, payload);
    auto state = std::make_shared<ReplyState>();
    // Certificate errors are recorded to explain the failure; they are never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply,
        [state](const QList<QSslError> &errors) { state->sslErrors = errors; });
    connect(
        reply, &QNetworkReply::downloadProgress, reply, [reply, state](qint64 received, qint64) {
            if (received > kMaxBodyBytes) {
                state->tooLarge = true;
                reply->abort();
            }
        });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        // An answer announced larger than the cap is dropped before any of its body is read.
        if (length.isValid() && length.toLongLong() > kMaxBodyBytes) {
            state->tooLarge = true;
            reply->abort();
        }
        state->closeDelimited = !length.isValid()
            && !reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    });
    // An answer without Content-Length (HTTP/1.0) ends when the hall closes the connection.
    // Over TLS the hall says so with close_notify, and may wait for ours before closing TCP;
    // Qt 6.4 ends such a body only at the TCP close, so the reply would hang until the
    // timeout. Every hall answer is one JSON object or array, which cannot be cut short and
    // still parse: once the body is a complete document it is taken and the connection closed.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state] {
        if (!state->closeDelimited || state->tooLarge)
            return;
        const QByteArray body = reply->peek(reply->bytesAvailable()).trimmed();
        if (!body.endsWith('}') && !body.endsWith(']'))
            return;
        QJsonParseError parseError;
        if (QJsonDocument::fromJson(body, &parseError).isNull()
            || parseError.error != QJsonParseError::NoError)
            return;
        state->completeBody = reply->readAll();
        state->endedByBody = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, state, done = std::move(done)] {
        reply->deleteLater();
        done(readAnswer(reply, *state));
    });
}

Result<HallResponse> HallClient::readAnswer(QNetworkReply *reply, const ReplyState &state)
{
    if (state.tooLarge)
        return Error { QStringLiteral("hall.too_large"),
            tr("The hall's answer was larger than %1 MiB and was dropped.")
                .arg(kMaxBodyBytes / (1024 * 1024)) };
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Network and proxy errors (below 200) and a broken protocol are the transport's; the
    // other errors stand for HTTP statuses (400 is ProtocolInvalidOperationError), which are
    // answers. A body cut short by the transport is no answer, even after its status line.
    const QNetworkReply::NetworkError code = reply->error();
    const bool transportFailed = !state.endedByBody && code != QNetworkReply::NoError
        && (code < QNetworkReply::ContentAccessDenied || code == QNetworkReply::ProtocolFailure
            || code == QNetworkReply::ProtocolUnknownError);
    if (!statusAttr.isValid() || transportFailed)
        return transportError(reply, state.sslErrors);
    HallResponse response;
    response.status = statusAttr.toInt();
    if (response.status >= 300 && response.status < 400)
        return Error { QStringLiteral("hall.redirect"),
            tr("The hall answered with a redirect (%1), which this terminal "
               "does not follow. Check the hall address.")
                .arg(response.status) };
    const QByteArray raw = state.endedByBody ? state.completeBody : reply->readAll();
    if (reply->hasRawHeader("Retry-After"))
        response.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();
    if (!raw.isEmpty()) {
        QJsonParseError parseError;
        response.body = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error != QJsonParseError::NoError && response.status < 500)
            return Error { QStringLiteral("hall.malformed"),
                tr("The hall's answer is not valid JSON (%1 at byte %2). The "
                   "terminal keeps the data and tries again.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset) };
    }
    return response;
}

} // namespace onewindow
