// IdempotencyCache: the first answer to each (terminal, Idempotency-Key), replayed on a retry.
#pragma once

#include "httpresponse.h"
#include "result.h"

#include <optional>

namespace onewindow {
class Database;
}

namespace onewindow::hall {

class IdempotencyCache
{
public:
    explicit IdempotencyCache(Database &database);

    // The stored answer for this key and body; 409 for this key with another body or route;
    // nothing when the key is new.
    Result<std::optional<HttpResponse>> lookup(const QString &terminalId, const QString &key,
        const QByteArray &route, const QByteArray &body);
    // Keeps the answer (2xx and 4xx only: a 5xx must stay retryable).
    Status remember(const QString &terminalId, const QString &key, const QByteArray &route,
        const QByteArray &body, const HttpResponse &response);

private:
    Database &m_database;
};

} // namespace onewindow::hall
