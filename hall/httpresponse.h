// HttpResponse: a status, headers and a body, serialised as an HTTP/1.1 response.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace onewindow::hall {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonDocument &document);
    // The contract's error body: {"code": …, "message": …}.
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse empty(int status);

    static QByteArray reasonPhrase(int status);
    // The bytes on the wire, with Content-Length and Connection added.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace onewindow::hall
