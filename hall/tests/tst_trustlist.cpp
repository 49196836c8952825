// TrustList: issuer and publisher keys with revocations; the version moves only with the content.
#include "citizenrecords.h"
#include "halltestdatabase.h"
#include "keyring.h"
#include "trustlist.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace onewindow;
using namespace onewindow::hall;

class TestTrustList : public QObject
{
    Q_OBJECT
private slots:
    void versionFollowsContent()
    {
        QTemporaryDir dir;
        auto db = openTestDatabase(dir);
        auto issuers = KeyRing::loadOrCreateDemoIssuers(dir.filePath(QStringLiteral("issuers")));
        QVERIFY(issuers.ok());
        const KeyRing publishers;
        CitizenRecords records(*db);
        TrustList trust(*db, publishers, issuers.value(), records);
        const QJsonObject first = trust.document().value();
        QCOMPARE(first.value(u"version").toInteger(), 1);
        QCOMPARE(first.value(u"issuers").toArray().size(), 5);
        const QJsonObject key = first.value(u"issuers").toArray().first().toObject();
        QVERIFY(!key.value(u"keyId").toString().isEmpty());
        const QString alg = key.value(u"alg").toString();
        QVERIFY(alg == u"SM2-SM3" || alg == u"ES256");
        QVERIFY(key.value(u"pem").toString().startsWith(u"-----BEGIN PUBLIC KEY"));
        QVERIFY(!key.value(u"pem").toString().contains(u"PRIVATE"));
        QVERIFY(first.value(u"revoked").toArray().isEmpty());
        QCOMPARE(trust.document()->value(u"version").toInteger(), 1);

        // A revocation is new content: a new version, kept across a restart.
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO certificates VALUES ('C-1', '440106198503121018', "
                                  "'MARRIAGE_CERT', 'gd-mzj-2026', 'ES256', x'7b7d', x'00', 1)")));
        const QJsonObject second = trust.document().value();
        QCOMPARE(second.value(u"version").toInteger(), 2);
        const QJsonObject revoked = second.value(u"revoked").toArray().first().toObject();
        QCOMPARE(revoked.value(u"certNumber").toString(), QStringLiteral("C-1"));
        QCOMPARE(revoked.value(u"keyId").toString(), QStringLiteral("gd-mzj-2026"));
        TrustList restarted(*db, publishers, issuers.value(), records);
        QCOMPARE(restarted.document()->value(u"version").toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrustList)
#include "tst_trustlist.moc"
