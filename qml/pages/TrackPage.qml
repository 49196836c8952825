pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Case tracking: the receipt's QR code on the scanner, or its number typed; each service's and
// department's progress, with the name masked.
Page {
    id: page
    objectName: "trackPage"
    signal backRequested()
    // A scanned receipt's number: looked up as soon as the page opens.
    property string initialNumber: ""

    function show(receiptNumber) {
        number.text = receiptNumber
        Tracking.lookup(receiptNumber)
    }

    Connections {
        target: Tracking
        function onReceiptScanned(receiptNumber) { page.show(receiptNumber) }
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        Tracking.clear()
        if (initialNumber.length > 0)
            show(initialNumber)
    }

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
            Label {
                Layout.fillWidth: true
                text: qsTr("Track an application")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Hold the QR code of your receipt under the scanner, or type the receipt number.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                TextField {
                    id: number
                    objectName: "receiptField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontLarge
                    placeholderText: qsTr("e.g. GZTH0007-20261123-00427")
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                    onAccepted: Tracking.lookup(text)
                }
                BigButton {
                    objectName: "trackButton"
                    text: qsTr("Look up")
                    enabled: number.text.length > 0
                    onClicked: Tracking.lookup(number.text)
                }
            }
            Label {
                objectName: "trackProblem"
                Layout.fillWidth: true
                visible: Tracking.problem.length > 0
                text: Tracking.problem
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "trackSummary"
                Layout.fillWidth: true
                visible: Tracking.found
                text: qsTr("Application %1 of %2, submitted %3").arg(Tracking.receiptNumber).arg(Tracking.subject).arg(Tracking.submitted)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            NoticeBox {
                objectName: "trackDetailsHidden"
                Layout.fillWidth: true
                visible: Tracking.found && Tracking.detailsHidden
                text: qsTr("Only the progress is shown. The details (each department's decision and the reasons given) are shown to the applicant with their ID card on the reader.")
            }
            BigButton {
                objectName: "reprintButton"
                Layout.fillWidth: true
                primary: false
                visible: Tracking.canReprint
                text: qsTr("Print the receipt again")
                onClicked: Tracking.reprint()
            }
            Label {
                Layout.fillWidth: true
                visible: Tracking.printMessage.length > 0
                text: Tracking.printMessage
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "trackedCases"
                model: Tracking.cases
                delegate: Rectangle {
                    id: tracked
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: trackedColumn.implicitHeight + 24
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: tracked.modelData.overdue ? Theme.accent : Theme.border
                    border.width: 2
                    ColumnLayout {
                        id: trackedColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: tracked.modelData.item
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "trackedStatus"
                            Layout.fillWidth: true
                            text: qsTr("Status: %1").arg(tracked.modelData.status)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "trackedStatusNote"
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: tracked.modelData.statusNote
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Handled by %1; due by %2").arg(tracked.modelData.department).arg(tracked.modelData.due)
                                  + (tracked.modelData.overdue ? qsTr(" (overdue: please ask at the window)") : "")
                            font.pixelSize: Theme.fontSmall
                            color: tracked.modelData.overdue ? Theme.accent : Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        Repeater {
                            model: tracked.modelData.departments
                            delegate: Label {
                                required property var modelData
                                Layout.fillWidth: true
                                text: qsTr("• %1: %2").arg(modelData.department).arg(modelData.status)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.text
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            visible: tracked.modelData.history.length > 0
                            text: qsTr("Progress")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.text
                        }
                        Repeater {
                            objectName: "caseHistory"
                            model: tracked.modelData.history
                            delegate: ColumnLayout {
                                id: step
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1  %2").arg(step.modelData.when).arg(step.modelData.text)
                                    font.pixelSize: Theme.fontSmall
                                    color: step.modelData.type === "department_refused" || step.modelData.type === "rejected"
                                           ? Theme.accent : Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.spacing
                                    visible: step.modelData.note.length > 0
                                    text: step.modelData.note
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
