import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// The top of a kiosk page: a big Back button, the page's title and whose record it shows.
RowLayout {
    id: bar
    property string title
    property string holder
    signal backRequested()

    spacing: Theme.spacing
    BigButton {
        objectName: "backButton"
        primary: false
        text: qsTr("Back")
        onClicked: bar.backRequested()
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: bar.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: bar.holder.length > 0
            text: bar.holder
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            elide: Text.ElideRight
        }
    }
}
