import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// A large touch button with the theme's colours; "primary" for the main action of a page.
Button {
    id: button
    property bool primary: true

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5
    font.pixelSize: Theme.fontLarge
    font.bold: true

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.primary ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: button.primary ? (button.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
                              : (button.down ? "#E3EAF3" : Theme.surface)
        border.width: button.primary ? 0 : 3
        border.color: Theme.primary
        opacity: button.enabled ? 1 : 0.5
    }
}
