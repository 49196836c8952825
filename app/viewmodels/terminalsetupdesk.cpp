#include "terminalsetupdesk.h"

#include "auditlog.h"
#include "cardreader.h"
#include "database.h"
#include "datadirectory.h"
#include "displaytime.h"
#include "documentprinter.h"
#include "hallsettings.h"
#include "printabledocument.h"
#include "simulatedcardreader.h"
#include "staffdesk.h"
#include "terminalenrolment.h"
#include "terminalhealth.h"
#include "terminalsettings.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>
#include <variant>

using namespace onewindow;

namespace {

QStringList splitList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList();
    QStringList list;
    const auto parts = value.toString().split(
        QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        list << part.trimmed();
    return list;
}

QString levelName(const QString &level)
{
    if (level == u"province")
        return TerminalSetupDesk::tr("province");
    if (level == u"city")
        return TerminalSetupDesk::tr("city");
    if (level == u"county")
        return TerminalSetupDesk::tr("county");
    if (level == u"town")
        return TerminalSetupDesk::tr("town");
    return TerminalSetupDesk::tr("village");
}

// A card holder's name as the test read shows it: the family name only.
QString maskedName(const QString &name)
{
    return name.isEmpty() ? QString() : name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

} // namespace

TerminalSetupDesk::TerminalSetupDesk(Database &database, AuditLog &audit, StaffDesk &staff,
    QString dataPath, PrinterNames printerNames, Reachability reach, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_audit(audit)
    , m_staff(staff)
    , m_dataPath(std::move(dataPath))
    , m_check(printerNames, std::move(reach))
    , m_printerNames(std::move(printerNames))
{
    m_testTimer.setSingleShot(true);
    connect(&m_testTimer, &QTimer::timeout, this, [this] {
        endTestRead(tr("No card was read in %n second(s). Check the reader's cable and the card.",
                        "", kTestReadSeconds),
            true);
    });
    connect(&m_staff, &StaffDesk::sessionChanged, this, [this] {
        m_problems.clear();
        emit problemsChanged();
        setMessage({}, false);
        if (m_testReader)
            endTestRead({}, false);
    });
    reload();
}

TerminalSetupDesk::~TerminalSetupDesk() = default;

QVariantList TerminalSetupDesk::printers() const
{
    QVariantList list;
    const QStringList names = m_printerNames ? m_printerNames() : QStringList();
    for (const QString &name : names)
        list << name;
    return list;
}

QVariantList TerminalSetupDesk::levelChoices() const
{
    QVariantList list;
    for (const QString &level : TerminalConfiguration::knownLevels())
        list << QVariantMap { { QStringLiteral("code"), level },
            { QStringLiteral("name"), levelName(level) } };
    return list;
}

void TerminalSetupDesk::reload()
{
    const TerminalSettings settings(m_database);
    const TerminalConfiguration c = TerminalConfiguration::load(settings);
    m_values = QVariantMap {
        { QStringLiteral("townHall"), c.townHall },
        { QStringLiteral("hallUrl"), c.hallUrl },
        { QStringLiteral("hallCaFile"), c.hallCaFile },
        { QStringLiteral("levels"), c.offeredLevels },
        { QStringLiteral("regions"), c.offeredRegions.join(QStringLiteral(", ")) },
        { QStringLiteral("timeoutSeconds"), c.kioskTimeoutSeconds },
        { QStringLiteral("elderlyDefault"), c.elderlyDefault },
        { QStringLiteral("languages"), c.languages },
        { QStringLiteral("startLanguage"), c.startLanguage },
        { QStringLiteral("printer"), c.printer },
        { QStringLiteral("receiptPrinter"), c.receiptPrinter },
        { QStringLiteral("idCardReader"), c.idCardReader },
        { QStringLiteral("socialSecurityCardReader"), c.socialSecurityCardReader },
        { QStringLiteral("qrScanner"), c.qrScanner },
    };
    m_certificate = tr("not enrolled");
    const auto certificates = TerminalHealth::certificates(
        HallSettings::load(settings), QDateTime::currentDateTimeUtc());
    for (const CertificateExpiry &e : certificates) {
        if (e.role != CertificateExpiry::Role::Terminal)
            continue;
        m_certificate = !e.problem.code.isEmpty() ? e.problem.message
            : e.daysLeft < 0                      ? tr("%1: expired on %2 — renew it now")
                                   .arg(e.subject, DisplayTime::dateTime(e.notAfter))
                             : tr("%1: valid until %2 (%n day(s) left)", "", e.daysLeft)
                                   .arg(e.subject, DisplayTime::dateTime(e.notAfter));
    }
    emit valuesChanged();
}

TerminalConfiguration TerminalSetupDesk::fromForm(const QVariantMap &form) const
{
    TerminalConfiguration c;
    c.townHall = form.value(QStringLiteral("townHall")).toString().trimmed();
    c.hallUrl = form.value(QStringLiteral("hallUrl")).toString().trimmed();
    c.hallCaFile = form.value(QStringLiteral("hallCaFile")).toString().trimmed();
    if (c.hallCaFile.startsWith(QLatin1String("file://")))
        c.hallCaFile = QUrl(c.hallCaFile).toLocalFile();
    c.offeredLevels = splitList(form.value(QStringLiteral("levels")));
    c.offeredRegions = splitList(form.value(QStringLiteral("regions")));
    bool ok = false;
    c.kioskTimeoutSeconds = form.value(QStringLiteral("timeoutSeconds")).toString().toInt(&ok);
    if (!ok)
        c.kioskTimeoutSeconds = 0; // refused by the check, with the range
    c.elderlyDefault = form.value(QStringLiteral("elderlyDefault")).toBool();
    c.languages = splitList(form.value(QStringLiteral("languages")));
    c.startLanguage = form.value(QStringLiteral("startLanguage")).toString();
    c.printer = form.value(QStringLiteral("printer")).toString().trimmed();
    c.receiptPrinter = form.value(QStringLiteral("receiptPrinter")).toString().trimmed();
    c.idCardReader = form.value(QStringLiteral("idCardReader")).toString().trimmed();
    c.socialSecurityCardReader
        = form.value(QStringLiteral("socialSecurityCardReader")).toString().trimmed();
    c.qrScanner = form.value(QStringLiteral("qrScanner")).toString().trimmed();
    return c;
}

void TerminalSetupDesk::undo()
{
    // The problems belonged to the values undone.
    m_problems.clear();
    emit problemsChanged();
    reload();
    setMessage({}, false);
}

QString TerminalSetupDesk::settingName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("terminal.townHall"), QT_TR_NOOP("Town hall") },
        { QStringLiteral("hall.url"), QT_TR_NOOP("Hall address") },
        { QStringLiteral("hall.caFile"), QT_TR_NOOP("Hall CA certificate") },
        { QStringLiteral("catalog.levels"), QT_TR_NOOP("Catalog levels") },
        { QStringLiteral("catalog.regions"), QT_TR_NOOP("Regions") },
        { QStringLiteral("kiosk.timeoutSeconds"), QT_TR_NOOP("Kiosk timeout (seconds)") },
        { QStringLiteral("kiosk.elderlyDefault"), QT_TR_NOOP("Elderly mode") },
        { QStringLiteral("kiosk.languages"), QT_TR_NOOP("Languages") },
        { QStringLiteral("devices.printer"), QT_TR_NOOP("Document printer") },
        { QStringLiteral("devices.receiptPrinter"), QT_TR_NOOP("Receipt printer") },
        { QStringLiteral("devices.idCardReader"), QT_TR_NOOP("ID card reader") },
        { QStringLiteral("devices.socialSecurityCardReader"),
            QT_TR_NOOP("Social security card reader") },
        { QStringLiteral("devices.qrScanner"), QT_TR_NOOP("QR code scanner") },
    };
    const char *name = names.value(key);
    return name ? tr(name) : key;
}

bool TerminalSetupDesk::check(const QVariantMap &form)
{
    return show(m_check.check(fromForm(form)));
}

bool TerminalSetupDesk::show(const QList<SettingProblem> &problems)
{
    m_problems.clear();
    bool blocking = false;
    for (const SettingProblem &p : problems) {
        blocking = blocking || p.blocking;
        m_problems << QVariantMap { { QStringLiteral("key"), p.key },
            { QStringLiteral("message"), p.error.message },
            { QStringLiteral("blocking"), p.blocking } };
    }
    emit problemsChanged();
    return !blocking;
}

bool TerminalSetupDesk::save(const QVariantMap &form)
{
    auto actor = m_staff.authorize(Permission::ChangeSettings);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    const TerminalConfiguration configuration = fromForm(form);
    const QList<SettingProblem> problems = m_check.check(configuration);
    if (!show(problems)) {
        // The message stands below the form, the problems under their fields above it: name
        // them, so that the administrator knows where to look.
        QStringList fields;
        for (const SettingProblem &p : problems)
            if (p.blocking && !fields.contains(settingName(p.key)))
                fields << settingName(p.key);
        setMessage(tr("Nothing was saved: correct the %n setting(s) marked in red above: %1.", "",
                       int(fields.size()))
                       .arg(fields.join(tr(", "))),
            true);
        return false;
    }
    auto changed = m_check.save(m_database, m_audit, actor.value(), configuration, problems);
    if (!changed) {
        setMessage(changed.error().message, true);
        return false;
    }
    reload();
    if (changed->isEmpty()) {
        setMessage(tr("Nothing changed."), false);
        return true;
    }
    setMessage(tr("Saved %n setting(s). Devices and the hall connection take them at the next "
                  "start of OneWindow.",
                   "", int(changed->size())),
        false);
    emit saved(configuration);
    return true;
}

bool TerminalSetupDesk::enrol(const QString &detail,
    const std::function<Status(TerminalEnrolment &, const TerminalSettings &)> &work)
{
    auto actor = m_staff.authorize(Permission::ChangeSettings);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    auto dir = DataDirectory::prepare(m_dataPath);
    if (!dir) {
        setMessage(dir.error().message, true);
        return false;
    }
    TerminalSettings settings(m_database);
    TerminalEnrolment enrolment(dir.value(), settings);
    const Status done = m_audit.record(actor.value(), AuditLog::kSettingsChange,
        QStringLiteral("terminal"), detail, [&] { return work(enrolment, settings); });
    if (!done) {
        setMessage(done.error().message, true);
        return false;
    }
    return true;
}

bool TerminalSetupDesk::createCertificateRequest(const QString &terminalId, bool renew)
{
    QString requestPath;
    const bool made = enrol(renew ? QStringLiteral("certificate renewal requested")
                                  : QStringLiteral("certificate requested"),
        [&](TerminalEnrolment &enrolment, const TerminalSettings &settings) -> Status {
            const QUrl hall(settings.text(QStringLiteral("hall.url")));
            auto request = enrolment.createRequest(terminalId.trimmed(), hall, renew);
            requestPath = enrolment.requestPath();
            return request ? Status() : Status(request.error());
        });
    if (made)
        setMessage(tr("The certificate request is in %1. Send it to the hall; install the signed "
                      "certificate here when it comes back.")
                       .arg(requestPath),
            false);
    return made;
}

bool TerminalSetupDesk::installCertificate(const QString &certificateFile, const QString &caFile)
{
    auto local = [](const QString &path) {
        return path.startsWith(QLatin1String("file://")) ? QUrl(path).toLocalFile()
                                                         : path.trimmed();
    };
    const QString certificate = local(certificateFile);
    const QString ca = local(caFile);
    if (certificate.isEmpty() || ca.isEmpty()) {
        setMessage(
            tr("Choose the signed certificate and the hall CA certificate (PEM files)."), true);
        return false;
    }
    const bool installed = enrol(QStringLiteral("certificate installed"),
        [&](TerminalEnrolment &enrolment, const TerminalSettings &) {
            return enrolment.install(certificate, ca);
        });
    if (!installed)
        return false;
    reload();
    setMessage(tr("The certificate is installed: %1").arg(m_certificate), false);
    return true;
}

bool TerminalSetupDesk::testPrint(const QString &printer, bool receipt)
{
    auto actor = m_staff.authorize(Permission::ChangeSettings);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    PrintableDocument page(tr("OneWindow test page"));
    page.addTitle(tr("OneWindow test page"));
    page.addParagraph(tr("If you can read this page, including the Chinese line below, the "
                         "printer works for OneWindow."));
    page.addParagraph(QStringLiteral("一门式一网式政府服务 · 打印测试"));
    page.addKeyValue(tr("Printed at"), DisplayTime::dateTime(QDateTime::currentDateTimeUtc()));
    page.addKeyValue(tr("Machine"), QSysInfo::machineHostName());
    page.addQrCode(QByteArrayLiteral("onewindow:test-page"), tr("Test QR code"));
    const QString setting = printer.trimmed();
    const auto &running = receipt ? m_devices.receiptPrinter : m_devices.printer;
    // A value not saved yet (or not started yet) gets a device of its own for the test.
    std::unique_ptr<DocumentPrinter> own;
    DocumentPrinter *output = running.device;
    if (!output || running.setting != setting) {
        own = DocumentPrinter::fromSetting(
            setting, QDir(m_dataPath).filePath(QStringLiteral("documents")));
        output = own.get();
    }
    auto printed = output->print(page);
    if (!printed) {
        setMessage(printed.error().message, true);
        return false;
    }
    // No printer set is a choice (documents as PDF), not a printer with an empty name.
    setMessage(printed->kind == PrintOutcome::Kind::Printed
            ? tr("The test page went to the printer %1.").arg(printed->printerName)
            : setting.isEmpty()
            ? tr("No printer configured: the test page was saved as %1.").arg(printed->pdfPath)
            : tr("There is no printer \"%1\"; the test page was saved as %2.")
                  .arg(setting, printed->pdfPath),
        printed->kind != PrintOutcome::Kind::Printed && !setting.isEmpty());
    return printed->kind == PrintOutcome::Kind::Printed || printer.trimmed().isEmpty();
}

bool TerminalSetupDesk::testRead(const QString &spec, bool socialSecurity)
{
    if (m_testReader)
        return false;
    auto actor = m_staff.authorize(Permission::ChangeSettings);
    if (!actor) {
        setMessage(actor.error().message, true);
        return false;
    }
    if (spec.trimmed().isEmpty()) {
        setMessage(tr("No card reader configured: type its setting (file:PATH or socket:NAME) "
                      "first."),
            true);
        return false;
    }
    auto reader = SimulatedCardReader::fromSpec(
        socialSecurity ? CardKind::SocialSecurity : CardKind::ResidentId, spec.trimmed());
    if (!reader) {
        setMessage(tr("\"%1\" is not a card reader this terminal knows: use file:PATH or "
                      "socket:NAME.")
                       .arg(spec),
            true);
        return false;
    }
    if (Status started = reader->start(); !started) {
        setMessage(started.error().message, true);
        return false;
    }
    connect(reader.get(), &CardReader::cardRead, this, [this](const CardContents &card) {
        const QString holder = std::visit([](const auto &c) { return maskedName(c.name); }, card);
        const bool resident = std::holds_alternative<ResidentIdCard>(card);
        // Leave the signal handler before the reader goes.
        QMetaObject::invokeMethod(
            this,
            [this, holder, resident] {
                endTestRead(resident
                        ? tr("The reader works: it read the resident ID card of %1.").arg(holder)
                        : tr("The reader works: it read the social security card "
                             "of %1.")
                              .arg(holder),
                    false);
            },
            Qt::QueuedConnection);
    });
    connect(reader.get(), &CardReader::readFailed, this, [this](const Error &error) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                endTestRead(tr("The reader answered, but the card could not be used: %1")
                                .arg(error.message),
                    true);
            },
            Qt::QueuedConnection);
    });
    m_testReader = std::move(reader);
    m_testTimer.start(kTestReadSeconds * 1000);
    emit testingChanged();
    setMessage(tr("Put a card on the reader now…"), false);
    return true;
}

void TerminalSetupDesk::endTestRead(const QString &message, bool error)
{
    m_testTimer.stop();
    if (m_testReader) {
        m_testReader->stop();
        m_testReader.reset();
        emit testingChanged();
    }
    setMessage(message, error);
}

void TerminalSetupDesk::setMessage(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}
