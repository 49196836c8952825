#include "hallsettings.h"

#include "terminalsettings.h"

#include <QFileInfo>

namespace onewindow {

namespace {
const QString kUrl = QStringLiteral("hall.url");
const QString kCa = QStringLiteral("hall.caFile");
// Not hall.requireOcspStapling: every enrolment before stapling was required stored that key as
// false, so it records the old default, not an administrator's choice, and is ignored.
const QString kOcsp = QStringLiteral("hall.ocspStapling");
const QString kOcspOff = QStringLiteral("off");
const QString kTimeout = QStringLiteral("hall.timeoutMs");
const QString kCert = QStringLiteral("terminal.certFile");
const QString kKey = QStringLiteral("terminal.keyFile");
const QString kId = QStringLiteral("terminal.id");
} // namespace

HallSettings HallSettings::load(const TerminalSettings &settings)
{
    HallSettings s;
    s.url = QUrl(settings.text(kUrl));
    s.caFile = settings.text(kCa);
    s.certFile = settings.text(kCert);
    s.keyFile = settings.text(kKey);
    s.terminalId = settings.text(kId);
    s.requireOcspStapling = settings.text(kOcsp) != kOcspOff;
    s.timeoutMs = settings.value(kTimeout).toInt(15000);
    return s;
}

Status HallSettings::save(TerminalSettings &settings) const
{
    const std::pair<QString, QJsonValue> values[] = {
        { kUrl, url.toString() },
        { kCa, caFile },
        { kCert, certFile },
        { kKey, keyFile },
        { kId, terminalId },
        { kOcsp, requireOcspStapling ? QStringLiteral("required") : kOcspOff },
        { kTimeout, timeoutMs },
    };
    for (const auto &[key, value] : values)
        if (Status s = settings.setValue(key, value); !s)
            return s;
    return {};
}

Status HallSettings::validate() const
{
    if (!url.isValid() || url.isEmpty())
        return Error { QStringLiteral("hall.no_url"),
            tr("No online service hall is configured. Set its address with "
               "onewindowctl terminal enroll --url https://… or in the admin view.") };
    if (url.scheme() != QLatin1String("https"))
        return Error { QStringLiteral("hall.not_https"),
            tr("The hall address %1 is not https. The hall is only reached over TLS.")
                .arg(url.toString()) };
    const std::pair<QString, QString> files[] = {
        { caFile, tr("hall CA certificate") },
        { certFile, tr("terminal certificate") },
        { keyFile, tr("terminal private key") },
    };
    for (const auto &[path, what] : files)
        if (path.isEmpty() || !QFileInfo(path).isReadable())
            return Error { QStringLiteral("hall.missing_file"),
                tr("The %1 is missing (%2). Enrol the terminal with onewindowctl "
                   "terminal enroll.")
                    .arg(what, path.isEmpty() ? tr("not set") : path) };
    if (timeoutMs < 1000 || timeoutMs > 300000)
        return Error { QStringLiteral("hall.bad_timeout"),
            tr("The hall timeout must be between 1 and 300 seconds.") };
    return {};
}

} // namespace onewindow
