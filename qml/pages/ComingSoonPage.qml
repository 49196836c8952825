import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// Placeholder for a service that this terminal does not offer yet.
Page {
    id: page
    objectName: "comingSoonPage"
    signal backRequested()

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacing * 4, 900)
        spacing: Theme.spacing * 2
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This service is coming soon to this terminal. Please ask at the service window.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "backButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Back to the home page")
            onClicked: page.backRequested()
        }
    }
}
