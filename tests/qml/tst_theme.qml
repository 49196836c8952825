import QtQuick
import QtTest
import OneWindow.App
import OneWindow.Ui

TestCase {
    name: "Theme"

    function cleanup() {
        Preferences.resetToDefaults()
    }

    function test_elderlyModeScalesTypeAndTargets() {
        Preferences.elderlyMode = false
        const body = Theme.fontBody
        const target = Theme.touchTarget
        Preferences.elderlyMode = true
        verify(Theme.fontBody >= body * 1.25, "body type grows in elderly mode")
        verify(Theme.touchTarget > target, "touch targets grow in elderly mode")
        compare(Theme.text, "#000000", "elderly mode uses pure black text")
    }

    function test_touchTargetsAreLargeEnoughForKiosk() {
        verify(Theme.touchTarget >= 88)
        verify(Theme.fontBody >= 24, "kiosk body text is large")
    }

    function test_resetReturnsToTerminalDefault() {
        Preferences.elderlyMode = true
        Preferences.resetToDefaults()
        compare(Preferences.elderlyMode, Preferences.elderlyModeDefault)
    }
}
