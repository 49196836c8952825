#include "staffdirectory.h"

#include "database.h"
#include "halltime.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace onewindow::hall {

namespace {

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
            EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("no randomness");
    return out;
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

StaffDirectory::StaffDirectory(Database &database)
    : m_database(database)
{ }

QString StaffDirectory::hashPassword(
    const QString &password, const QByteArray &salt, int iterations)
{
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
            QString::fromLatin1(pbkdf2(password, salt, iterations).toBase64()));
}

bool StaffDirectory::verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    const int iterations = parts[1].toInt();
    if (iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual
        = pbkdf2(password, QByteArray::fromBase64(parts[2].toLatin1()), iterations);
    return !expected.isEmpty() && actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

Status StaffDirectory::seedDemo(const QByteArray &staffJson)
{
    const QJsonArray staff = QJsonDocument::fromJson(staffJson).object().value(u"staff").toArray();
    return m_database.transaction([&]() -> Status {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO staff VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QJsonValue &v : staff) {
            const QJsonObject s = v.toObject();
            q.addBindValue(s.value(u"username").toString());
            q.addBindValue(s.value(u"displayName").toString());
            q.addBindValue(
                hashPassword(s.value(u"password").toString(), randomBytes(16), kIterations));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(s.value(u"roles").toArray()).toJson(QJsonDocument::Compact)));
            const QString department = s.value(u"department").toString();
            q.addBindValue(department.isEmpty() ? QVariant() : QVariant(department));
            q.addBindValue(s.value(u"townHall").toString());
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("store a staff account"));
        }
        return {};
    });
}

Result<QJsonObject> StaffDirectory::login(
    const TerminalInfo &terminal, const QString &username, const QString &password)
{
    const Error refused { QStringLiteral("invalid_credentials"),
        QStringLiteral("wrong username or password") };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT password_hash, roles, department, town_hall, display_name "
                             "FROM staff WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a staff account"));
    if (!q.next()) {
        // Spend the same time as for a real account, so timing does not reveal usernames.
        verifyPassword(password, hashPassword(QString(), QByteArray(16, '\0'), kIterations));
        return refused;
    }
    const QString stored = q.value(0).toString();
    const QJsonArray roles = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
    const QVariant department = q.value(2);
    const QString townHall = q.value(3).toString();
    const QString displayName = q.value(4).toString();
    q.finish();
    if (!verifyPassword(password, stored) || townHall != terminal.townHall)
        return refused;

    const QString token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime expires = hallNow().addSecs(kSessionHours * 3600);
    q.prepare(QStringLiteral("INSERT INTO staff_sessions VALUES (?, ?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(username);
    q.addBindValue(terminal.terminalId);
    q.addBindValue(expires.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("store a staff session"));
    return QJsonObject { { QStringLiteral("token"), token },
        { QStringLiteral("username"), username }, { QStringLiteral("displayName"), displayName },
        { QStringLiteral("roles"), roles },
        { QStringLiteral("department"),
            department.isNull() ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(department.toString()) },
        { QStringLiteral("townHall"), townHall },
        { QStringLiteral("expiresAt"), isoTime(expires) } };
}

QString StaffDirectory::sessionUser(const QString &token) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT username FROM staff_sessions WHERE token_hash = ? AND expires_at > ?"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<std::optional<StaffSession>> StaffDirectory::session(const QString &token) const
{
    if (token.isEmpty())
        return std::optional<StaffSession>();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT s.username, s.terminal_id, a.roles, a.department, a.town_hall "
                             "FROM staff_sessions s JOIN staff a ON a.username = s.username "
                             "WHERE s.token_hash = ? AND s.expires_at > ?"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("look up a staff session"));
    if (!q.next())
        return std::optional<StaffSession>();
    StaffSession s { q.value(0).toString(), q.value(1).toString(), {}, q.value(3).toString(),
        q.value(4).toString() };
    for (const QJsonValue &role : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        s.roles.append(role.toString());
    return std::optional<StaffSession>(s);
}

} // namespace onewindow::hall
