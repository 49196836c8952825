// HttpRequestParser: requests split anywhere, pipelining, keep-alive, limits and malformed input.
#include "httprequestparser.h"

#include <QTest>

using namespace onewindow::hall;
using State = HttpRequestParser::State;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void simpleGet()
    {
        HttpRequestParser p;
        QCOMPARE(p.feed("GET /api/v1/events?cursor=12&limit=5&x=a%20b+c HTTP/1.1\r\nHost: h\r\n"
                        "X-Request-Id:  abc \r\n\r\n"),
            State::Complete);
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QByteArray("/api/v1/events"));
        QCOMPARE(r.queryValue("cursor"), QByteArray("12"));
        QCOMPARE(r.queryValue("x"), QByteArray("a b c"));
        QCOMPARE(r.header("x-request-id"), QByteArray("abc"));
        QVERIFY(r.keepAlive);
        QVERIFY(r.body.isEmpty());
    }

    void bodyInPiecesAndPipelined()
    {
        const QByteArray wire
            = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
              "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
        // Every split point must give the same two requests.
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            HttpRequestParser p;
            QList<HttpRequest> got;
            for (const QByteArray &part : { wire.left(cut), wire.mid(cut) }) {
                State s = p.feed(part);
                while (s == State::Complete) {
                    got.append(p.takeRequest());
                    s = p.parse();
                }
                QVERIFY(s != State::Error);
            }
            QCOMPARE(got.size(), 2);
            QCOMPARE(got[0].body, QByteArray("hello"));
            QCOMPARE(got[1].path, QByteArray("/b"));
            QCOMPARE(got[1].body, QByteArray("ok"));
            QVERIFY(!got[1].keepAlive);
        }
    }

    void http10ClosesUnlessAsked()
    {
        HttpRequestParser p;
        QCOMPARE(p.feed("GET / HTTP/1.0\r\n\r\n"), State::Complete);
        QVERIFY(!p.takeRequest().keepAlive);
        QCOMPARE(p.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"), State::Complete);
        QVERIFY(p.takeRequest().keepAlive);
    }

    void expectContinue()
    {
        HttpRequestParser p;
        QCOMPARE(
            p.feed(
                "POST /a HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"),
            State::NeedMore);
        QVERIFY(p.takeContinueRequest());
        QVERIFY(!p.takeContinueRequest());
        QCOMPARE(p.feed("abc"), State::Complete);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("absolute form")
            << QByteArray("GET http://x/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n x\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("NUL in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\0x\r\n\r\n", 29) << 400;
        QTest::newRow("bad length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length list")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 1\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("huge length") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                     << 413;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 9000000\r\n\r\n") << 413;
        QTest::newRow("space in target")
            << QByteArray("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("NUL in path") << QByteArray("GET /a%00 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("dot dot") << QByteArray(
            "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: h\r\n\r\n")
                                 << 400;
        QTest::newRow("encoded dot dot")
            << QByteArray("GET /api/v1/%2e%2E/%2E%2e/etc HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("dot") << QByteArray("GET /api/./v1 HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("backslash")
            << QByteArray("GET /api/v1/%5c..%5cx HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    }
    void malformed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequestParser p;
        QCOMPARE(p.feed(wire), State::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(!p.errorMessage().isEmpty());
        QCOMPARE(p.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n"), State::Error); // stays failed
    }

    void headerLimits()
    {
        HttpRequestParser::Limits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxHeaderCount = 10;
        HttpRequestParser endless(limits);
        State s = State::NeedMore;
        for (int i = 0; i < 100 && s == State::NeedMore; ++i)
            s = endless.feed("X-Filler: 0123456789012345678901234567890123456789\r\n");
        QCOMPARE(s, State::Error);
        QCOMPARE(endless.errorStatus(), 431);
        QVERIFY(endless.bufferedBytes() == 0);

        HttpRequestParser many(limits);
        QByteArray wire = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 11; ++i)
            wire += "X-" + QByteArray::number(i) + ": v\r\n";
        QCOMPARE(many.feed(wire + "\r\n"), State::Error);
        QCOMPARE(many.errorStatus(), 431);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
