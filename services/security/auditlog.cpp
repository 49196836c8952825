#include "auditlog.h"

#include "cryptoprimitives.h"
#include "database.h"
#include "timestamp.h"

#include <QSqlQuery>
#include <QtEndian>

namespace onewindow {

namespace {

// Text fields are capped so that a hostile input cannot bloat the log; the MAC covers the
// stored (capped) text.
constexpr qsizetype kMaxField = 512;

QByteArray field(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    return QByteArray(length, 4) + utf8;
}

// Null QStrings bind as SQL NULL; every audit field is NOT NULL text.
QString capped(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text.left(kMaxField);
}

} // namespace

AuditLog::AuditLog(Database &database, QByteArray key, Clock clock)
    : m_database(database)
    , m_key(std::move(key))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QByteArray AuditLog::mac(const QByteArray &previous, const AuditEntry &entry) const
{
    char seq[8];
    qToBigEndian<qint64>(entry.seq, seq);
    const QByteArray message = QByteArrayLiteral("onewindow.audit.v1") + previous
        + QByteArray(seq, 8) + field(utcTimestamp(entry.at)) + field(entry.actor)
        + field(entry.action) + field(entry.subject) + field(entry.detail);
    return CryptoPrimitives::hmacSha256(m_key, message);
}

Result<AuditHead> AuditLog::head() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Database::queryError(q, QStringLiteral("read audit head"));
    if (!q.next())
        return AuditHead { 0, QByteArray(32, '\0') };
    return AuditHead { q.value(0).toLongLong(), q.value(1).toByteArray() };
}

Status AuditLog::append(
    const QString &actor, const QString &action, const QString &subject, const QString &detail)
{
    // Reading the head and writing the next entry must not interleave with another connection
    // (the catalog import's worker thread, onewindowctl) extending the chain.
    if (!m_database.inTransaction())
        return m_database.transaction(
            [&] { return appendInTransaction(actor, action, subject, detail); });
    return appendInTransaction(actor, action, subject, detail);
}

Status AuditLog::appendInTransaction(
    const QString &actor, const QString &action, const QString &subject, const QString &detail)
{
    auto previous = head();
    if (!previous)
        return Error { QStringLiteral("security.audit_unwritable"),
            tr("The audit log cannot be read, so the action was refused: %1")
                .arg(previous.error().message) };
    AuditEntry entry { previous->seq + 1, m_clock(), capped(actor), capped(action), capped(subject),
        capped(detail) };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, detail, "
                             "prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.seq);
    q.addBindValue(utcTimestamp(entry.at));
    q.addBindValue(entry.actor);
    q.addBindValue(entry.action);
    q.addBindValue(entry.subject);
    q.addBindValue(entry.detail);
    q.addBindValue(previous->mac);
    q.addBindValue(mac(previous->mac, entry));
    if (!q.exec())
        return Error { QStringLiteral("security.audit_unwritable"),
            tr("The audit log cannot be written, so the action was refused. Check "
               "the disk and the database (onewindowctl db info). Details: %1")
                .arg(Database::queryError(q, QStringLiteral("append audit entry")).message) };
    return {};
}

Status AuditLog::record(const QString &actor, const QString &action, const QString &subject,
    const QString &detail, const std::function<Status()> &work)
{
    return m_database.transaction([&]() -> Status {
        if (Status done = work(); !done)
            return done;
        return append(actor, action, subject, detail);
    });
}

Result<AuditVerification> AuditLog::verify() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, action, subject, detail, prev_mac, mac "
                               "FROM audit_log ORDER BY seq")))
        return Database::queryError(q, QStringLiteral("read audit log"));
    AuditVerification result;
    QByteArray previous(32, '\0');
    qint64 expected = 1;
    const auto bad = [&](qint64 seq, const QString &problem) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    while (q.next()) {
        AuditEntry entry { q.value(0).toLongLong(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
        const QByteArray storedPrevious = q.value(6).toByteArray();
        const QByteArray storedMac = q.value(7).toByteArray();
        ++result.entries;
        if (entry.seq != expected)
            return bad(expected,
                tr("entry %1 was removed (the next entry is %2)").arg(expected).arg(entry.seq));
        if (!CryptoPrimitives::constantTimeEquals(mac(storedPrevious, entry), storedMac))
            return bad(entry.seq, tr("entry %1 was changed").arg(entry.seq));
        if (!CryptoPrimitives::constantTimeEquals(storedPrevious, previous))
            return bad(entry.seq,
                tr("entry %1 does not follow entry %2: entries were removed or "
                   "re-ordered")
                    .arg(entry.seq)
                    .arg(entry.seq - 1));
        previous = storedMac;
        ++expected;
    }
    return result;
}

namespace {

// The rows of a "SELECT seq, at, actor, action, subject, detail" query.
QList<AuditEntry> readEntries(QSqlQuery &q)
{
    QList<AuditEntry> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return list;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::entries(const QDateTime &since) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, subject, detail FROM audit_log "
                             "WHERE at >= ? ORDER BY seq"));
    q.addBindValue(since.isValid() ? utcTimestamp(since) : QStringLiteral(""));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read audit log"));
    return readEntries(q);
}

Result<QList<AuditEntry>> AuditLog::newest(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, subject, detail FROM audit_log "
                             "ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(qMax(limit, 0));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read audit log"));
    return readEntries(q);
}

Result<QHash<QString, QDateTime>> AuditLog::lastRecorded(const QString &action) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT subject, max(at) FROM audit_log WHERE action = ? GROUP BY subject"));
    q.addBindValue(action);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("read audit log"));
    QHash<QString, QDateTime> last;
    while (q.next())
        last.insert(
            q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
    return last;
}

QString AuditLog::headText() const
{
    const auto h = head();
    if (!h || h->seq <= 0)
        return {};
    return QStringLiteral("%1:%2").arg(h->seq).arg(QString::fromLatin1(h->mac.toHex()));
}

} // namespace onewindow
