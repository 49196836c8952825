// The administrator's terminal settings page: the settings as a form, checked by
// TerminalConfigurationCheck before anything is saved; enrolment with the hall; test print and
// test read of the devices named.
#pragma once

#include "terminalconfiguration.h"
#include "terminaldevices.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>
#include <QVariantList>
#include <QVariantMap>

class StaffDesk;
namespace onewindow {
class AuditLog;
class CardReader;
class Database;
class DataDirectory;
class TerminalEnrolment;
class TerminalSettings;
} // namespace onewindow

class TerminalSetupDesk : public QObject
{
    Q_OBJECT
    // The saved settings, as the form shows them (lists joined with ", ").
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY problemsChanged)
    // The machine's printers when the page opened.
    Q_PROPERTY(QVariantList printers READ printers CONSTANT)
    Q_PROPERTY(QVariantList levelChoices READ levelChoices CONSTANT)
    Q_PROPERTY(QString certificate READ certificate NOTIFY valuesChanged)
    Q_PROPERTY(bool testing READ testing NOTIFY testingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    using PrinterNames = onewindow::TerminalConfigurationCheck::PrinterNames;
    using Reachability = onewindow::TerminalConfigurationCheck::Reachability;

    TerminalSetupDesk(onewindow::Database &database, onewindow::AuditLog &audit, StaffDesk &staff,
        QString dataPath, PrinterNames printerNames, Reachability reach = {},
        QObject *parent = nullptr);
    ~TerminalSetupDesk() override;

    QVariantMap values() const { return m_values; }
    QVariantList problems() const { return m_problems; }
    QVariantList printers() const;
    QVariantList levelChoices() const;
    QString certificate() const { return m_certificate; }
    bool testing() const { return bool(m_testReader); }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void reload();
    // "Undo changes": the saved values again, without the problems and message of the values
    // undone.
    Q_INVOKABLE void undo();
    // The settings page's name of a settings key ("Kiosk timeout (seconds)").
    static QString settingName(const QString &key);
    // Checks the form's values; problems lists what is wrong (and warnings). True when nothing
    // blocks saving.
    Q_INVOKABLE bool check(const QVariantMap &form);
    // Checks, then saves what changed in one audited transaction.
    Q_INVOKABLE bool save(const QVariantMap &form);
    // Makes a new key and certificate request for the hall to sign (renew: replace the key of
    // an enrolled terminal); the request's path is shown to hand over.
    Q_INVOKABLE bool createCertificateRequest(const QString &terminalId, bool renew);
    Q_INVOKABLE bool installCertificate(const QString &certificateFile, const QString &caFile);
    // The running devices: a test print on the printer the form names goes through the running
    // device when it is that one, so the page tests what citizens use.
    void setDevices(const TerminalDevices &devices) { m_devices = devices; }

    // Prints a one-page test sheet on the document or receipt printer the form names (a CUPS
    // queue, simulated:STATE, or empty: the PDF folder).
    Q_INVOKABLE bool testPrint(const QString &printer, bool receipt);
    // Watches the reader named by spec for 20 seconds and says what card it read.
    Q_INVOKABLE bool testRead(const QString &spec, bool socialSecurity);

    static constexpr int kTestReadSeconds = 20;

signals:
    void valuesChanged();
    void problemsChanged();
    void testingChanged();
    void messageChanged();
    // Settings were saved: what the running terminal reads from them applies again.
    void saved(const onewindow::TerminalConfiguration &configuration);

private:
    // Runs one enrolment step for the signed-in administrator, audited with detail.
    bool enrol(const QString &detail,
        const std::function<onewindow::Status(
            onewindow::TerminalEnrolment &, const onewindow::TerminalSettings &)> &work);
    // Shows the problems; true when none blocks saving.
    bool show(const QList<onewindow::SettingProblem> &problems);
    onewindow::TerminalConfiguration fromForm(const QVariantMap &form) const;
    void setMessage(const QString &message, bool error);
    void endTestRead(const QString &message, bool error);

    onewindow::Database &m_database;
    onewindow::AuditLog &m_audit;
    StaffDesk &m_staff;
    QString m_dataPath;
    onewindow::TerminalConfigurationCheck m_check;
    PrinterNames m_printerNames;
    TerminalDevices m_devices;
    QVariantMap m_values;
    QVariantList m_problems;
    QString m_certificate;
    QString m_message;
    bool m_messageIsError = false;
    std::unique_ptr<onewindow::CardReader> m_testReader;
    QTimer m_testTimer;
};
