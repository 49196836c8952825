pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// One certificate with every field, the verification result and why, and "print verified copy".
Page {
    id: page
    objectName: "certificateDetailPage"
    property int row: -1
    readonly property var detail: Wallet.detail(row)
    signal backRequested()

    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            BigButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: page.backRequested()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: page.detail.typeName ?? ""
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                StatusBadge {
                    outcome: page.detail.outcome ?? "not_genuine"
                    text: page.detail.outcomeText ?? ""
                }
            }
            Label {
                objectName: "detailReason"
                Layout.fillWidth: true
                text: page.detail.reason ?? ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Verified on this terminal at %1").arg(page.detail.verifiedAt ?? "")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            GridLayout {
                objectName: "detailFields"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 12
                Repeater {
                    model: page.detail.rows ?? []
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        Layout.preferredWidth: column.width * 0.35
                        text: modelData.label
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
                Repeater {
                    model: page.detail.rows ?? []
                    delegate: Label {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        text: modelData.value
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
            BigButton {
                objectName: "printCopyButton"
                Layout.fillWidth: true
                visible: page.detail.canPrint ?? false
                text: qsTr("Print verified copy")
                onClicked: Wallet.printCopy(page.row)
            }
            Label {
                objectName: "printMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Wallet.printMessage
                font.pixelSize: Theme.fontBody
                color: Theme.primary
                wrapMode: Text.WordWrap
            }
        }
    }
}
