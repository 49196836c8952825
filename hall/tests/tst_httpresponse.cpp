// HttpResponse: the bytes on the wire, the contract's error body, bodiless 304.
#include "httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace onewindow::hall;

class TestHttpResponse : public QObject
{
    Q_OBJECT
private slots:
    void errorBodyAndWireFormat()
    {
        const HttpResponse r = HttpResponse::error(
            409, QStringLiteral("conflict"), QStringLiteral("已存在 another"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"code").toString(), QStringLiteral("conflict"));
        QCOMPARE(body.value(u"message").toString(), QStringLiteral("已存在 another"));
        const QByteArray wire = r.serialize(true);
        QVERIFY(wire.startsWith("HTTP/1.1 409 Conflict\r\n"));
        QVERIFY(wire.contains("\r\nContent-Type: application/json; charset=utf-8\r\n"));
        QVERIFY(wire.contains("\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n"));
        QVERIFY(wire.contains("\r\nConnection: keep-alive\r\n"));
        QVERIFY(wire.endsWith("\r\n\r\n" + r.body));
        QVERIFY(r.serialize(false).contains("\r\nConnection: close\r\n"));
    }

    void notModifiedHasNoBody()
    {
        HttpResponse r = HttpResponse::empty(304);
        r.body = "ignored";
        const QByteArray wire = r.serialize(true);
        QVERIFY(wire.startsWith("HTTP/1.1 304 Not Modified\r\n"));
        QVERIFY(!wire.contains("Content-Length"));
        QVERIFY(wire.endsWith("\r\n\r\n"));
    }

    void reasonPhrases()
    {
        QCOMPARE(HttpResponse::reasonPhrase(413), QByteArray("Content Too Large"));
        QCOMPARE(HttpResponse::reasonPhrase(503), QByteArray("Service Unavailable"));
        QCOMPARE(HttpResponse::reasonPhrase(299), QByteArray("OK"));
        QCOMPARE(HttpResponse::reasonPhrase(499), QByteArray("Error"));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
