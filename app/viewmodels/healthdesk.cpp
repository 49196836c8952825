#include "healthdesk.h"

#include "cardreader.h"
#include "database.h"
#include "displaytime.h"
#include "documentprinter.h"
#include "hallsettings.h"
#include "qrscanner.h"
#include "staffdesk.h"
#include "syncengine.h"
#include "syncstore.h"
#include "terminalhealth.h"
#include "terminalsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace onewindow;

namespace {

QString localTime(const QString &utc)
{
    if (utc.isEmpty())
        return HealthDesk::tr("never");
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return at.isValid() ? DisplayTime::dateTime(at) : utc;
}

QVariantMap deviceRow(const QString &what, const QString &spec, const QString &state, bool ok)
{
    return { { QStringLiteral("what"), what }, { QStringLiteral("spec"), spec },
        { QStringLiteral("state"), state }, { QStringLiteral("ok"), ok } };
}

// One device's row: what the running device says; a device that is set but not running is a
// fault, and a saved setting that differs from the running one is named (it waits for a restart).
template<typename Device>
QVariantMap statusRow(
    const QString &what, const TerminalDevices::Slot<Device> &running, const QString &saved)
{
    if (!running.device)
        return saved.isEmpty()
            ? deviceRow(what, {}, HealthDesk::tr("not configured"), true)
            : deviceRow(what, saved,
                HealthDesk::tr("set, but not running: check the setting, then restart the "
                               "terminal"),
                false);
    const DeviceStatus status = running.device->status();
    QString state = status.text;
    if (saved != running.setting)
        state = saved.isEmpty()
            ? HealthDesk::tr("%1. Started from the command line; nothing is saved for it.")
                  .arg(state)
            : HealthDesk::tr("%1. The saved setting \"%2\" is used from the next start.")
                  .arg(state, saved);
    return deviceRow(what, running.device->deviceName(), state, status.usable());
}

} // namespace

HealthDesk::HealthDesk(Database &database, SyncStore &sync, SyncEngine *engine, StaffDesk &staff,
    QString dataPath, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_sync(sync)
    , m_engine(engine)
    , m_staff(staff)
    , m_dataPath(std::move(dataPath))
{
    if (m_engine) {
        auto reread = [this] {
            if (m_staff.allows(Permission::ChangeSettings))
                read();
        };
        connect(m_engine, &SyncEngine::cycleFinished, this, reread);
        connect(m_engine, &SyncEngine::onlineChanged, this, reread);
    }
}

void HealthDesk::refresh()
{
    if (auto allowed = m_staff.authorize(Permission::ChangeSettings); !allowed) {
        setMessage(allowed.error().message, true);
        return;
    }
    read();
    setMessage({}, false);
}

void HealthDesk::read()
{
    m_attention.clear();
    if (auto counters = m_sync.counters()) {
        m_queueDepth = counters->queueDepth;
        m_lastSuccess = localTime(counters->lastSuccess);
        m_lastError = counters->lastError;
    }
    // The hall first: while it is out of reach nothing is sent, whatever else is well.
    if (m_engine && !m_engine->online())
        m_attention << tr("The online service hall cannot be reached: %n event(s) wait to be sent.",
            "", m_queueDepth);
    m_parked.clear();
    if (auto parked = m_sync.parkedEvents()) {
        for (const ParkedEvent &e : parked.value())
            m_parked << QVariantMap { { QStringLiteral("eventId"), e.eventId },
                { QStringLiteral("code"), e.code }, { QStringLiteral("reason"), e.message },
                { QStringLiteral("parkedAt"), localTime(e.parkedAt) } };
        if (!m_parked.isEmpty())
            m_attention << tr("The hall set aside %n event(s); fix the cause, then send again.", "",
                int(m_parked.size()));
    }
    readDevices();

    if (auto storage = TerminalHealth::storage(m_database, m_dataPath)) {
        const QLocale locale;
        m_diskLow = storage->lowOnSpace;
        m_diskText = tr("%1 free of %2 in %3")
                         .arg(locale.formattedDataSize(storage->bytesFree),
                             locale.formattedDataSize(storage->bytesTotal), storage->dataPath);
        m_databaseText = tr("%1 (schema version %2)")
                             .arg(locale.formattedDataSize(storage->databaseBytes))
                             .arg(m_database.schemaVersion());
        if (m_diskLow)
            m_attention << tr("The disk is nearly full: %1.").arg(m_diskText);
    } else {
        m_diskText = storage.error().message;
        m_diskLow = true;
        m_attention << m_diskText;
    }

    m_certificates.clear();
    const auto certificates = TerminalHealth::certificates(
        HallSettings::load(TerminalSettings(m_database)), QDateTime::currentDateTimeUtc());
    for (const CertificateExpiry &c : certificates) {
        const bool problem = !c.problem.code.isEmpty();
        const QString state = problem ? c.problem.message
            : c.daysLeft < 0
            ? tr("expired on %1")
                  .arg(DisplayTime::date(c.notAfter.toTimeZone(DisplayTime::zone()).date()))
            : tr("valid until %1 (%n day(s) left)", "", c.daysLeft)
                  .arg(DisplayTime::date(c.notAfter.toTimeZone(DisplayTime::zone()).date()));
        m_certificates << QVariantMap { { QStringLiteral("what"),
                                            TerminalHealth::roleName(c.role) },
            { QStringLiteral("subject"), c.subject }, { QStringLiteral("state"), state },
            { QStringLiteral("warning"), problem || c.expiresSoon } };
        if (problem || c.expiresSoon)
            m_attention << tr("%1: %2").arg(TerminalHealth::roleName(c.role), state);
    }
    emit changed();
}

int HealthDesk::expiryWarningDays() { return TerminalHealth::kExpiryWarningDays; }

void HealthDesk::readDevices()
{
    const TerminalSettings settings(m_database);
    const auto saved
        = [&settings](const char *key) { return settings.text(QString::fromLatin1(key)); };
    m_deviceRows = {
        statusRow(
            tr("Resident ID card reader"), m_devices.idCardReader, saved("devices.idCardReader")),
        statusRow(tr("Social security card reader"), m_devices.socialSecurityCardReader,
            saved("devices.socialSecurityCardReader")),
        statusRow(tr("QR code scanner"), m_devices.qrScanner, saved("devices.qrScanner")),
        statusRow(tr("Document printer"), m_devices.printer, saved("devices.printer")),
        statusRow(tr("Receipt printer"), m_devices.receiptPrinter, saved("devices.receiptPrinter")),
    };
    for (const QVariant &row : std::as_const(m_deviceRows))
        if (const QVariantMap device = row.toMap(); !device.value(QStringLiteral("ok")).toBool())
            m_attention << tr("%1: %2").arg(device.value(QStringLiteral("what")).toString(),
                device.value(QStringLiteral("state")).toString());
}

bool HealthDesk::retry(const QString &eventId)
{
    if (auto allowed = m_staff.authorize(Permission::ChangeSettings); !allowed) {
        setMessage(allowed.error().message, true);
        return false;
    }
    auto unparked = m_sync.unpark(eventId);
    if (!unparked || !unparked.value()) {
        read();
        setMessage(
            !unparked ? unparked.error().message : tr("This event is no longer set aside."), true);
        return false;
    }
    if (m_engine)
        m_engine->syncNow();
    read();
    setMessage(tr("The event is back in the queue and is sent now."), false);
    return true;
}

void HealthDesk::checkIntegrity()
{
    if (auto allowed = m_staff.authorize(Permission::ChangeSettings); !allowed) {
        setMessage(allowed.error().message, true);
        return;
    }
    auto report = TerminalHealth::integrity(m_database);
    if (!report) {
        m_integrityOk = false;
        m_integrityText = report.error().message;
    } else if (report->ok) {
        m_integrityOk = true;
        m_integrityText = tr("The database is intact (checked %1).")
                              .arg(DisplayTime::dateTime(QDateTime::currentDateTimeUtc()));
    } else {
        m_integrityOk = false;
        m_integrityText = tr("The database is damaged: %1. Restore it from a backup.")
                              .arg(report->problems.mid(0, 3).join(QStringLiteral("; ")));
    }
    emit integrityChanged();
}

void HealthDesk::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}
