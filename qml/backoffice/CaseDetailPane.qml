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
    readonly property caseSummary summary: Dossier.summary

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        font.pixelSize: 19
        font.bold: true
        color: Theme.primary
    }
    // Labels in the first column, values in the second: filled column by column, a row each.
    component KeyValueRows: GridLayout {
        id: grid
        property CaseFieldListModel entries
        readonly property alias count: labels.count
        Layout.fillWidth: true
        flow: GridLayout.TopToBottom
        rows: Math.max(1, labels.count)
        columnSpacing: 16
        rowSpacing: 4
        Repeater {
            id: labels
            model: grid.entries
            Label {
                required property string label
                text: label
                font.pixelSize: 16
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        Repeater {
            model: grid.entries
            Label {
                required property string value
                Layout.fillWidth: true
                text: value
                font.pixelSize: 16
                color: Theme.text
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
                    text: pane.summary.itemName
                    font.pixelSize: 26
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "caseStatus"
                    text: pane.summary.statusText
                    font.pixelSize: 18
                    font.bold: true
                    color: Theme.primary
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · submitted %3").arg(pane.summary.receiptNumber)
                      .arg(pane.summary.departmentName).arg(pane.summary.submitted)
                font.pixelSize: 16
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            UrgencyMarker {
                objectName: "caseClock"
                Layout.maximumWidth: scroll.availableWidth
                urgency: pane.summary.urgency
                text: pane.summary.clockText
            }
            Label {
                objectName: "caseDates"
                Layout.fillWidth: true
                visible: text.length > 0
                text: pane.summary.datesText
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
                text: pane.summary.paperMissing.length > 0 ? "✖ " + pane.summary.paperMissing : ""
                font.pixelSize: 16
                color: "#B71C1C"
                wrapMode: Text.WordWrap
            }

            SectionTitle { text: qsTr("Actions") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    id: actionButtons
                    model: Dossier.actions
                    Button {
                        id: actionButton
                        required property string code
                        required property string label
                        required property string blockedReason
                        required property bool checksMaterials
                        required property bool needsReason
                        required property bool needsMissing
                        required property bool needsDepartments
                        required property bool needsDays
                        required property int maxDays
                        required property bool grave
                        objectName: "action_" + code
                        text: label
                        font.pixelSize: 17
                        highlighted: !grave
                        onClicked: actionDialog.ask(actionButton)
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
                model: Dossier.actions
                Label {
                    required property string code
                    required property string label
                    required property string blockedReason
                    // Only the actions the case is not ready for: the layout skips the others.
                    visible: blockedReason.length > 0
                    objectName: visible ? "actionBlocked_" + code : ""
                    Layout.fillWidth: true
                    // The missing paper is listed above already: name the action, not the list twice.
                    text: blockedReason === pane.summary.paperMissing
                          ? qsTr("%1 waits for the paper materials listed above.").arg(label)
                          : qsTr("%1 is not possible yet: %2").arg(label).arg(blockedReason)
                    font.pixelSize: 15
                    color: "#8A5A00"
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                visible: actionButtons.count === 0
                text: qsTr("Nothing for your role to do on this case now.")
                font.pixelSize: 16
                color: Theme.textMuted
            }

            SectionTitle {
                text: qsTr("Departments")
                visible: departmentRows.count > 0
            }
            Repeater {
                id: departmentRows
                model: Dossier.departments
                Label {
                    required property string name
                    required property string status
                    required property string statusText
                    Layout.fillWidth: true
                    text: (status === "approved" ? "✔ " : status === "refused" ? "✖ " : "… ")
                          + name + ": " + statusText
                    font.pixelSize: 16
                    color: status === "refused" ? "#B71C1C"
                         : status === "approved" ? "#1B5E20" : Theme.text
                }
            }

            SectionTitle { text: qsTr("Applicant") }
            KeyValueRows { objectName: "applicantRows"; entries: Dossier.applicant }

            SectionTitle {
                text: qsTr("Form")
                visible: answerRows.count > 0
            }
            KeyValueRows { id: answerRows; entries: Dossier.answers }

            SectionTitle { text: qsTr("Materials") }
            Repeater {
                model: Dossier.materials
                Label {
                    required property string code
                    required property string name
                    required property string stateCode
                    required property string detail
                    objectName: "material_" + code
                    Layout.fillWidth: true
                    readonly property bool done: stateCode === "certificate" || stateCode === "checked"
                    text: (done ? "✔ " : stateCode === "missing" ? "✖ " : "▢ ") + name + " — " + detail
                    font.pixelSize: 16
                    color: done ? "#1B5E20" : stateCode === "missing" ? "#B71C1C" : Theme.text
                    wrapMode: Text.WordWrap
                }
            }

            SectionTitle { text: qsTr("History") }
            Repeater {
                id: historyRows
                model: Dossier.history
                ColumnLayout {
                    id: step
                    required property string when
                    required property string text
                    required property string who
                    required property string note
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: step.when + "  " + step.text + "  (" + step.who + ")"
                        font.pixelSize: 15
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 24
                        visible: step.note.length > 0
                        text: step.note
                        font.pixelSize: 15
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Label {
                visible: historyRows.count === 0
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
