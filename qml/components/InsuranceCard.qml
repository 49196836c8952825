import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One insurance on the overview: status, where and since when, months paid and what is missing.
Rectangle {
    id: card
    required property var modelData

    implicitHeight: content.implicitHeight + Theme.spacing * 2
    radius: Theme.radius / 2
    color: Theme.surface
    border.color: Theme.border
    border.width: 2

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.modelData.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                text: card.modelData.status
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: card.modelData.active ? "#2E7D32" : Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.modelData.place.length > 0
            text: qsTr("Insured in %1 since %2").arg(card.modelData.place).arg(card.modelData.since)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%n month(s) paid", "", card.modelData.paidMonths)
                  + "  ·  " + qsTr("longest gap: %1").arg(card.modelData.longestGap)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.modelData.missingLast12 > 0
            text: qsTr("%n month(s) missing in the last 12 months", "", card.modelData.missingLast12)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
    }
}
