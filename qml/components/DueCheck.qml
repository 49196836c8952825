import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// One period that can be paid: the whole row is the touch target, the box is at least 48 px
// (elderly mode larger) and the text wraps instead of being cut short.
CheckDelegate {
    id: check

    // The box's side, for tests and for the layout: never under 48 px on a touch screen.
    readonly property int boxSize: Math.max(48, Math.round(Theme.touchTarget * 0.6))

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    spacing: Theme.spacing
    font.pixelSize: Theme.fontLarge

    Accessible.onToggleAction: check.clicked()
    Accessible.onPressAction: check.clicked()

    contentItem: Text {
        objectName: "dueText"
        text: check.text
        font: check.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        rightPadding: check.boxSize + check.spacing
    }
    indicator: Rectangle {
        objectName: "dueBox"
        x: check.width - width - check.rightPadding
        y: (check.height - height) / 2
        width: check.boxSize
        height: check.boxSize
        radius: 6
        color: check.checked ? Theme.primary : Theme.surface
        border.width: 3
        border.color: check.checked ? Theme.primary : Theme.textMuted
        Text {
            anchors.centerIn: parent
            visible: check.checked
            text: "\u2713"
            color: Theme.textOnPrimary
            font.pixelSize: check.boxSize * 0.7
            font.bold: true
        }
    }
    background: Rectangle {
        radius: Theme.radius / 2
        color: check.down ? "#E3EAF3" : Theme.surface
        border.width: check.checked ? 3 : 1
        border.color: check.checked ? Theme.primary : Theme.border
    }
}
