pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The materials checklist: what an e-certificate replaces, what must still be handed in at the
// window; the citizen's consent to the use of their documents; submission.
Page {
    id: page
    objectName: "materialsPage"
    signal submitted()
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
            Label {
                Layout.fillWidth: true
                text: qsTr("Materials")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "paperCount"
                Layout.fillWidth: true
                text: Application.paperCount > 0
                      ? qsTr("%n material(s) must be handed in on paper at the service window.", "", Application.paperCount)
                      : qsTr("Nothing to hand in on paper: your e-certificates replace every material.")
                font.pixelSize: Theme.fontLarge
                color: Application.paperCount > 0 ? Theme.accent : "#1B5E20"
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "materialList"
                model: Application.materials
                delegate: Rectangle {
                    id: material
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: materialColumn.implicitHeight + 24
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: material.modelData.byCertificate ? "#2E7D32" : Theme.border
                    border.width: 2
                    ColumnLayout {
                        id: materialColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: (material.modelData.byCertificate ? "✔ " : "✎ ") + material.modelData.name
                                  + (material.modelData.required ? "" : qsTr(" (if it applies)"))
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: material.modelData.byCertificate
                                  ? qsTr("Attached from your e-certificate: %1").arg(material.modelData.note)
                                  : material.modelData.note.length > 0
                                    ? qsTr("Hand in on paper at the window. Your e-certificate cannot be used: %1").arg(material.modelData.note)
                                    : qsTr("Hand in on paper at the window.")
                            font.pixelSize: Theme.fontSmall
                            color: material.modelData.byCertificate ? "#1B5E20" : Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("For: %1").arg(material.modelData.item)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Application.dataUses.length > 0
                // Each line names its source (the ID card, an e-certificate): the heading claims
                // neither, so it holds when the hall is away and only the card was read.
                text: qsTr("Personal data used for this application")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Repeater {
                objectName: "dataUseList"
                model: Application.dataUses
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("• %1 (%2), to %3").arg(modelData.what).arg(modelData.source).arg(modelData.purpose)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            CheckBox {
                id: consent
                objectName: "consentBox"
                visible: Application.dataUses.length > 0
                Layout.fillWidth: true
                checked: Application.consent
                onToggled: Application.consent = checked
                font.pixelSize: Theme.fontBody
                text: qsTr("I agree that the data listed above is used for this application only.")
                contentItem: Text {
                    text: consent.text
                    font: consent.font
                    wrapMode: Text.WordWrap
                    leftPadding: consent.indicator.width + consent.spacing
                    color: Theme.text
                }
            }
            Label {
                objectName: "submitProblem"
                Layout.fillWidth: true
                visible: Application.problem.length > 0
                text: Application.problem
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "submitButton"
                Layout.fillWidth: true
                text: qsTr("Submit the application")
                enabled: Application.dataUses.length === 0 || Application.consent
                onClicked: if (Application.submit()) page.submitted()
            }
        }
    }
}
