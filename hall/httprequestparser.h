// HttpRequestParser: incremental, size-limited HTTP/1.1 request parser (Content-Length bodies
// only).
#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace onewindow::hall {

// Bytes go in as they arrive; complete requests come out one by one, so pipelined requests and
// keep-alive work. Every malformed or oversized input ends in Error with the HTTP status to
// answer before closing the connection; the parser never needs more memory than the limits.
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024; // request line and all header lines
        qsizetype maxBodyBytes = 8 * 1024 * 1024; // 500 events with room to spare
        int maxHeaderCount = 100;
    };
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    // Appends bytes and parses as far as possible.
    State feed(QByteArrayView bytes);
    // Parses what is buffered (after takeRequest(), for the next pipelined request).
    State parse();
    State state() const { return m_state; }

    // The complete request; the parser then starts on the next one.
    HttpRequest takeRequest();
    // True once per request whose headers asked for "Expect: 100-continue" and whose body is
    // still to come: the connection answers "100 Continue" so that clients like curl go on.
    bool takeContinueRequest();

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    State fail(int status, QByteArray message);
    State parseHead(qsizetype headEnd);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHeaders();

    Limits m_limits;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headDone = false;
    bool m_continuePending = false;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace onewindow::hall
