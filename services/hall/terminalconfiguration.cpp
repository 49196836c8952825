#include "terminalconfiguration.h"

#include "auditlog.h"
#include "database.h"
#include "displaytime.h"
#include "simulateddevicesource.h"
#include "terminalsettings.h"

#include <algorithm>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTcpSocket>

namespace onewindow {

namespace {

const QString kTownHall = QStringLiteral("terminal.townHall");
const QString kHallUrl = QStringLiteral("hall.url");
const QString kHallCa = QStringLiteral("hall.caFile");
const QString kLevels = QStringLiteral("catalog.levels");
const QString kRegions = QStringLiteral("catalog.regions");
const QString kTimeout = QStringLiteral("kiosk.timeoutSeconds");
const QString kElderly = QStringLiteral("kiosk.elderlyDefault");
const QString kLanguages = QStringLiteral("kiosk.languages");
const QString kPrinter = QStringLiteral("devices.printer");
const QString kReceiptPrinter = QStringLiteral("devices.receiptPrinter");
const QString kIdReader = QStringLiteral("devices.idCardReader");
const QString kSsReader = QStringLiteral("devices.socialSecurityCardReader");
const QString kQrScanner = QStringLiteral("devices.qrScanner");

QStringList stringList(const QJsonValue &value, const QStringList &fallback = {})
{
    if (!value.isArray())
        return fallback;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            list << v.toString();
    return list;
}

// Every key of a configuration with its value as stored, in one place for load, save and diff.
QList<std::pair<QString, QJsonValue>> storedValues(const TerminalConfiguration &c)
{
    return {
        { kTownHall, c.townHall },
        { kHallUrl, c.hallUrl },
        { kHallCa, c.hallCaFile },
        { kLevels, QJsonArray::fromStringList(c.offeredLevels) },
        { kRegions, QJsonArray::fromStringList(c.offeredRegions) },
        { kTimeout, c.kioskTimeoutSeconds },
        { kElderly, c.elderlyDefault },
        { kLanguages, QJsonArray::fromStringList(c.orderedLanguages()) },
        { kPrinter, c.printer },
        { kReceiptPrinter, c.receiptPrinter },
        { kIdReader, c.idCardReader },
        { kSsReader, c.socialSecurityCardReader },
        { kQrScanner, c.qrScanner },
    };
}

Status reachByTcp(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(443)));
    if (socket.waitForConnected(2000)) {
        socket.abort();
        return {};
    }
    return Error { QStringLiteral("settings.hall_unreachable"), socket.errorString() };
}

} // namespace

const QStringList &TerminalConfiguration::knownLevels()
{
    static const QStringList levels { QStringLiteral("province"), QStringLiteral("city"),
        QStringLiteral("county"), QStringLiteral("town"), QStringLiteral("village") };
    return levels;
}

const QStringList &TerminalConfiguration::knownLanguages()
{
    static const QStringList languages { QStringLiteral("zh_CN"), QStringLiteral("en") };
    return languages;
}

QStringList TerminalConfiguration::orderedLanguages() const
{
    if (startLanguage.isEmpty() || !languages.contains(startLanguage))
        return languages;
    QStringList ordered { startLanguage };
    for (const QString &language : languages)
        if (language != startLanguage)
            ordered << language;
    return ordered;
}

TerminalConfiguration TerminalConfiguration::load(const TerminalSettings &settings)
{
    TerminalConfiguration c;
    c.townHall = settings.text(kTownHall);
    c.hallUrl = settings.text(kHallUrl);
    c.hallCaFile = settings.text(kHallCa);
    c.offeredLevels = stringList(settings.value(kLevels));
    c.offeredRegions = stringList(settings.value(kRegions));
    c.kioskTimeoutSeconds = settings.value(kTimeout).toInt(kDefaultTimeoutSeconds);
    c.elderlyDefault = settings.value(kElderly).toBool(false);
    c.languages = stringList(settings.value(kLanguages), c.languages);
    c.startLanguage = c.languages.value(0);
    c.printer = settings.text(kPrinter);
    c.receiptPrinter = settings.text(kReceiptPrinter);
    c.idCardReader = settings.text(kIdReader);
    c.socialSecurityCardReader = settings.text(kSsReader);
    c.qrScanner = settings.text(kQrScanner);
    return c;
}

TerminalConfigurationCheck::TerminalConfigurationCheck(
    PrinterNames printerNames, Reachability reach)
    : m_printerNames(std::move(printerNames))
    , m_reach(reach ? std::move(reach) : Reachability(reachByTcp))
{ }

QList<SettingProblem> TerminalConfigurationCheck::check(const TerminalConfiguration &c) const
{
    QList<SettingProblem> problems;
    auto refuse = [&](const QString &key, const QString &code, const QString &message) {
        problems << SettingProblem { key, { code, message }, true };
    };

    // Empty: receipts name no service centre (a terminal set up before the name could be set
    // keeps saving its other settings); a name given must be one a receipt can print.
    if (Status name = checkTownHall(c.townHall); !name && !c.townHall.trimmed().isEmpty())
        problems << SettingProblem { kTownHall, name.error(), true };

    const QUrl url(c.hallUrl.trimmed(), QUrl::StrictMode);
    if (!c.hallUrl.trimmed().isEmpty()) {
        if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https")
            || !url.userInfo().isEmpty())
            refuse(kHallUrl, QStringLiteral("settings.bad_hall_url"),
                tr("The hall address must be an https address with a host name, such as "
                   "https://hall.gd.gov.cn:8443, without a user name or password."));
        else if (Status reached = m_reach(url); !reached)
            problems << SettingProblem { kHallUrl,
                { QStringLiteral("settings.hall_unreachable"),
                    tr("The hall at %1 cannot be reached now (%2). The address is saved anyway; "
                       "check the network or the address.")
                        .arg(url.host(), reached.error().message) },
                false };
    }
    if (!c.hallCaFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(c.hallCaFile, QSsl::Pem);
        if (!QFileInfo(c.hallCaFile).isReadable())
            refuse(kHallCa, QStringLiteral("settings.ca_unreadable"),
                tr("The hall CA file %1 cannot be read.").arg(c.hallCaFile));
        else if (certificates.isEmpty() || certificates.first().isNull())
            refuse(kHallCa, QStringLiteral("settings.ca_not_certificate"),
                tr("The hall CA file %1 holds no PEM certificate. Choose the hall CA's "
                   "certificate (a .pem file that starts with BEGIN CERTIFICATE).")
                    .arg(c.hallCaFile));
        else if (certificates.first().expiryDate() < QDateTime::currentDateTimeUtc())
            refuse(kHallCa, QStringLiteral("settings.ca_expired"),
                tr("The hall CA certificate in %1 expired on %2; ask the hall for the current one.")
                    .arg(c.hallCaFile,
                        DisplayTime::date(certificates.first()
                                              .expiryDate()
                                              .toTimeZone(DisplayTime::zone())
                                              .date())));
    }
    for (const QString &level : c.offeredLevels)
        if (!TerminalConfiguration::knownLevels().contains(level))
            refuse(kLevels, QStringLiteral("settings.bad_level"),
                tr("\"%1\" is not a catalog level.").arg(level));
    static const QRegularExpression regionCode(QStringLiteral("^[0-9]{6}$"));
    for (const QString &region : c.offeredRegions)
        if (!regionCode.match(region).hasMatch())
            refuse(kRegions, QStringLiteral("settings.bad_region"),
                tr("\"%1\" is not a region code; a region code has six digits, such as 440000 "
                   "for Guangdong.")
                    .arg(region));
    if (c.kioskTimeoutSeconds < TerminalConfiguration::kMinTimeoutSeconds
        || c.kioskTimeoutSeconds > TerminalConfiguration::kMaxTimeoutSeconds)
        refuse(kTimeout, QStringLiteral("settings.bad_timeout"),
            tr("The kiosk timeout must be between %1 and %2 seconds: long enough for an elderly "
               "citizen to read a page, short enough that nobody's data stays on screen.")
                .arg(TerminalConfiguration::kMinTimeoutSeconds)
                .arg(TerminalConfiguration::kMaxTimeoutSeconds));
    if (c.languages.isEmpty())
        refuse(
            kLanguages, QStringLiteral("settings.no_language"), tr("Offer at least one language."));
    else if (!c.startLanguage.isEmpty() && !c.languages.contains(c.startLanguage))
        refuse(kLanguages, QStringLiteral("settings.start_language_not_offered"),
            tr("The kiosk cannot start in a language it does not offer: offer it too, or start "
               "in one of the languages offered."));
    for (const QString &language : c.languages)
        if (!TerminalConfiguration::knownLanguages().contains(language))
            refuse(kLanguages, QStringLiteral("settings.bad_language"),
                tr("\"%1\" is not a language OneWindow is translated into.").arg(language));

    const QStringList printers = m_printerNames ? m_printerNames() : QStringList();
    auto checkPrinter = [&](const QString &key, const QString &name) {
        if (!name.isEmpty() && !printers.contains(name))
            refuse(key, QStringLiteral("settings.no_such_printer"),
                printers.isEmpty()
                    ? tr("There is no printer \"%1\": this terminal has no printer installed. "
                         "Leave it empty to save documents as PDF.")
                          .arg(name)
                    : tr("There is no printer \"%1\". The printers here are: %2.")
                          .arg(name, printers.join(QStringLiteral(", "))));
    };
    checkPrinter(kPrinter, c.printer);
    if (!c.receiptPrinter.startsWith(QLatin1String("simulated:")))
        checkPrinter(kReceiptPrinter, c.receiptPrinter);
    else if (!QStringList { QStringLiteral("ready"), QStringLiteral("out-of-paper"),
                 QStringLiteral("missing") }
                  .contains(c.receiptPrinter.mid(10)))
        refuse(kReceiptPrinter, QStringLiteral("settings.bad_device"),
            tr("A simulated receipt printer is simulated:ready, simulated:out-of-paper or "
               "simulated:missing."));
    for (const auto &[key, spec] : { std::pair { kIdReader, c.idCardReader },
             std::pair { kSsReader, c.socialSecurityCardReader },
             std::pair { kQrScanner, c.qrScanner } })
        if (!spec.isEmpty() && !SimulatedDeviceSource::parse(spec))
            refuse(key, QStringLiteral("settings.bad_device"),
                tr("\"%1\" is not a device this terminal knows: use file:PATH or socket:NAME, "
                   "or leave it empty.")
                    .arg(spec));
    return problems;
}

Result<QStringList> TerminalConfigurationCheck::save(Database &database, AuditLog &audit,
    const QString &actor, const TerminalConfiguration &configuration,
    const std::optional<QList<SettingProblem>> &checked) const
{
    const QList<SettingProblem> problems = checked ? *checked : check(configuration);
    for (const SettingProblem &problem : problems)
        if (problem.blocking)
            return problem.error;
    TerminalSettings settings(database);
    // Against what the terminal uses now (defaults included), so only real changes are written.
    QStringList changed;
    const auto values = storedValues(configuration);
    const auto current = storedValues(TerminalConfiguration::load(settings));
    for (qsizetype i = 0; i < values.size(); ++i)
        if (current.at(i).second != values.at(i).second)
            changed << values.at(i).first;
    if (changed.isEmpty())
        return changed;
    // Keys only: values can be paths and device names, and the settings table has them.
    const Status saved = audit.record(actor, AuditLog::kSettingsChange, QStringLiteral("terminal"),
        changed.join(QLatin1Char(',')), [&]() -> Status {
            for (const auto &[key, value] : values)
                if (changed.contains(key))
                    if (Status s = settings.setValue(key, value); !s)
                        return s;
            return {};
        });
    if (!saved)
        return saved.error();
    return changed;
}

Status TerminalConfigurationCheck::checkTownHall(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error { QStringLiteral("settings.bad_town_hall"),
            tr("Give the town hall's name as receipts and notices should print it, such as "
               "天河区政务服务中心.") };
    if (trimmed.size() > TerminalConfiguration::kMaxTownHallLength)
        return Error { QStringLiteral("settings.bad_town_hall"),
            tr("The town hall's name is %1 characters long; at most %2 fit on a receipt.")
                .arg(trimmed.size())
                .arg(TerminalConfiguration::kMaxTownHallLength) };
    if (std::any_of(trimmed.cbegin(), trimmed.cend(),
            [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Error { QStringLiteral("settings.bad_town_hall"),
            tr("The town hall's name must be one line of text, without tabs or line breaks.") };
    return {};
}

Result<bool> TerminalConfigurationCheck::saveTownHall(
    Database &database, AuditLog &audit, const QString &actor, const QString &name)
{
    if (Status valid = checkTownHall(name); !valid)
        return valid.error();
    const QString trimmed = name.trimmed();
    TerminalSettings settings(database);
    if (settings.text(kTownHall) == trimmed)
        return false;
    const Status saved = audit.record(actor, AuditLog::kSettingsChange, QStringLiteral("terminal"),
        kTownHall, [&] { return settings.setValue(kTownHall, trimmed); });
    if (!saved)
        return saved.error();
    return true;
}

} // namespace onewindow
