#include "signatureverifier.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace onewindow;
using namespace Qt::StringLiterals;

// Keys and signatures come from the openssl command line, as a catalog authority makes them.
class TestSignatureVerifier : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_data = QByteArrayLiteral("{\"format\":\"onewindow-catalog\"}\n");

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            qWarning() << process.readAllStandardError();
        return process.readAllStandardOutput();
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void makeKey(const QString &name, const QString &curve)
    {
        openssl({ u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:"_s + curve, u"-out"_s, path(name + u".key"_s) });
        openssl({ u"pkey"_s, u"-in"_s, path(name + u".key"_s), u"-pubout"_s, u"-out"_s,
            path(name + u".pub"_s) });
    }

    QByteArray sign(const QString &key, const QStringList &options)
    {
        return openssl(QStringList { u"dgst"_s } + options
            + QStringList { u"-sign"_s, path(key + u".key"_s), path(u"data"_s) });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(path(u"data"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_data);
        file.close();
        makeKey(u"sm2"_s, u"SM2"_s);
        makeKey(u"p256"_s, u"prime256v1"_s);
        makeKey(u"p384"_s, u"secp384r1"_s);
    }

    void algorithmFollowsFromKey()
    {
        QCOMPARE(SignatureVerifier::algorithmOf(readFile(u"sm2.pub"_s)).value(),
            SignatureVerifier::Algorithm::Sm2Sm3);
        QCOMPARE(SignatureVerifier::algorithmOf(readFile(u"p256.pub"_s)).value(),
            SignatureVerifier::Algorithm::Es256);
        QCOMPARE(SignatureVerifier::algorithmOf(readFile(u"p256.key"_s)).value(),
            SignatureVerifier::Algorithm::Es256);
        QCOMPARE(SignatureVerifier::algorithmOf(readFile(u"p384.pub"_s)).error().code,
            QStringLiteral("signature.bad_key"));
        QCOMPARE(SignatureVerifier::algorithmOf("not a key").error().code,
            QStringLiteral("signature.bad_key"));
        const auto pub = SignatureVerifier::publicKeyPem(readFile(u"sm2.key"_s));
        QVERIFY(pub);
        QVERIFY(pub->startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    void sm2WithDistinguishingIdVerifies()
    {
        const QByteArray der
            = sign(u"sm2"_s, { u"-sm3"_s, u"-sigopt"_s, u"distid:1234567812345678"_s });
        QVERIFY(!der.isEmpty());
        QVERIFY(SignatureVerifier::verify(readFile(u"sm2.pub"_s), m_data, der));
        QByteArray tampered = m_data;
        tampered[3] = 'X';
        QCOMPARE(SignatureVerifier::verify(readFile(u"sm2.pub"_s), tampered, der).error().code,
            QStringLiteral("signature.mismatch"));
    }

    void sm2WithoutDistinguishingIdIsRefused()
    {
        const QByteArray der = sign(u"sm2"_s, { u"-sm3"_s });
        QVERIFY(!der.isEmpty());
        QVERIFY(!SignatureVerifier::verify(readFile(u"sm2.pub"_s), m_data, der));
        const QByteArray otherId
            = sign(u"sm2"_s, { u"-sm3"_s, u"-sigopt"_s, u"distid:8765432112345678"_s });
        QVERIFY(!SignatureVerifier::verify(readFile(u"sm2.pub"_s), m_data, otherId));
    }

    void es256Verifies()
    {
        const QByteArray der = sign(u"p256"_s, { u"-sha256"_s });
        QVERIFY(SignatureVerifier::verify(readFile(u"p256.pub"_s), m_data, der));
        QVERIFY(!SignatureVerifier::verify(readFile(u"sm2.pub"_s), m_data, der));
        QVERIFY(!SignatureVerifier::verify(readFile(u"p256.pub"_s), m_data + " ", der));
        QVERIFY(!SignatureVerifier::verify(readFile(u"p256.pub"_s), m_data, QByteArray()));
        QVERIFY(
            !SignatureVerifier::verify(readFile(u"p256.pub"_s), m_data, QByteArray(72, '\x30')));
    }

    void signatureTextIsBase64()
    {
        QCOMPARE(SignatureVerifier::decodeSignatureText("AAEC\n").value(), QByteArray("\0\1\2", 3));
        QCOMPARE(SignatureVerifier::decodeSignatureText("!!").error().code,
            QStringLiteral("signature.not_base64"));
        QVERIFY(!SignatureVerifier::decodeSignatureText(""));
    }
};

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
