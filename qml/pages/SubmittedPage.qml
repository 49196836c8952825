pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// After submission: the receipt number and due dates, the printed receipt, and the rating.
Page {
    id: page
    objectName: "submittedPage"
    signal finished()

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

            Label {
                Layout.fillWidth: true
                text: qsTr("Your application has been submitted")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: "#1B5E20"
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Receipt number")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                objectName: "receiptNumber"
                Layout.fillWidth: true
                text: Application.receiptNumber
                font.pixelSize: Theme.fontTitle
                font.bold: true
                font.family: "monospace"
                color: Theme.text
            }
            Repeater {
                objectName: "filedCases"
                model: Application.filed
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1 — %2, due by %3").arg(modelData.item).arg(modelData.department).arg(modelData.due)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                objectName: "printMessage"
                Layout.fillWidth: true
                visible: Application.printMessage.length > 0
                text: Application.printMessage
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "printButton"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Print the receipt")
                onClicked: Application.printReceipt()
            }
            Label {
                Layout.fillWidth: true
                text: Application.rated ? qsTr("Thank you for your rating!") : qsTr("How satisfied are you with this service?")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            RowLayout {
                objectName: "ratingRow"
                visible: !Application.rated
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: [
                        { score: 5, label: qsTr("Very satisfied") },
                        { score: 4, label: qsTr("Satisfied") },
                        { score: 3, label: qsTr("Fair") },
                        { score: 2, label: qsTr("Dissatisfied") },
                        { score: 1, label: qsTr("Very dissatisfied") }
                    ]
                    delegate: BigButton {
                        required property var modelData
                        objectName: "rate_" + modelData.score
                        Layout.fillWidth: true
                        primary: false
                        implicitHeight: Theme.touchTarget * 1.1
                        font.pixelSize: Theme.fontSmall
                        text: modelData.label
                        onClicked: Application.rate(modelData.score, [])
                    }
                }
            }
            BigButton {
                objectName: "doneButton"
                Layout.fillWidth: true
                text: qsTr("Finish and forget my data")
                onClicked: page.finished()
            }
        }
    }
}
