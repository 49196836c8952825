#include "uipreferences.h"

UiPreferences::UiPreferences(bool elderlyModeDefault, QObject *parent)
    : QObject(parent)
    , m_elderlyModeDefault(elderlyModeDefault)
    , m_elderlyMode(elderlyModeDefault)
{
}

void UiPreferences::setElderlyMode(bool on)
{
    if (m_elderlyMode == on)
        return;
    m_elderlyMode = on;
    emit elderlyModeChanged();
}

void UiPreferences::resetToDefaults()
{
    setElderlyMode(m_elderlyModeDefault);
}
