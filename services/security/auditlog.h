// The tamper-evident audit log: an append-only HMAC chain of staff and administrator actions.
#pragma once

#include "result.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace onewindow {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString subject;
    QString detail;
};

// The last entry's number and MAC; the hall sync will send it off the terminal.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray mac;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0;
    QString problem; // what is wrong with firstBadSeq, for a person
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // Action names other modules record; keep them stable, reports group by them.
    static inline const QString kSignIn = QStringLiteral("staff.sign_in");
    static inline const QString kSignInFailed = QStringLiteral("staff.sign_in_failed");
    static inline const QString kSignOut = QStringLiteral("staff.sign_out");
    static inline const QString kStaffChange = QStringLiteral("staff.change");
    static inline const QString kDecision = QStringLiteral("case.decision");
    static inline const QString kCatalogLoad = QStringLiteral("catalog.load");
    static inline const QString kCatalogRefused = QStringLiteral("catalog.refused");
    static inline const QString kReportExport = QStringLiteral("report.export");
    static inline const QString kTrustChange = QStringLiteral("trust.change");
    static inline const QString kSettingsChange = QStringLiteral("settings.change");

    using Clock = std::function<QDateTime()>;
    AuditLog(Database &database, QByteArray key, Clock clock = {});

    // Appends one entry. Call it inside the transaction of the action it records, so that
    // when the entry cannot be written the action is rolled back too (fail closed).
    Status append(const QString &actor, const QString &action, const QString &subject,
        const QString &detail = {});

    // Runs action and its audit entry in one transaction: both happen or neither does.
    Status record(const QString &actor, const QString &action, const QString &subject,
        const QString &detail, const std::function<Status()> &work);

    Result<AuditHead> head() const;
    // The head as it travels to the hall, "seq:mac-hex"; empty while the log is empty or
    // unreadable (the sync then carries no head rather than a wrong one).
    QString headText() const;
    Result<AuditVerification> verify() const;
    Result<QList<AuditEntry>> entries(const QDateTime &since = {}) const;
    // The newest entries first, at most limit (the administrator's audit page).
    Result<QList<AuditEntry>> newest(int limit) const;
    // subject → when action was last recorded for it (e.g. each account's last sign-in).
    Result<QHash<QString, QDateTime>> lastRecorded(const QString &action) const;

private:
    Status appendInTransaction(
        const QString &actor, const QString &action, const QString &subject, const QString &detail);
    QByteArray mac(const QByteArray &previous, const AuditEntry &entry) const;

    Database &m_database;
    QByteArray m_key;
    Clock m_clock;
};

} // namespace onewindow
