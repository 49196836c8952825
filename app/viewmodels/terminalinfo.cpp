#include "terminalinfo.h"

#include "onewindow_version.h"

TerminalInfo::TerminalInfo(Mode mode, QString terminalId, int schemaVersion, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_terminalId(std::move(terminalId))
    , m_schemaVersion(schemaVersion)
{
}

QString TerminalInfo::version() const
{
    return QString::fromLatin1(onewindow::kVersion);
}
