import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One big entry on the kiosk home page: icon, name and a line that says what it is for.
AbstractButton {
    id: tile
    required property string subtitle
    required property url iconSource
    required property color tileColor

    Layout.fillWidth: true
    Layout.fillHeight: true
    Layout.minimumHeight: Theme.touchTarget * 2
    Accessible.name: text
    Accessible.description: subtitle

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Qt.darker(tile.tileColor, 1.25) : tile.tileColor
        border.width: Theme.elderly ? 4 : 0
        border.color: "#000000"
    }

    contentItem: RowLayout {
        spacing: Theme.spacing * 1.5
        Image {
            Layout.leftMargin: Theme.spacing
            Layout.preferredWidth: Theme.touchTarget * 1.4
            Layout.preferredHeight: Theme.touchTarget * 1.4
            source: tile.iconSource
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 3
            Label {
                Layout.fillWidth: true
                text: tile.text
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTile
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: tile.subtitle
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
