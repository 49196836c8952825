#include "terminalinfo.h"

#include "displaytime.h"
#include "onewindow_version.h"

#include <QDateTime>

TerminalInfo::TerminalInfo(Mode mode, QString terminalId, int schemaVersion, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_terminalId(std::move(terminalId))
    , m_schemaVersion(schemaVersion)
{ }

QString TerminalInfo::version() const { return QString::fromLatin1(onewindow::kVersion); }

QString TerminalInfo::now() const
{
    return onewindow::DisplayTime::dateTime(QDateTime::currentDateTimeUtc());
}
