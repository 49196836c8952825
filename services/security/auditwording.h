// How an audit entry reads to a person: its action and its detail in the reader's language.
// The log keeps stable codes and English key words (they are signed and must not change with
// the language of whoever wrote them); this turns them into words when shown.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace onewindow {

class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)
public:
    // "staff.change" → "staff account changed"; an unknown code is shown as it is.
    static QString action(const QString &action);
    // "add role=reviewer department=GD-RSJ" → "added as department reviewer of GD-RSJ"; a
    // detail this does not know is shown as it is.
    static QString detail(const QString &action, const QString &detail);
    // A settings key ("kiosk.timeoutSeconds") as the settings page names it.
    static QString settingName(const QString &key);
};

} // namespace onewindow
