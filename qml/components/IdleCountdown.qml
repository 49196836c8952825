import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The last seconds before an idle session ends: a large, plain question and one button.
Popup {
    id: popup
    objectName: "idleCountdown"
    modal: true
    visible: Citizen.warning
    closePolicy: Popup.NoAutoClose
    width: Math.min(parent ? parent.width * 0.85 : 800, 900)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    padding: Theme.spacing * 2
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.primary; border.width: 4 }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Are you still there?")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "idleSecondsLeft"
            Layout.fillWidth: true
            text: qsTr("For your privacy the session ends in %n second(s) and everything you entered is forgotten.", "", Citizen.secondsLeft)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "continueButton"
            Layout.fillWidth: true
            text: qsTr("Continue")
            onClicked: Citizen.stayActive()
        }
    }
}
