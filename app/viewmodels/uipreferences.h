// What the person at the terminal chose for this session: language and elderly mode (长辈模式).
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

class UiPreferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool elderlyMode READ elderlyMode WRITE setElderlyMode NOTIFY elderlyModeChanged)
    Q_PROPERTY(bool elderlyModeDefault READ elderlyModeDefault CONSTANT)
public:
    explicit UiPreferences(bool elderlyModeDefault, QObject *parent = nullptr);

    bool elderlyMode() const { return m_elderlyMode; }
    void setElderlyMode(bool on);
    bool elderlyModeDefault() const { return m_elderlyModeDefault; }
    // Lists show this many choices per screen (0: as many as fit): fewer in elderly mode.
    int choicesPerScreen() const { return m_elderlyMode ? kElderlyChoicesPerScreen : 0; }
    static constexpr int kElderlyChoicesPerScreen = 4;

    // A new citizen gets the terminal's defaults, not the previous citizen's choices.
    Q_INVOKABLE void resetToDefaults();

signals:
    void elderlyModeChanged();

private:
    bool m_elderlyModeDefault = false;
    bool m_elderlyMode = false;
};
