import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One certificate in the wallet: number, issuer, validity and its outcome badge; tap for details.
// The first card of a type starts its group with the type's heading above it.
Column {
    id: card
    required property int index
    required property string typeName
    required property string certNumber
    required property string issuer
    required property string outcome
    required property string outcomeText
    required property string validity
    required property bool firstOfType
    signal clicked()

    spacing: 8

    Label {
        objectName: "typeHeading"
        visible: card.firstOfType
        width: card.width
        topPadding: card.index > 0 ? 16 : 0
        text: card.typeName
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }

    ItemDelegate {
        id: button
        width: card.width
        padding: 20
        onClicked: card.clicked()
        background: Rectangle {
            radius: Theme.radius
            color: button.down ? "#E3EAF3" : Theme.surface
            border.color: Theme.border
            border.width: 2
        }
        contentItem: ColumnLayout {
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("No. %1").arg(card.certNumber)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideMiddle
                }
                StatusBadge {
                    objectName: "statusBadge"
                    outcome: card.outcome
                    text: card.outcomeText
                }
            }
            Label {
                Layout.fillWidth: true
                text: card.issuer + "  ·  " + card.validity
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
