// The settings an administrator edits for one terminal, checked before anything is saved and
// saved (with an audit entry naming the changed keys) in one transaction.
#pragma once

#include "result.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace onewindow {

class AuditLog;
class Database;
class TerminalSettings;

struct TerminalConfiguration
{
    static constexpr int kDefaultTimeoutSeconds = 90; // the kiosk's, CitizenDesk
    static constexpr int kMinTimeoutSeconds = 30;
    static constexpr int kMaxTimeoutSeconds = 1800;

    static constexpr int kMaxTownHallLength = 60;

    // Printed on receipts and notices as the service centre (天河区政务服务中心).
    QString townHall;
    QString hallUrl;
    QString hallCaFile;
    QStringList offeredLevels; // empty: every level of the catalog
    QStringList offeredRegions; // region codes; empty: the catalog of any region
    int kioskTimeoutSeconds = kDefaultTimeoutSeconds;
    bool elderlyDefault = false;
    QStringList languages { QStringLiteral("zh_CN"), QStringLiteral("en") }; // offered
    // The kiosk's language at start and after each session; one of languages. Empty: the first.
    QString startLanguage;
    QString printer; // CUPS queue for A4 documents; empty: saved as PDF
    QString receiptPrinter; // CUPS queue or simulated:<state>; empty: receipts as PDF
    QString idCardReader; // device spec (file:… or socket:…); empty: none
    QString socialSecurityCardReader;
    QString qrScanner;

    static TerminalConfiguration load(const TerminalSettings &settings);
    // The languages as stored (and as LanguageSwitcher takes them): the start language first.
    QStringList orderedLanguages() const;

    static const QStringList &knownLevels(); // province … village
    static const QStringList &knownLanguages(); // zh_CN, en
};

// One thing wrong with a setting. A warning (blocking false) is shown but does not stop saving.
struct SettingProblem
{
    QString key; // the settings key, e.g. "kiosk.timeoutSeconds"
    Error error;
    bool blocking = true;
};

class TerminalConfigurationCheck
{
    Q_DECLARE_TR_FUNCTIONS(TerminalConfigurationCheck)
public:
    using PrinterNames = std::function<QStringList()>;
    // Tries to reach the hall's host and port; an error says why not (no TLS, only TCP).
    using Reachability = std::function<Status(const QUrl &url)>;

    // printerNames: the printers this machine has (QtDocumentPrinter::printerNames on a
    // terminal; the service layer's fuzz build has no Print Support). Without reachability a
    // TCP connection is tried with a short timeout.
    explicit TerminalConfigurationCheck(PrinterNames printerNames, Reachability reach = {});

    QList<SettingProblem> check(const TerminalConfiguration &configuration) const;
    // The town hall's name as receipts and notices print it: not empty, at most
    // kMaxTownHallLength characters, one line. settings.bad_town_hall.
    static Status checkTownHall(const QString &name);
    // Sets only the town hall's name (onewindowctl settings set-town-hall), audited like save().
    // True when it changed.
    static Result<bool> saveTownHall(
        Database &database, AuditLog &audit, const QString &actor, const QString &name);

    // Saves when check() finds nothing blocking: every changed key and one audit entry in one
    // transaction. Returns the keys that changed (empty: nothing to save).
    // checked: what check() just said of this configuration, so the hall is not contacted
    // twice; without it save() checks itself.
    Result<QStringList> save(Database &database, AuditLog &audit, const QString &actor,
        const TerminalConfiguration &configuration,
        const std::optional<QList<SettingProblem>> &checked = std::nullopt) const;

private:
    PrinterNames m_printerNames;
    Reachability m_reach;
};

} // namespace onewindow
