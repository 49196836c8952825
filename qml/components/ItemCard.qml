import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One service item in the application: name, department, time limit and fee; an optional action.
Rectangle {
    id: card
    property var item: ({})
    property string actionText: ""
    signal actionClicked()

    implicitHeight: layout.implicitHeight + Theme.spacing
    radius: Theme.radius / 2
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: card.item.name ?? ""
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · %3").arg(card.item.department ?? "")
                          .arg((card.item.promisedDays ?? 0) > 0
                               ? qsTr("%n working day(s)", "", card.item.promisedDays) : qsTr("on the spot"))
                          .arg(card.item.fee ?? "")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        BigButton {
            objectName: card.objectName + "_action"
            visible: card.actionText.length > 0
            primary: false
            implicitHeight: Theme.touchTarget * 0.8
            text: card.actionText
            onClicked: card.actionClicked()
        }
    }
}
