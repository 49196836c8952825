import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// A tab of the staff views: the chosen one filled in the primary colour, the others plain, so
// which page is open reads at a glance (the Basic style shows it only as a lighter shade).
TabButton {
    id: tab
    width: implicitWidth + 32
    font.pixelSize: 17
    font.bold: checked
    contentItem: Text {
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitHeight: 44
        color: tab.checked ? Theme.primary : (tab.hovered ? "#E3EAF3" : Theme.surface)
        border.color: Theme.border
    }
}
