#include "auditwording.h"

#include "auditlog.h"
#include "staffrole.h"

#include <QRegularExpression>

namespace onewindow {

namespace {

QString roleName(const QString &code)
{
    const auto role = StaffRoles::fromCode(code);
    return role ? StaffRoles::displayName(*role) : code;
}

QString staffDetail(const QString &detail)
{
    static const QRegularExpression roleAndDepartment(
        QStringLiteral("^(add|assign) role=(\\S*) department=(\\S*)$"));
    if (const auto m = roleAndDepartment.match(detail); m.hasMatch()) {
        const QString role = roleName(m.captured(2));
        const QString department = m.captured(3);
        if (m.captured(1) == u"add")
            return department.isEmpty()
                ? AuditWording::tr("account added as %1").arg(role)
                : AuditWording::tr("account added as %1 of %2").arg(role, department);
        return department.isEmpty()
            ? AuditWording::tr("role changed to %1").arg(role)
            : AuditWording::tr("role changed to %1 of %2").arg(role, department);
    }
    if (detail == u"password")
        return AuditWording::tr("password set");
    if (detail == u"lock")
        return AuditWording::tr("account locked");
    if (detail == u"unlock")
        return AuditWording::tr("account unlocked");
    if (detail == u"deactivate")
        return AuditWording::tr("account deactivated");
    if (detail == u"reactivate")
        return AuditWording::tr("account reactivated");
    if (detail == u"real name")
        return AuditWording::tr("real name recorded");
    return detail;
}

QString signInDetail(const QString &action, const QString &detail)
{
    if (action == AuditLog::kSignIn)
        return AuditWording::tr("as %1").arg(roleName(detail));
    if (detail == u"wrong password")
        return AuditWording::tr("wrong password");
    if (detail == u"unknown user")
        return AuditWording::tr("unknown user name");
    if (detail == u"locked out")
        return AuditWording::tr("account locked out after wrong passwords");
    if (detail == u"signed out")
        return AuditWording::tr("signed out by the user");
    if (detail == u"idle")
        return AuditWording::tr("signed out after a time without use");
    if (detail == u"terminal closed")
        return AuditWording::tr("the terminal program was closed");
    if (detail.startsWith(u"wrong workspace: "))
        return AuditWording::tr("not allowed in this workspace (%1)")
            .arg(detail.mid(int(qstrlen("wrong workspace: "))));
    return detail;
}

QString trustDetail(const QString &detail)
{
    static const QRegularExpression keyWithPrint(
        QStringLiteral("^(add|remove) (publisher|issuer)(?: (.+))?$"));
    if (const auto m = keyWithPrint.match(detail); m.hasMatch()) {
        const bool publisher = m.captured(2) == u"publisher";
        const QString print = m.captured(3);
        if (m.captured(1) == u"remove")
            return publisher ? AuditWording::tr("catalog publisher key removed")
                             : AuditWording::tr("certificate issuer key removed");
        return publisher
            ? AuditWording::tr("catalog publisher key added, fingerprint %1").arg(print)
            : AuditWording::tr("certificate issuer key added, fingerprint %1").arg(print);
    }
    static const QRegularExpression revocation(
        QStringLiteral("^(revoke certificate|lift revocation) (sha256:\\S+)$"));
    if (const auto m = revocation.match(detail); m.hasMatch())
        return m.captured(1) == u"revoke certificate"
            ? AuditWording::tr("certificate revoked (number %1)").arg(m.captured(2))
            : AuditWording::tr("revocation lifted (certificate number %1)").arg(m.captured(2));
    return detail;
}

QString catalogDetail(const QString &detail)
{
    static const QRegularExpression loaded(QStringLiteral(
        "^version (\\d+), (\\d+) items, \\+(\\d+) -(\\d+) ~(\\d+)(?:, older than active (.+), "
        "allowed explicitly)?$"));
    if (const auto m = loaded.match(detail); m.hasMatch()) {
        QString text
            = AuditWording::tr("stored as version %1, %2 items: %3 added, %4 removed, "
                               "%5 changed")
                  .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
        if (!m.captured(6).isEmpty())
            text += AuditWording::tr("; older than the active catalog %1, applied on purpose")
                        .arg(m.captured(6));
        return text;
    }
    static const QRegularExpression rollback(QStringLiteral("^rollback to version (\\d+)$"));
    if (const auto m = rollback.match(detail); m.hasMatch())
        return AuditWording::tr("rolled back to stored version %1").arg(m.captured(1));
    static const QRegularExpression refused(
        QStringLiteral("^refused (\\S+?)(?:, older than active (.+))?$"));
    if (const auto m = refused.match(detail); m.hasMatch()) {
        const QString code = m.captured(1);
        if (!m.captured(2).isEmpty())
            return AuditWording::tr("refused: older than the active catalog %1").arg(m.captured(2));
        if (code.startsWith(u"signature.") || code.startsWith(u"trust."))
            return AuditWording::tr("refused: the signature does not verify with a trusted "
                                    "publisher key (%1)")
                .arg(code);
        return AuditWording::tr("refused: the catalog breaks a rule (%1)").arg(code);
    }
    return detail;
}

QString settingsDetail(const QString &detail)
{
    if (detail == u"certificate renewal requested")
        return AuditWording::tr("terminal certificate renewal requested");
    if (detail == u"certificate requested")
        return AuditWording::tr("terminal certificate requested");
    if (detail == u"certificate installed")
        return AuditWording::tr("terminal certificate installed");
    // A list of changed keys.
    static const QRegularExpression keys(
        QStringLiteral("^[a-zA-Z]+\\.[a-zA-Z]+(,[a-zA-Z]+\\.[a-zA-Z]+)*$"));
    if (!keys.match(detail).hasMatch())
        return detail;
    QStringList names;
    for (const QString &key : detail.split(QLatin1Char(',')))
        names << AuditWording::settingName(key);
    return AuditWording::tr("changed: %1").arg(names.join(AuditWording::tr(", ")));
}

QString exportDetail(const QString &detail)
{
    static const QRegularExpression exported(
        QStringLiteral("^(kpi|supervision) (\\S+)\\.\\.(\\S+) to (.+)$"));
    if (const auto m = exported.match(detail); m.hasMatch())
        return (m.captured(1) == u"kpi"
                ? AuditWording::tr("KPI figures from %1 to %2 saved in %3")
                : AuditWording::tr("supervision figures from %1 to %2 saved in %3"))
            .arg(m.captured(2), m.captured(3), m.captured(4));
    return detail;
}

} // namespace

QString AuditWording::action(const QString &action)
{
    if (action == AuditLog::kSignIn)
        return tr("signed in");
    if (action == AuditLog::kSignInFailed)
        return tr("sign-in refused");
    if (action == AuditLog::kSignOut)
        return tr("signed out");
    if (action == AuditLog::kStaffChange)
        return tr("staff account changed");
    if (action == AuditLog::kDecision)
        return tr("case decision");
    if (action == AuditLog::kCatalogLoad)
        return tr("catalog loaded");
    if (action == AuditLog::kCatalogRefused)
        return tr("catalog refused");
    if (action == AuditLog::kTrustChange)
        return tr("trust changed");
    if (action == AuditLog::kSettingsChange)
        return tr("settings changed");
    if (action == AuditLog::kReportExport)
        return tr("figures exported");
    return action;
}

QString AuditWording::detail(const QString &action, const QString &detail)
{
    if (detail.isEmpty())
        return detail;
    if (action == AuditLog::kStaffChange)
        return staffDetail(detail);
    if (action == AuditLog::kSignIn || action == AuditLog::kSignInFailed
        || action == AuditLog::kSignOut)
        return signInDetail(action, detail);
    if (action == AuditLog::kTrustChange)
        return trustDetail(detail);
    if (action == AuditLog::kCatalogLoad || action == AuditLog::kCatalogRefused)
        return catalogDetail(detail);
    if (action == AuditLog::kSettingsChange)
        return settingsDetail(detail);
    if (action == AuditLog::kReportExport)
        return exportDetail(detail);
    return detail;
}

QString AuditWording::settingName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("terminal.townHall"), QT_TR_NOOP("town hall name") },
        { QStringLiteral("hall.url"), QT_TR_NOOP("hall address") },
        { QStringLiteral("hall.caFile"), QT_TR_NOOP("hall CA certificate") },
        { QStringLiteral("catalog.levels"), QT_TR_NOOP("catalog levels") },
        { QStringLiteral("catalog.regions"), QT_TR_NOOP("catalog regions") },
        { QStringLiteral("kiosk.timeoutSeconds"), QT_TR_NOOP("kiosk timeout") },
        { QStringLiteral("kiosk.elderlyDefault"), QT_TR_NOOP("elderly mode by default") },
        { QStringLiteral("kiosk.languages"), QT_TR_NOOP("kiosk languages") },
        { QStringLiteral("kiosk.defaultLanguage"), QT_TR_NOOP("kiosk default language") },
        { QStringLiteral("devices.printer"), QT_TR_NOOP("document printer") },
        { QStringLiteral("devices.receiptPrinter"), QT_TR_NOOP("receipt printer") },
        { QStringLiteral("devices.idCardReader"), QT_TR_NOOP("ID card reader") },
        { QStringLiteral("devices.socialSecurityCardReader"),
            QT_TR_NOOP("social security card reader") },
        { QStringLiteral("devices.qrScanner"), QT_TR_NOOP("QR code scanner") },
    };
    const auto found = names.constFind(key);
    return found == names.cend() ? key : tr(found.value());
}

} // namespace onewindow
