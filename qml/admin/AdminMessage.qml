import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// A page's last answer: what was done, or why nothing was (in red).
Label {
    id: line
    property bool error: false
    visible: text.length > 0
    wrapMode: Text.WordWrap
    font.pixelSize: 16
    color: line.error ? Theme.accent : "#1B5E20"
}
