#include "passwordhasher.h"

#include "cryptoprimitives.h"

#include <QRegularExpression>

namespace onewindow {

namespace {

constexpr int kLogN = 17;
constexpr int kR = 8;
constexpr int kP = 1;
constexpr int kSaltSize = 16;
constexpr int kHashSize = 32;

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    const QByteArray salt = CryptoPrimitives::randomBytes(kSaltSize);
    const auto derived = salt.isEmpty()
        ? std::nullopt
        : CryptoPrimitives::scrypt(password.toUtf8(), salt, quint64(1) << kLogN, kR, kP, kHashSize);
    if (!derived)
        return Error { QStringLiteral("security.hash_failed"),
            tr("The password could not be protected (not enough memory or "
               "randomness). Close other programs and try again.") };
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(kLogN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived->toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    static const QRegularExpression format(
        QStringLiteral("^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d)\\$([A-Za-z0-9+/"
                       "=]+)\\$([A-Za-z0-9+/=]+)$"));
    const auto match = format.match(stored);
    if (!match.hasMatch())
        return false;
    const int logN = match.captured(1).toInt();
    const int r = match.captured(2).toInt();
    const int p = match.captured(3).toInt();
    // A changed row must not be able to make a sign-in take gigabytes or minutes.
    if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4)
        return false;
    const QByteArray salt = QByteArray::fromBase64(match.captured(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(match.captured(5).toLatin1());
    if (salt.size() < 8 || expected.size() < 16)
        return false;
    const auto derived = CryptoPrimitives::scrypt(
        password.toUtf8(), salt, quint64(1) << logN, quint64(r), quint64(p), int(expected.size()));
    return derived && CryptoPrimitives::constantTimeEquals(*derived, expected);
}

void PasswordHasher::verifyDummy(const QString &password)
{
    static const QString dummy
        = QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
              .arg(kLogN)
              .arg(kR)
              .arg(kP)
              .arg(QString::fromLatin1(QByteArray(kSaltSize, 'x').toBase64()),
                  QString::fromLatin1(QByteArray(kHashSize, 'y').toBase64()));
    (void)verify(password, dummy);
}

} // namespace onewindow
