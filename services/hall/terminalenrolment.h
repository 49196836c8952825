// Enrolment of a terminal with the hall: its own key and certificate request, then the signed
// certificate and the hall CA installed into the data directory.
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace onewindow {

class AuditLog;
class DataDirectory;
class TerminalSettings;

class TerminalEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(TerminalEnrolment)
public:
    TerminalEnrolment(const DataDirectory &dataDir, TerminalSettings &settings);
    // Installing a certificate changes whom the terminal trusts and is trusted by: with an audit
    // log, the new settings and their entry are written in one transaction.
    void setAudit(AuditLog *audit, QString actor)
    {
        m_audit = audit;
        m_actor = std::move(actor);
    }

    // Terminal ids look like GZ-TH-KIOSK-0007: letters, digits and dashes.
    static bool isValidTerminalId(const QString &id);

    // Makes a new EC P-256 key (mode 0600) and a PEM certificate request with CN = id.
    // Refuses to replace a key that already has an installed certificate unless renew is set.
    Result<QString> createRequest(const QString &terminalId, const QUrl &hallUrl, bool renew);

    // Installs the certificate the hall CA signed for our request, after checking that it
    // belongs to our key, names our terminal id, is signed by that CA and is valid now.
    // certificateFile and caFile are PEM files (the CA file may hold a chain).
    Status install(const QString &certificateFile, const QString &caFile);

    QString keyPath() const;
    QString requestPath() const;
    QString certificatePath() const;
    QString caPath() const;

private:
    const DataDirectory &m_dataDir;
    TerminalSettings &m_settings;
    AuditLog *m_audit = nullptr;
    QString m_actor;
};

} // namespace onewindow
