#include "terminalhealth.h"

#include "database.h"
#include "hallsettings.h"

#include <algorithm>
#include <QFileInfo>
#include <QSslCertificate>
#include <QStorageInfo>

namespace onewindow {

namespace {

constexpr qsizetype kMaxProblems = 20;
constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

// Whole days, rounded down: a certificate that expired a second ago has -1 days left, one that
// expires in 23 hours has 0.
int wholeDaysLeft(const QDateTime &now, const QDateTime &notAfter)
{
    const qint64 seconds = now.secsTo(notAfter);
    const qint64 days = seconds >= 0 ? seconds / kSecondsPerDay
                                     : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
    return int(days);
}

// The certificates of a PEM (or else DER) file, in the file's order.
QList<QSslCertificate> readCertificates(const QString &file)
{
    QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromPath(file, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    return certificates;
}

CertificateExpiry check(CertificateExpiry::Role role, const QString &file, const QDateTime &now)
{
    CertificateExpiry e;
    e.role = role;
    e.file = file;
    const QFileInfo info(file);
    if (!info.exists()) {
        e.problem = { QStringLiteral("health.certificate_missing"),
            TerminalHealth::tr("The certificate file %1 does not exist.").arg(file) };
        return e;
    }
    if (!info.isFile() || !info.isReadable()) {
        e.problem = { QStringLiteral("health.certificate_unreadable"),
            TerminalHealth::tr("The certificate file %1 cannot be read by the terminal's user.")
                .arg(file) };
        return e;
    }
    const QList<QSslCertificate> certificates = readCertificates(file);
    if (certificates.isEmpty()) {
        e.problem = { QStringLiteral("health.not_a_certificate"),
            TerminalHealth::tr("The file %1 holds no certificate (PEM or DER).").arg(file) };
        return e;
    }
    // A file with a chain is as good as its first certificate to expire.
    const QSslCertificate &first = *std::min_element(certificates.cbegin(), certificates.cend(),
        [](const QSslCertificate &a, const QSslCertificate &b) {
            return a.expiryDate() < b.expiryDate();
        });
    e.subject = first.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    e.notAfter = first.expiryDate().toUTC();
    e.daysLeft = wholeDaysLeft(now, e.notAfter);
    e.expiresSoon = e.daysLeft < TerminalHealth::kExpiryWarningDays;
    return e;
}

} // namespace

Result<StorageHealth> TerminalHealth::storage(const Database &database, const QString &dataPath)
{
    const QStorageInfo volume(dataPath);
    if (!volume.isValid() || !volume.isReady())
        return Error { QStringLiteral("health.storage_unknown"),
            tr("The free space of %1 cannot be read; check that the folder exists and is "
               "mounted.")
                .arg(dataPath) };
    StorageHealth s { .dataPath = dataPath,
        .bytesFree = volume.bytesAvailable(),
        .bytesTotal = volume.bytesTotal() };
    for (const char *suffix : { "", "-wal", "-shm" }) {
        const QFileInfo file(database.filePath() + QLatin1String(suffix));
        if (file.exists())
            s.databaseBytes += file.size();
    }
    s.lowOnSpace
        = s.bytesFree < kLowSpaceBytes || s.bytesFree * 100 < s.bytesTotal * kLowSpacePercent;
    return s;
}

Result<IntegrityReport> TerminalHealth::integrity(const Database &database)
{
    IntegrityReport report;
    auto check = database.integrityCheck();
    if (!check) {
        // SQLite stopped the check itself (a page it cannot read): that is its answer too.
        if (check.error().code != u"storage.corrupt")
            return check.error();
        report.problems = { check.error().message };
        return report;
    }
    const QStringList lines = check.value().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    report.ok = lines == QStringList { QStringLiteral("ok") };
    if (!report.ok)
        report.problems = lines.mid(0, kMaxProblems);
    return report;
}

QList<CertificateExpiry> TerminalHealth::certificates(
    const HallSettings &hall, const QDateTime &now)
{
    QList<CertificateExpiry> out;
    if (!hall.caFile.isEmpty())
        out.append(check(CertificateExpiry::Role::HallCa, hall.caFile, now));
    if (!hall.certFile.isEmpty())
        out.append(check(CertificateExpiry::Role::Terminal, hall.certFile, now));
    return out;
}

QString TerminalHealth::roleName(CertificateExpiry::Role role)
{
    switch (role) {
    case CertificateExpiry::Role::HallCa:
        return tr("Hall CA certificate");
    case CertificateExpiry::Role::Terminal:
        return tr("Terminal certificate");
    }
    return {};
}

} // namespace onewindow
