// HTTPS client for the online service hall API (/api/v1) over mutual TLS.
#pragma once

#include "hallsettings.h"
#include "result.h"

#include <functional>
#include <optional>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

namespace onewindow {

struct HallRequest
{
    QByteArray method = "GET";
    QString path; // below /api/v1, e.g. "/events:batch"; never carries personal data
    QJsonDocument body;
    QString idempotencyKey; // every write carries one
    QByteArray bearerToken; // staff session
    QByteArray citizenSession; // X-Citizen-Session: CitizenSession::attestation(), nothing personal
};

struct HallResponse
{
    int status = 0;
    QJsonDocument body;
    std::optional<int> retryAfterSeconds;
};

class HallClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HallResponse>)>;

    explicit HallClient(HallSettings settings, QObject *parent = nullptr);
    ~HallClient() override;

    // Whether the TLS configuration could be built; send() fails with this error otherwise.
    Status readiness() const;
    const HallSettings &settings() const { return m_settings; }

    // Calls done exactly once. Transport failures are errors; HTTP statuses are responses.
    void send(const HallRequest &request, Callback done);

    // Errors worth trying again later (network down, timeouts, a garbled answer).
    static bool isTransient(const Error &error);
    // Paths the contract allows: a guard that no identifier or name ever lands in a URL.
    static bool isAllowedPath(const QString &path);

    static constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;

private:
    struct ReplyState
    {
        QList<QSslError> sslErrors;
        bool tooLarge = false;
        bool closeDelimited = false; // no Content-Length, not chunked: ends at the close
        bool endedByBody = false; // such a body was complete JSON; the rest was not waited for
        QByteArray completeBody;
    };
    static Result<HallResponse> readAnswer(QNetworkReply *reply, const ReplyState &state);

    HallSettings m_settings;
    Result<QSslConfiguration> m_tls;
    QNetworkAccessManager m_network;
};

} // namespace onewindow
