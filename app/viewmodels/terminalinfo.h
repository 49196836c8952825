// Facts about this terminal that pages show: its mode, id, version and data location.
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

class TerminalInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode CONSTANT)
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(int schemaVersion READ schemaVersion CONSTANT)
public:
    enum class Mode { Kiosk, BackOffice, Admin };
    Q_ENUM(Mode)

    TerminalInfo(Mode mode, QString terminalId, int schemaVersion, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString terminalId() const { return m_terminalId; }
    QString version() const;
    int schemaVersion() const { return m_schemaVersion; }
    // The time now as every page shows times: Asia/Shanghai, in the current language
    // (2026年12月7日 14:05 / 7 Dec 2026 14:05), whatever zone the machine is set to.
    Q_INVOKABLE QString now() const;

private:
    Mode m_mode;
    QString m_terminalId;
    int m_schemaVersion;
};
