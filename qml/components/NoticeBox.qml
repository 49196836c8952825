import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// A plain sentence in a coloured box: a warning (red), good news (green) or a note.
Rectangle {
    id: box
    property alias text: label.text
    property string kind: "note" // note, warning, good

    implicitHeight: label.implicitHeight + Theme.spacing * 2
    radius: Theme.radius / 2
    color: kind === "warning" ? "#FDECEA" : kind === "good" ? "#E8F5E9" : "#E3F2FD"
    border.width: 3
    border.color: kind === "warning" ? Theme.accent : kind === "good" ? "#2E7D32" : Theme.primary
    Label {
        id: label
        objectName: box.objectName + "Text"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        font.pixelSize: Theme.fontLarge
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
