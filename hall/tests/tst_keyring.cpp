// KeyRing: demo issuer keys made once and reused, key ids from file names, PEM public halves.
#include "keyring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace onewindow::hall;

class TestKeyRing : public QObject
{
    Q_OBJECT
private slots:
    void demoIssuersAreMadeOnce()
    {
        QTemporaryDir dir;
        const QString issuers = dir.filePath(QStringLiteral("issuers"));
        auto first = KeyRing::loadOrCreateDemoIssuers(issuers);
        QVERIFY(first.ok());
        QCOMPARE(first->keys().size(), 5);
        QCOMPARE(first->find(QStringLiteral("gd-gaj-2026"))->algorithm, QStringLiteral("SM2-SM3"));
        QCOMPARE(first->find(QStringLiteral("gd-mzj-2026"))->algorithm, QStringLiteral("ES256"));
        QVERIFY(first->find(QStringLiteral("gd-gaj-2026"))
                    ->publicPem.startsWith("-----BEGIN PUBLIC KEY"));
        // Private keys are readable by their owner only.
        QCOMPARE(QFile(QDir(issuers).filePath(QStringLiteral("gd-gaj-2026.key"))).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        auto second = KeyRing::loadOrCreateDemoIssuers(issuers);
        QVERIFY(second.ok());
        QCOMPARE(second->find(QStringLiteral("gd-gaj-2026"))->publicPem,
            first->find(QStringLiteral("gd-gaj-2026"))->publicPem);
        auto signature = second->sign(QStringLiteral("gd-mzj-2026"), "payload");
        QVERIFY(signature.ok());
        QCOMPARE(second->sign(QStringLiteral("unknown"), "payload").error().code,
            QStringLiteral("keys.unknown"));
    }

    void publicKeysNamedByFile()
    {
        QTemporaryDir dir;
        auto demo = KeyRing::loadOrCreateDemoIssuers(dir.path());
        QVERIFY(demo.ok());
        const QString pub = dir.filePath(QStringLiteral("gd-catalog-2026.pub.pem"));
        QFile file(pub);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(demo->find(QStringLiteral("gd-rsj-2026"))->publicPem);
        file.close();
        auto ring = KeyRing::loadPublicKeys({ pub });
        QVERIFY(ring.ok());
        QCOMPARE(ring->keys().first().keyId, QStringLiteral("gd-catalog-2026"));
        QCOMPARE(ring->keys().first().algorithm, QStringLiteral("SM2-SM3"));
        QVERIFY(!ring->keys().first().hasPrivate);
        QCOMPARE(ring->sign(QStringLiteral("gd-catalog-2026"), "x").error().code,
            QStringLiteral("keys.unknown"));
    }

    void refusals()
    {
        QTemporaryDir dir;
        QCOMPARE(KeyRing::loadPrivateKeys(dir.path()).error().code, QStringLiteral("keys.none"));
        QFile junk(dir.filePath(QStringLiteral("junk.key")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a key");
        junk.close();
        QCOMPARE(
            KeyRing::loadPrivateKeys(dir.path()).error().code, QStringLiteral("keys.malformed"));
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
