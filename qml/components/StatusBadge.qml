import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// A certificate's verification outcome as a badge: a symbol, words and a colour (never colour
// alone, so it reads for colour-blind citizens and in black-and-white print).
Rectangle {
    id: badge
    property string outcome: "not_genuine"
    property string text: ""

    readonly property color tone: outcome === "genuine" ? "#1B5E20"
                                : outcome === "expired" ? "#8A5A00"
                                : outcome === "revoked" ? "#6A1B9A" : "#B71C1C"
    readonly property string symbol: outcome === "genuine" ? "✔" : outcome === "expired" ? "⏱" : "✖"

    implicitWidth: label.implicitWidth + 32
    implicitHeight: label.implicitHeight + 12
    radius: height / 2
    color: Qt.lighter(tone, 4.2)
    border.color: tone
    border.width: 2

    Label {
        id: label
        anchors.centerIn: parent
        text: badge.symbol + " " + badge.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: badge.tone
    }
}
