#include "cryptoprimitives.h"

#include <QTest>

using namespace onewindow;

class TestCryptoPrimitives : public QObject
{
    Q_OBJECT
private slots:
    void hmacMatchesRfc4231()
    {
        const QByteArray mac = CryptoPrimitives::hmacSha256(
            QByteArrayLiteral("Jefe"), QByteArrayLiteral("what do ya want for nothing?"));
        QCOMPARE(mac.toHex(),
            QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void gcmRoundTripsAndRefusesChanges()
    {
        const QByteArray key = CryptoPrimitives::randomBytes(32);
        const QByteArray nonce = CryptoPrimitives::randomBytes(12);
        QCOMPARE(key.size(), 32);
        const auto sealed = CryptoPrimitives::aesGcmEncrypt(key, nonce, "secret", "aad");
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), 6 + 16);
        QCOMPARE(*CryptoPrimitives::aesGcmDecrypt(key, nonce, *sealed, "aad"),
            QByteArrayLiteral("secret"));
        QVERIFY(!CryptoPrimitives::aesGcmDecrypt(key, nonce, *sealed, "other"));
        QByteArray flipped = *sealed;
        flipped[0] = char(flipped[0] ^ 1);
        QVERIFY(!CryptoPrimitives::aesGcmDecrypt(key, nonce, flipped, "aad"));
        QVERIFY(!CryptoPrimitives::aesGcmDecrypt(key, nonce, QByteArray(3, 'x'), "aad"));
        QVERIFY(!CryptoPrimitives::aesGcmEncrypt(QByteArray(16, 'k'), nonce, "x", {}));
    }

    void scryptMatchesRfc7914()
    {
        // RFC 7914 section 12, second vector (N=1024, r=8, p=16).
        const auto key = CryptoPrimitives::scrypt("password", "NaCl", 1024, 8, 16, 64);
        QVERIFY(key);
        QCOMPARE(key->toHex().left(32), QByteArrayLiteral("fdbabe1c9d3472007856e7190d01e9fe"));
    }

    void comparesInConstantTime()
    {
        QVERIFY(CryptoPrimitives::constantTimeEquals("abc", "abc"));
        QVERIFY(!CryptoPrimitives::constantTimeEquals("abc", "abd"));
        QVERIFY(!CryptoPrimitives::constantTimeEquals("abc", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_cryptoprimitives.moc"
