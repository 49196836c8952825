// The administrator's health page: sync queue and parked events (with retry), the running
// devices as they report themselves, disk space, the database's size and integrity, and
// certificate expiry.
#pragma once

#include "terminaldevices.h"

#include <QObject>
#include <QtQmlIntegration>
#include <QVariantList>

class StaffDesk;
namespace onewindow {
class Database;
class SyncEngine;
class SyncStore;
} // namespace onewindow

class HealthDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int queueDepth READ queueDepth NOTIFY changed)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(bool hallConfigured READ hallConfigured CONSTANT)
    Q_PROPERTY(QVariantList parked READ parked NOTIFY changed)
    Q_PROPERTY(QVariantList devices READ devices NOTIFY changed)
    Q_PROPERTY(QString diskText READ diskText NOTIFY changed)
    Q_PROPERTY(bool diskLow READ diskLow NOTIFY changed)
    Q_PROPERTY(QString databaseText READ databaseText NOTIFY changed)
    Q_PROPERTY(QString integrityText READ integrityText NOTIFY integrityChanged)
    Q_PROPERTY(bool integrityOk READ integrityOk NOTIFY integrityChanged)
    Q_PROPERTY(QVariantList certificates READ certificates NOTIFY changed)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY changed)
    // What needs the administrator, one line each, the hall first: what the summary lists.
    Q_PROPERTY(QStringList attention READ attention NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(int expiryWarningDays READ expiryWarningDays CONSTANT)
public:
    HealthDesk(onewindow::Database &database, onewindow::SyncStore &sync,
        onewindow::SyncEngine *engine, StaffDesk &staff, QString dataPath,
        QObject *parent = nullptr);

    // The devices to ask on each refresh (the shell's, once they are started).
    void setDevices(const TerminalDevices &devices) { m_devices = devices; }

    int queueDepth() const { return m_queueDepth; }
    QString lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    bool hallConfigured() const { return m_engine != nullptr; }
    QVariantList parked() const { return m_parked; }
    QVariantList devices() const { return m_deviceRows; }
    QString diskText() const { return m_diskText; }
    bool diskLow() const { return m_diskLow; }
    QString databaseText() const { return m_databaseText; }
    QString integrityText() const { return m_integrityText; }
    bool integrityOk() const { return m_integrityOk; }
    QVariantList certificates() const { return m_certificates; }
    // Things that need the administrator: the hall out of reach, parked events, low disk,
    // certificates expiring, devices that are not usable. Every row shown in red counts.
    int warningCount() const { return int(m_attention.size()); }
    QStringList attention() const { return m_attention; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    static int expiryWarningDays();

    Q_INVOKABLE void refresh();
    // Puts a parked event back into the queue and syncs now.
    Q_INVOKABLE bool retry(const QString &eventId);
    // Reads every page of the database (takes a moment on a large one).
    Q_INVOKABLE void checkIntegrity();

signals:
    void changed();
    void integrityChanged();
    void messageChanged();

private:
    // Reads every figure; refresh() first checks (and counts as activity) the user's right.
    void read();
    void readDevices();
    void setMessage(const QString &message, bool error);

    onewindow::Database &m_database;
    onewindow::SyncStore &m_sync;
    onewindow::SyncEngine *m_engine;
    StaffDesk &m_staff;
    QString m_dataPath;
    TerminalDevices m_devices;
    int m_queueDepth = 0;
    QString m_lastSuccess;
    QString m_lastError;
    QVariantList m_parked;
    QVariantList m_deviceRows;
    QString m_diskText;
    bool m_diskLow = false;
    QString m_databaseText;
    QString m_integrityText;
    bool m_integrityOk = false;
    QVariantList m_certificates;
    QStringList m_attention;
    QString m_message;
    bool m_messageIsError = false;
};
