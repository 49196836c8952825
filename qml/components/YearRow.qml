pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One line of the yearly contribution table (or its header): four equal columns.
Rectangle {
    id: row
    property var cells: []
    property bool header: false
    property bool warning: false

    implicitHeight: Theme.touchTarget * 0.7
    color: header ? "#E3EAF3" : warning ? "#FDECEA" : Theme.surface
    border.color: Theme.border
    border.width: 1
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: 0
        Repeater {
            model: row.cells
            delegate: Label {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData
                horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                font.pixelSize: Theme.fontBody
                font.bold: row.header || (row.warning && index === 2)
                color: row.warning && index === 2 ? Theme.accent : Theme.text
            }
        }
    }
}
