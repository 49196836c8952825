#include "httprequestparser.h"

namespace onewindow::hall {

namespace {

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Field values: visible characters, obs-text, space and tab; never CR, LF, NUL or other controls.
bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &part : list.toByteArray().split(','))
        if (trimmed(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray decodeQueryPart(QByteArrayView part)
{
    QByteArray s = part.toByteArray();
    s.replace('+', ' ');
    return QByteArray::fromPercentEncoding(s);
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits {})
{ }

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{ }

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer.append(bytes);
    return parse();
}

HttpRequestParser::State HttpRequestParser::fail(int status, QByteArray message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    m_buffer.clear();
    m_buffer.squeeze();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (!m_headDone) {
        // Empty lines before a request line are allowed (RFC 9112 2.2), e.g. after a body's CRLF.
        qsizetype skip = 0;
        while (m_buffer.size() >= skip + 2 && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
            skip += 2;
        if (skip > 0)
            m_buffer.remove(0, skip);
        // Look only within the limit, so a flood without a blank line costs bounded work.
        const qsizetype window = std::min(m_buffer.size(), m_limits.maxHeaderBytes + 4);
        const qsizetype end = QByteArrayView(m_buffer).first(window).indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "request header too large");
            return State::NeedMore;
        }
        if (parseHead(end) == State::Error)
            return m_state;
    }
    if (m_buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    m_continuePending = false;
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArrayView line(lines[i]);
        // Every line but the last ended in "\r\n"; a bare LF leaves no CR before it.
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return fail(400, "line not terminated by CRLF");
            line.chop(1);
        }
        if (i == 0) {
            if (!parseRequestLine(line))
                return m_state;
        } else if (!parseHeaderLine(line)) {
            return m_state;
        }
    }
    if (!finishHeaders())
        return m_state;
    m_headDone = true;
    return State::NeedMore;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, "malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        fail(400, "malformed method");
        return false;
    }
    if (target.isEmpty() || target.front() != '/') {
        fail(400, "request target must be an absolute path");
        return false;
    }
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#') {
            fail(400, "invalid character in request target");
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        fail(400, "malformed HTTP version");
        return false;
    }
    if (version[5] != '1') {
        fail(505, "only HTTP/1.x is supported");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] - '0';
    const qsizetype q = target.indexOf('?');
    const QByteArrayView rawPath = q < 0 ? target : target.first(q);
    m_request.path = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    if (m_request.path.contains('\0')) {
        fail(400, "NUL in path");
        return false;
    }
    // Dot segments (also percent-encoded) and backslashes never name a hall resource; refusing
    // them here means no route can be reached, or a file named, by walking up the tree.
    if (m_request.path.contains('\\')) {
        fail(400, "backslash in path");
        return false;
    }
    for (const QByteArray &segment : m_request.path.split('/')) {
        if (segment == "." || segment == "..") {
            fail(400, "dot segment in path");
            return false;
        }
    }
    if (q >= 0) {
        for (const QByteArray &pair : target.sliced(q + 1).toByteArray().split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                m_request.query.emplaceBack(decodeQueryPart(pair), QByteArray());
            else
                m_request.query.emplaceBack(decodeQueryPart(QByteArrayView(pair).first(eq)),
                    decodeQueryPart(QByteArrayView(pair).sliced(eq + 1)));
        }
    }
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (m_request.headers.size() >= m_limits.maxHeaderCount) {
        fail(431, "too many header fields");
        return false;
    }
    if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
        fail(400, "obsolete header line folding");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // No whitespace is allowed between the name and the colon (RFC 9112 5.1).
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, "malformed header field");
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (!isFieldValue(value)) {
        fail(400, "invalid character in header value");
        return false;
    }
    m_request.headers.emplaceBack(line.first(colon).toByteArray().toLower(), value.toByteArray());
    return true;
}

bool HttpRequestParser::finishHeaders()
{
    bool haveLength = false;
    qsizetype length = 0;
    bool haveHost = false;
    QByteArray connection;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "transfer-encoding") {
            // Chunked bodies are not needed by the terminal; refusing them also rules out
            // request smuggling through a Content-Length/Transfer-Encoding disagreement.
            fail(501, "Transfer-Encoding is not supported; send Content-Length");
            return false;
        }
        if (name == "host") {
            if (haveHost) {
                fail(400, "more than one Host header");
                return false;
            }
            haveHost = true;
        } else if (name == "connection") {
            connection += value + ',';
        } else if (name == "content-length") {
            if (value.isEmpty() || value.size() > 18) {
                fail(value.size() > 18 ? 413 : 400, "bad Content-Length");
                return false;
            }
            qsizetype n = 0;
            for (char c : value) {
                if (c < '0' || c > '9') {
                    fail(400, "bad Content-Length");
                    return false;
                }
                n = n * 10 + (c - '0');
            }
            if (haveLength && n != length) {
                fail(400, "conflicting Content-Length headers");
                return false;
            }
            haveLength = true;
            length = n;
        }
    }
    if (m_request.minorVersion >= 1 && !haveHost) {
        fail(400, "missing Host header");
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        fail(413, "request body too large");
        return false;
    }
    m_contentLength = length;
    if (m_request.minorVersion >= 1)
        m_request.keepAlive = !containsToken(connection, "close");
    else
        m_request.keepAlive = containsToken(connection, "keep-alive");
    m_continuePending = length > 0 && m_request.minorVersion >= 1
        && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0
        && m_buffer.size() < length;
    return true;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest {};
    m_headDone = false;
    m_contentLength = 0;
    m_continuePending = false;
    m_state = State::NeedMore;
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending && m_state == State::NeedMore;
    m_continuePending = false;
    return pending;
}

} // namespace onewindow::hall
