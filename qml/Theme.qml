pragma Singleton
import QtQuick
import OneWindow.App

// Sizes and colours for the whole interface; elderly mode (长辈模式) scales type and targets
// up and raises contrast.
QtObject {
    readonly property bool elderly: Preferences.elderlyMode
    readonly property real scale: elderly ? 1.3 : 1.0

    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: Math.round(22 * scale)
    readonly property int fontBody: Math.round(28 * scale)
    readonly property int fontLarge: Math.round(36 * scale)
    readonly property int fontTitle: Math.round(46 * scale)
    readonly property int fontTile: Math.round(44 * scale)

    // The administration view: desk sizes, the same on every admin page, not scaled by elderly
    // mode (which is the kiosk's).
    readonly property int adminFontSmall: 14
    readonly property int adminFontBody: 16
    readonly property int adminFontHeading: 22

    readonly property int touchTarget: elderly ? 120 : 88
    readonly property int spacing: Math.round(24 * scale)
    readonly property int radius: 20

    readonly property color background: elderly ? "#FFFFFF" : "#F3F6FA"
    readonly property color surface: "#FFFFFF"
    readonly property color text: elderly ? "#000000" : "#1A2433"
    readonly property color textMuted: elderly ? "#1A1A1A" : "#4A5568"
    readonly property color primary: elderly ? "#003A80" : "#0B5CAD"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color headerBackground: elderly ? "#002B5E" : "#0B4F96"
    readonly property color accent: "#B71C1C"
    readonly property color border: elderly ? "#000000" : "#C9D3E0"
    readonly property color tileApply: elderly ? "#0A3D8F" : "#1565C0"
    readonly property color tileTrack: elderly ? "#00554A" : "#00796B"
    readonly property color tileCertificates: elderly ? "#8A2500" : "#C24E00"
    readonly property color tileSocialSecurity: elderly ? "#6A0F0F" : "#A31919"
}
