#include "datakeys.h"

#include "cryptoprimitives.h"
#include "database.h"
#include "fileproblem.h"
#include "securitylogging.h"

#include <fcntl.h>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <unistd.h>

namespace onewindow {

namespace {

constexpr char kHeader[] = "onewindow-keys 1";

QByteArray fingerprint(const QByteArray &key)
{
    // Proves which key is meant without storing anything that helps to recover it.
    return CryptoPrimitives::hmacSha256(key, QByteArrayLiteral("onewindow key fingerprint v1"));
}

Error keyError(const char *code, const QString &message)
{
    return Error { QLatin1String(code), message };
}

} // namespace

Result<DataKeys> DataKeys::open(Database &database, const QString &keyFilePath)
{
    DataKeys keys(keyFilePath);
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM security_keys")) || !q.next())
        return Database::queryError(q, QStringLiteral("count security keys"));
    const bool databaseHasKeys = q.value(0).toLongLong() > 0;
    q.finish();

    const QFileInfo info(keyFilePath);
    if (!info.exists() && !info.isSymLink()) {
        if (databaseHasKeys)
            return keyError("security.key_missing",
                tr("The data key file %1 is missing, but this database holds data encrypted "
                   "with it. OneWindow will not make a new key, because that would make the "
                   "existing data unreadable. Restore the key file from the terminal's backup.")
                    .arg(keyFilePath));
        keys.m_lookupKey = CryptoPrimitives::randomBytes(CryptoPrimitives::kKeySize);
        keys.m_auditKey = CryptoPrimitives::randomBytes(CryptoPrimitives::kKeySize);
        keys.m_dataKeys.insert(1, CryptoPrimitives::randomBytes(CryptoPrimitives::kKeySize));
        if (keys.m_lookupKey.isEmpty() || keys.m_auditKey.isEmpty() || keys.dataKey(1).isEmpty())
            return keyError("security.no_randomness",
                tr("The system could not supply random numbers for a new data key. "
                   "Restart the terminal; if this persists, call support."));
        if (Status written = keys.write(); !written)
            return written.error();
        qCInfo(lcSecurity) << "created a new data key file";
    } else {
        if (Status perms = keys.checkPermissions(); !perms)
            return perms.error();
        if (Status read = keys.read(); !read)
            return read.error();
    }
    if (Status registered = keys.registerFingerprints(database, databaseHasKeys); !registered)
        return registered.error();
    return keys;
}

Status DataKeys::checkPermissions() const
{
    const QFileInfo info(m_filePath);
    if (info.isSymLink() || !info.isFile())
        return keyError("security.key_not_a_file",
            tr("The data key %1 is not a plain file. Replace it with the key file "
               "from the terminal's backup.")
                .arg(m_filePath));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((info.permissions() & others) || info.ownerId() != ::geteuid())
        return keyError("security.key_permissions",
            tr("The data key %1 may be read by other users of this computer. "
               "OneWindow will not use it. Make it private with \"chmod 600 %1\" "
               "(owned by the user that runs OneWindow), and check who may have "
               "copied it.")
                .arg(m_filePath));
    return {};
}

Status DataKeys::read()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return keyError("security.key_unreadable",
            tr("The data key %1 cannot be read (%2).").arg(m_filePath, FileProblem::reading(file)));
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    const auto broken = [this] {
        return keyError("security.key_damaged",
            tr("The data key %1 is damaged. Restore it from the terminal's backup.")
                .arg(m_filePath));
    };
    if (lines.isEmpty() || lines.first() != kHeader)
        return broken();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> parts = lines[i].split(' ');
        if (parts.size() == 1 && parts.first().isEmpty())
            continue;
        const QByteArray key = QByteArray::fromBase64(parts.constLast());
        if (key.size() != CryptoPrimitives::kKeySize)
            return broken();
        if (parts.size() == 2 && parts[0] == "lookup")
            m_lookupKey = key;
        else if (parts.size() == 2 && parts[0] == "audit")
            m_auditKey = key;
        else if (parts.size() == 3 && parts[0] == "data" && parts[1].toUInt() > 0)
            m_dataKeys.insert(parts[1].toUInt(), key);
        else
            return broken();
    }
    if (m_lookupKey.isEmpty() || m_auditKey.isEmpty() || m_dataKeys.isEmpty())
        return broken();
    return {};
}

Status DataKeys::write() const
{
    QByteArray text = QByteArray(kHeader) + '\n';
    text += "lookup " + m_lookupKey.toBase64() + '\n';
    text += "audit " + m_auditKey.toBase64() + '\n';
    for (auto it = m_dataKeys.cbegin(); it != m_dataKeys.cend(); ++it)
        text += "data " + QByteArray::number(it.key()) + ' ' + it.value().toBase64() + '\n';

    // Created 0600 from the first byte (no window in which it is readable), then renamed
    // over the old file so a crash leaves either the old or the new file, never half of one.
    const QByteArray target = QFile::encodeName(m_filePath);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    bool ok = fd >= 0;
    if (ok) {
        ok = ::write(fd, text.constData(), size_t(text.size())) == ssize_t(text.size())
            && ::fsync(fd) == 0;
        ok = (::close(fd) == 0) && ok;
    }
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        return keyError("security.key_not_written",
            tr("The data key %1 cannot be written. Check that the data directory "
               "is writable and the disk is not full.")
                .arg(m_filePath));
    }
    return {};
}

Status DataKeys::registerFingerprints(Database &database, bool mustAlreadyMatch) const
{
    QList<std::pair<QString, std::pair<quint32, QByteArray>>> keys = {
        { QStringLiteral("lookup"), { 0, m_lookupKey } },
        { QStringLiteral("audit"), { 0, m_auditKey } },
    };
    for (auto it = m_dataKeys.cbegin(); it != m_dataKeys.cend(); ++it)
        keys.append({ QStringLiteral("data"), { it.key(), it.value() } });

    return database.transaction([&]() -> Status {
        QSqlQuery known(database.connection());
        known.prepare(QStringLiteral("SELECT purpose, key_id, fingerprint FROM security_keys"));
        if (!known.exec())
            return Database::queryError(known, QStringLiteral("read security keys"));
        QMap<QString, QByteArray> stored;
        while (known.next())
            stored.insert(known.value(0).toString() + QLatin1Char('/') + known.value(1).toString(),
                known.value(2).toByteArray());
        for (const auto &[purpose, idAndKey] : keys) {
            const QString name = purpose + QLatin1Char('/') + QString::number(idAndKey.first);
            const QByteArray print = fingerprint(idAndKey.second);
            if (stored.contains(name)) {
                if (!CryptoPrimitives::constantTimeEquals(stored.take(name), print))
                    return keyError("security.key_foreign",
                        tr("The data key %1 does not belong to this database (it "
                           "may come from another terminal). Restore this "
                           "terminal's own key file from its backup.")
                            .arg(m_filePath));
                continue;
            }
            if (mustAlreadyMatch && purpose != QLatin1String("data"))
                return keyError("security.key_foreign",
                    tr("The data key %1 does not belong to this database (it may "
                       "come from another terminal). Restore this terminal's own "
                       "key file from its backup.")
                        .arg(m_filePath));
            QSqlQuery insert(database.connection());
            insert.prepare(QStringLiteral("INSERT INTO security_keys (purpose, key_id, "
                                          "fingerprint, created_at) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(purpose);
            insert.addBindValue(idAndKey.first);
            insert.addBindValue(print);
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!insert.exec())
                return Database::queryError(insert, QStringLiteral("register security key"));
        }
        if (!stored.isEmpty())
            return keyError("security.key_missing",
                tr("The data key %1 lacks a key that data in this database was "
                   "encrypted with. Restore the complete key file from the "
                   "terminal's backup.")
                    .arg(m_filePath));
        return {};
    });
}

Status DataKeys::rotate(Database &database)
{
    const QByteArray key = CryptoPrimitives::randomBytes(CryptoPrimitives::kKeySize);
    if (key.isEmpty())
        return keyError("security.no_randomness",
            tr("The system could not supply random numbers for a new data key. "
               "Restart the terminal; if this persists, call support."));
    DataKeys next = *this;
    next.m_dataKeys.insert(currentKeyId() + 1, key);
    // The file first: a key in the file but not yet registered is registered on the next open.
    if (Status written = next.write(); !written)
        return written;
    if (Status registered = next.registerFingerprints(database, true); !registered)
        return registered;
    *this = std::move(next);
    qCInfo(lcSecurity) << "rotated the data key to key id" << currentKeyId();
    return {};
}

} // namespace onewindow
