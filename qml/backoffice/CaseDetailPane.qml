pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The open case: its clock, the applicant, the form, the materials and how each was provided,
// the departments' parts, the history, and the actions this role may take now.
Pane {
    id: pane
    objectName: "caseDetailPane"
    padding: 20
    background: Rectangle { color: Theme.surface; border.color: Theme.border }
    readonly property var summary: Dossier.summary // a map: as var for its keys

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        font.pixelSize: 19
        font.bold: true
        color: Theme.primary
    }
    component KeyValueRows: GridLayout {
        id: grid
        property var entries: []
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 16
        rowSpacing: 4
        Repeater {
            model: grid.entries.length * 2
            Label {
                id: cell
                required property int index
                readonly property var entry: grid.entries[Math.floor(index / 2)]
                Layout.fillWidth: cell.index % 2 === 1
                // The list may shrink before the repeater does: an entry can be gone for a moment.
                text: !cell.entry ? "" : cell.index % 2 === 0 ? cell.entry.label : cell.entry.value
                font.pixelSize: 16
                color: cell.index % 2 === 0 ? Theme.textMuted : Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: !Dossier.opened
        width: parent.width - 40
        horizontalAlignment: Text.AlignHCenter
        text: Dossier.message.length > 0 ? Dossier.message : qsTr("Choose a case on the left.")
        wrapMode: Text.WordWrap
        font.pixelSize: 18
        color: Dossier.messageIsError ? "#B71C1C" : Theme.textMuted
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: Dossier.opened
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    objectName: "caseTitle"
                    text: pane.summary.itemName || ""
                    font.pixelSize: 26
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "caseStatus"
                    text: pane.summary.statusText || ""
                    font.pixelSize: 18
                    font.bold: true
                    color: Theme.primary
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · submitted %3").arg(pane.summary.receiptNumber || "")
                      .arg(pane.summary.departmentName || "").arg(pane.summary.submitted || "")
                font.pixelSize: 16
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            UrgencyMarker {
                objectName: "caseClock"
                Layout.maximumWidth: scroll.availableWidth
                urgency: pane.summary.urgency || "unknown"
                text: pane.summary.clockText || ""
            }
            Label {
                objectName: "caseDates"
                Layout.fillWidth: true
                visible: text.length > 0
                text: pane.summary.datesText || ""
                font.pixelSize: 16
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            Rectangle {
                objectName: "caseMessage"
                Layout.fillWidth: true
                visible: Dossier.message.length > 0
                implicitHeight: messageLabel.implicitHeight + 16
                radius: 6
                color: Dossier.messageIsError ? "#FDECEA" : "#EAF5EA"
                border.color: Dossier.messageIsError ? "#B71C1C" : "#1B5E20"
                Label {
                    id: messageLabel
                    anchors.fill: parent
                    anchors.margins: 8
                    text: (Dossier.messageIsError ? "✖ " : "✔ ") + Dossier.message
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: Dossier.messageIsError ? "#B71C1C" : "#1B5E20"
                }
            }

            Label {
                objectName: "paperMissing"
                Layout.fillWidth: true
                visible: text.length > 0
                text: pane.summary.paperMissing ? "✖ " + pane.summary.paperMissing : ""
                font.pixelSize: 16
                color: "#B71C1C"
                wrapMode: Text.WordWrap
            }

            SectionTitle { text: qsTr("Actions") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: Dossier.actions
                    Button {
                        required property var modelData
                        objectName: "action_" + modelData.code
                        text: modelData.label
                        font.pixelSize: 17
                        highlighted: !modelData.grave
                        onClicked: actionDialog.ask(modelData)
                    }
                }
                Button {
                    objectName: "printCorrectionNotice"
                    visible: Dossier.canPrintCorrectionNotice
                    text: qsTr("Print correction notice")
                    font.pixelSize: 17
                    onClicked: Dossier.printCorrectionNotice()
                }
                Button {
                    objectName: "printDecisionNotice"
                    visible: Dossier.canPrintDecisionNotice
                    text: qsTr("Print decision notice")
                    font.pixelSize: 17
                    onClicked: Dossier.printDecisionNotice()
                }
            }
            Repeater {
                model: Dossier.actions.filter(a => a.blockedReason.length > 0) // qmllint disable
                Label {
                    required property var modelData
                    objectName: "actionBlocked_" + modelData.code
                    Layout.fillWidth: true
                    // The missing paper is listed above already: name the action, not the list twice.
                    text: modelData.blockedReason === pane.summary.paperMissing
                          ? qsTr("%1 waits for the paper materials listed above.").arg(modelData.label)
                          : qsTr("%1 is not possible yet: %2").arg(modelData.label).arg(modelData.blockedReason)
                    font.pixelSize: 15
                    color: "#8A5A00"
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                visible: Dossier.actions.length === 0
                text: qsTr("Nothing for your role to do on this case now.")
                font.pixelSize: 16
                color: Theme.textMuted
            }

            SectionTitle {
                text: qsTr("Departments")
                visible: Dossier.departments.length > 0
            }
            Repeater {
                model: Dossier.departments
                Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: (modelData.status === "approved" ? "✔ " : modelData.status === "refused" ? "✖ " : "… ")
                          + modelData.name + ": " + modelData.statusText
                    font.pixelSize: 16
                    color: modelData.status === "refused" ? "#B71C1C"
                         : modelData.status === "approved" ? "#1B5E20" : Theme.text
                }
            }

            SectionTitle { text: qsTr("Applicant") }
            KeyValueRows { objectName: "applicantRows"; entries: Dossier.applicant }

            SectionTitle {
                text: qsTr("Form")
                visible: Dossier.answers.length > 0
            }
            KeyValueRows { entries: Dossier.answers }

            SectionTitle { text: qsTr("Materials") }
            Repeater {
                model: Dossier.materials
                Label {
                    required property var modelData
                    objectName: "material_" + modelData.code
                    Layout.fillWidth: true
                    readonly property bool done: modelData.state === "certificate" || modelData.state === "checked"
                    text: (done ? "✔ " : modelData.state === "missing" ? "✖ " : "▢ ")
                          + modelData.name + " — " + modelData.detail
                    font.pixelSize: 16
                    color: done ? "#1B5E20" : modelData.state === "missing" ? "#B71C1C" : Theme.text
                    wrapMode: Text.WordWrap
                }
            }

            SectionTitle { text: qsTr("History") }
            Repeater {
                model: Dossier.history
                ColumnLayout {
                    id: step
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: step.modelData.when + "  " + step.modelData.text + "  (" + step.modelData.who + ")"
                        font.pixelSize: 15
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 24
                        visible: step.modelData.note.length > 0
                        text: step.modelData.note
                        font.pixelSize: 15
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Label {
                visible: Dossier.history.length === 0
                text: qsTr("Filed; nothing decided yet.")
                font.pixelSize: 15
                color: Theme.textMuted
            }
        }
    }

    CaseActionDialog {
        id: actionDialog
        anchors.centerIn: parent
    }
}
