// HttpRequest: one parsed HTTP/1.1 request of the reference hall (method, target, headers, body).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace onewindow::hall {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QByteArray path; // percent-decoded path without the query
    QList<QPair<QByteArray, QByteArray>> query; // decoded name/value pairs in order
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;
    int minorVersion = 1; // HTTP/1.minorVersion
    bool keepAlive = true;

    // The first value of a header (name in lower case), or an empty array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
    QByteArray queryValue(QByteArrayView name) const
    {
        for (const auto &q : query)
            if (q.first == name)
                return q.second;
        return {};
    }
    bool hasQuery(QByteArrayView name) const
    {
        for (const auto &q : query)
            if (q.first == name)
                return true;
        return false;
    }
};

} // namespace onewindow::hall
