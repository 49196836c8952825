// What the administrator's health page checks without a device: disk space, the database's
// size and integrity, and how long the hall certificates are still valid.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace onewindow {

class Database;
struct HallSettings;

struct StorageHealth
{
    QString dataPath;
    qint64 bytesFree = 0; // available to the terminal's user
    qint64 bytesTotal = 0;
    qint64 databaseBytes = 0; // the database file with its -wal and -shm files
    bool lowOnSpace = false; // less than kLowSpaceBytes or kLowSpacePercent left
};

struct IntegrityReport
{
    bool ok = false;
    QStringList problems; // SQLite's own lines, at most 20
};

struct CertificateExpiry
{
    enum class Role { HallCa, Terminal };
    Role role = Role::HallCa;
    QString file;
    QString subject; // the certificate's CN (no personal data: terminal ids and CA names)
    QDateTime notAfter; // UTC
    int daysLeft = 0; // whole days from now to notAfter, negative when expired
    bool expiresSoon = false; // daysLeft < kExpiryWarningDays (expired included)
    Error problem; // code empty when the file was read; otherwise why it could not be
};

class TerminalHealth
{
    Q_DECLARE_TR_FUNCTIONS(TerminalHealth)
public:
    static constexpr int kExpiryWarningDays = 30;
    static constexpr qint64 kLowSpaceBytes = qint64(1) << 30; // 1 GiB
    static constexpr int kLowSpacePercent = 5;

    static Result<StorageHealth> storage(const Database &database, const QString &dataPath);
    // PRAGMA integrity_check (a full check: it reads every page, so it runs on demand only).
    static Result<IntegrityReport> integrity(const Database &database);
    // The hall CA and the terminal certificate named in the settings; a setting that is empty
    // gives no entry, a file that is missing or not a certificate gives one with its problem.
    static QList<CertificateExpiry> certificates(const HallSettings &hall, const QDateTime &now);
    static QString roleName(CertificateExpiry::Role role); // translated
};

} // namespace onewindow
