// EcSigner: SM2-SM3 and ES256 signatures that the openssl command line verifies, and back.
#include "ecsigner.h"
#include "keyring.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow::hall;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int openssl(const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000))
        return -1;
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning().noquote() << "openssl" << args.join(u' ') << p.readAllStandardError();
    return p.exitCode();
}

} // namespace

class TestEcSigner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ring = KeyRing::loadOrCreateDemoIssuers(m_dir.filePath(QStringLiteral("issuers")));
        QVERIFY2(ring.ok(), qPrintable(ring.ok() ? QString() : ring.error().message));
        m_ring = std::move(ring).value();
        QVERIFY(m_ring.find(QStringLiteral("gd-gaj-2026")));
        QCOMPARE(m_ring.find(QStringLiteral("gd-gaj-2026"))->algorithm, QStringLiteral("SM2-SM3"));
        QCOMPARE(m_ring.find(QStringLiteral("gd-mzj-2026"))->algorithm, QStringLiteral("ES256"));
    }

    void opensslVerifiesOurSignatures_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QStringList>("digestArgs");
        QTest::newRow("SM2-SM3") << QStringLiteral("gd-gaj-2026")
                                 << QStringList { QStringLiteral("-sm3"), QStringLiteral("-sigopt"),
                                        QStringLiteral("distid:1234567812345678") };
        QTest::newRow("ES256") << QStringLiteral("gd-mzj-2026")
                               << QStringList { QStringLiteral("-sha256") };
    }
    void opensslVerifiesOurSignatures()
    {
        QFETCH(QString, kid);
        QFETCH(QStringList, digestArgs);
        const QByteArray payload
            = QStringLiteral(R"({"certType":"MARRIAGE_CERT","holder":{"name":"张三"}})").toUtf8();
        auto sig = m_ring.sign(kid, payload);
        QVERIFY(sig.ok());
        const QString pub = m_dir.filePath(kid + QStringLiteral(".pub.pem"));
        const QString sigFile = m_dir.filePath(kid + QStringLiteral(".sig"));
        const QString payloadFile = m_dir.filePath(kid + QStringLiteral(".payload"));
        writeFile(pub, m_ring.find(kid)->publicPem);
        writeFile(sigFile, sig.value());
        writeFile(payloadFile, payload);
        QCOMPARE(openssl(QStringList { QStringLiteral("dgst") } + digestArgs
                     + QStringList { QStringLiteral("-verify"), pub, QStringLiteral("-signature"),
                         sigFile, payloadFile }),
            0);
        // One changed byte must fail.
        writeFile(payloadFile, QByteArray(payload).replace("MARRIAGE", "MARRIAGF"));
        QVERIFY(openssl(QStringList { QStringLiteral("dgst") } + digestArgs
                    + QStringList { QStringLiteral("-verify"), pub, QStringLiteral("-signature"),
                        sigFile, payloadFile })
            != 0);
    }

    void weVerifyOpensslSignatures()
    {
        const QString key = m_dir.filePath(QStringLiteral("issuers/gd-gaj-2026.key"));
        const QString payloadFile = m_dir.filePath(QStringLiteral("cli.payload"));
        const QString sigFile = m_dir.filePath(QStringLiteral("cli.sig"));
        const QByteArray payload("signed by the openssl command line");
        writeFile(payloadFile, payload);
        QCOMPARE(openssl({ QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-sign"),
                     key, QStringLiteral("-sigopt"), QStringLiteral("distid:1234567812345678"),
                     QStringLiteral("-out"), sigFile, payloadFile }),
            0);
        QFile f(sigFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sig = f.readAll();
        const KeyRing::Key *k = m_ring.find(QStringLiteral("gd-gaj-2026"));
        QVERIFY(EcSigner::verify(k->pkey.get(), QStringLiteral("SM2-SM3"), payload, sig));
        QVERIFY(!EcSigner::verify(k->pkey.get(), QStringLiteral("SM2-SM3"), payload + "!", sig));
        QVERIFY(!EcSigner::verify(k->pkey.get(), QStringLiteral("ES256"), payload, sig));
    }

    void wrongAlgorithmIsRefused()
    {
        const KeyRing::Key *es = m_ring.find(QStringLiteral("gd-mzj-2026"));
        QVERIFY(!EcSigner::sign(es->pkey.get(), QStringLiteral("SM2-SM3"), "x").ok());
        QVERIFY(!EcSigner::sign(es->pkey.get(), QStringLiteral("RS256"), "x").ok());
    }

private:
    QTemporaryDir m_dir;
    KeyRing m_ring;
};

QTEST_GUILESS_MAIN(TestEcSigner)
#include "tst_ecsigner.moc"
