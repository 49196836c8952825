pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Asks what an action needs before it is taken: the reason the law asks for, everything missing
// at once for a correction notice, the departments to route to, the days of an extension. The
// services decide whether it is enough; a refusal is shown here and nothing is stored.
Dialog {
    id: dialog
    objectName: "caseActionDialog"
    // The action asked about, as its button has it (CaseActionListModel's roles).
    property string code
    property string label
    property bool checksMaterials
    property bool needsReason
    property bool needsMissing
    property bool needsDepartments
    property bool needsDays
    property int maxDays: 10
    modal: true
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    title: label
    font.pixelSize: 17
    standardButtons: Dialog.NoButton

    // a: the action's button, with a required property for each role.
    function ask(a) {
        code = a.code
        label = a.label
        checksMaterials = a.checksMaterials
        needsReason = a.needsReason
        needsMissing = a.needsMissing
        needsDepartments = a.needsDepartments
        needsDays = a.needsDays
        maxDays = a.maxDays || 10
        reasonField.text = ""
        otherMissing.text = ""
        daysBox.value = Math.min(5, maxDays)
        // The same list again would keep the boxes as last ticked: each question starts afresh.
        routeRepeater.model = null
        paperRepeater.model = null
        missingRepeater.model = Dossier.missingChoices
        routeRepeater.model = Dossier.routeChoices
        paperRepeater.model = checksMaterials ? Dossier.paperChoices : null
        // The services will refuse an action the case is not ready for: say why at once.
        error.text = a.blockedReason
        open()
        reasonField.forceActiveFocus()
    }
    function checkedIn(repeater, key) {
        let out = []
        for (let i = 0; i < repeater.count; ++i) {
            const box = repeater.itemAt(i)
            if (box && box.checked)
                out.push(box[key])
        }
        return out
    }
    function confirm() {
        let missing = checkedIn(missingRepeater, "text")
        for (const line of otherMissing.text.split("\n"))
            if (line.trim().length > 0)
                missing.push(line.trim())
        let paper = []
        for (let i = 0; i < paperRepeater.count; ++i) {
            const box = paperRepeater.itemAt(i)
            if (box && box.checked && !box.checkedBefore)
                paper.push(box.code)
        }
        const ok = Dossier.act(code, reasonField.text, missing,
                               checkedIn(routeRepeater, "code"), daysBox.value, paper)
        if (ok)
            close()
        else
            error.text = Dossier.message
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            Layout.fillWidth: true
            visible: paperRepeater.count > 0
            text: qsTr("Paper materials received and checked at the window (原件核验):")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
        }
        Repeater {
            id: paperRepeater
            CheckBox {
                required property string code
                required property string name
                required property bool initiallyChecked
                objectName: "paper_" + code
                readonly property bool checkedBefore: initiallyChecked
                text: name
                checked: initiallyChecked
                enabled: !checkedBefore // a check once recorded stays
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.needsMissing
            text: qsTr("List everything that is missing, all at once: nothing may be asked for later.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
        }
        Repeater {
            id: missingRepeater
            CheckBox {
                required property string modelData
                visible: dialog.needsMissing
                text: modelData
            }
        }
        TextArea {
            id: otherMissing
            objectName: "otherMissing"
            Layout.fillWidth: true
            visible: dialog.needsMissing
            placeholderText: qsTr("Other missing materials, one per line")
            wrapMode: TextEdit.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.needsDepartments
            text: qsTr("Departments that review their part (parallel review):")
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            visible: dialog.needsDepartments
            spacing: 4
            Repeater {
                id: routeRepeater
                CheckBox {
                    required property string code
                    required property string name
                    required property bool initiallyChecked
                    objectName: "route_" + code
                    text: name
                    checked: initiallyChecked
                }
            }
        }
        RowLayout {
            visible: dialog.needsDays
            Label { text: qsTr("Working days to add:") }
            SpinBox {
                id: daysBox
                objectName: "extensionDays"
                from: 1
                to: dialog.maxDays
                editable: true
            }
            Label {
                text: qsTr("at most %1").arg(dialog.maxDays)
                color: Theme.textMuted
            }
        }
        TextArea {
            id: reasonField
            objectName: "reasonField"
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            placeholderText: dialog.needsReason ? qsTr("Reason (required)")
                                                                 : qsTr("Remarks (optional)")
            wrapMode: TextEdit.Wrap
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: confirmButton
        }
        Label {
            id: error
            objectName: "actionError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: "#B71C1C"
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "cancelAction"
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                id: confirmButton
                objectName: "confirmAction"
                text: dialog.label.length > 0 ? dialog.label : qsTr("Confirm")
                highlighted: true
                onClicked: dialog.confirm()
                Keys.onReturnPressed: dialog.confirm()
            }
        }
    }
}
