pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// One field of the one form: a label, the control its type asks for, the problem in plain words;
// a pre-filled field shows its value and where it comes from, and cannot be changed.
// A Column, not a ColumnLayout: the controls of the other types are hidden, and Column leaves no
// room for hidden children even while the delegate is being set up.
Column {
    id: editor
    required property int index
    required property string key
    required property string label
    required property string type
    required property bool required
    required property string value
    required property string problem
    required property bool locked
    required property string source
    required property var options
    // What each option reads as in the reader's language; the answer stays the option itself.
    required property var optionLabels
    required property bool sensitive
    required property bool shared
    signal answered(int row, string answer)

    objectName: "field_" + key
    spacing: 6

    function masked(text) {
        if (!editor.sensitive || text.length < 8)
            return text
        return text.slice(0, 4) + "*".repeat(text.length - 8) + text.slice(-4)
    }

    Label {
        width: editor.width
        text: editor.label + (editor.required ? qsTr(" (required)") : "")
              + (editor.shared ? qsTr(" · asked once for several services") : "")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Frame {
        objectName: editor.objectName + "_locked"
        visible: editor.locked
        width: editor.width
        padding: 12
        background: Rectangle {
            radius: Theme.radius / 2
            color: "#EEF6EE"
            border.color: "#2E7D32"
        }
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                text: editor.masked(editor.value)
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Filled in for you, %1. It cannot be changed here.").arg(editor.source)
                font.pixelSize: Theme.fontSmall
                color: "#1B5E20"
                wrapMode: Text.WordWrap
            }
        }
    }
    SensitiveField {
        objectName: editor.objectName + "_sensitive"
        visible: !editor.locked && editor.sensitive
        width: editor.width
        digits: true
        text: editor.value
        onEdited: editor.answered(editor.index, text)
    }
    TextField {
        objectName: editor.objectName + "_text"
        visible: !editor.locked && !editor.sensitive
                 && (editor.type === "text" || editor.type === "number" || editor.type === "date"
                     || editor.type === "email" || editor.type === "credit_code")
        width: editor.width
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
        text: editor.value
        placeholderText: editor.type === "date" ? qsTr("year-month-day, e.g. 2026-03-15") : ""
        inputMethodHints: editor.type === "number" ? Qt.ImhFormattedNumbersOnly
                        : editor.type === "date" ? (Qt.ImhDate | Qt.ImhPreferNumbers)
                        : editor.type === "email" ? Qt.ImhEmailCharactersOnly
                        : Qt.ImhNone
        onTextEdited: editor.answered(editor.index, text)
    }
    TextArea {
        objectName: editor.objectName + "_multiline"
        visible: !editor.locked && editor.type === "multiline"
        width: editor.width
        height: Theme.touchTarget * 1.8
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        text: editor.value
        background: Rectangle { border.color: Theme.border; radius: 6 }
        onTextChanged: if (activeFocus) editor.answered(editor.index, text)
    }
    Flow {
        visible: !editor.locked && (editor.type === "choice" || editor.type === "bool")
        width: editor.width
        spacing: Theme.spacing / 2
        Repeater {
            model: editor.type === "bool" ? ["true", "false"] : editor.options
            delegate: BigButton {
                required property string modelData
                required property int index
                objectName: editor.objectName + "_option_" + modelData
                primary: editor.value === modelData
                implicitHeight: Theme.touchTarget * 0.9
                text: editor.type === "bool" ? (modelData === "true" ? qsTr("Yes") : qsTr("No"))
                                             : (editor.optionLabels[index] ?? modelData)
                onClicked: editor.answered(editor.index, modelData)
            }
        }
    }
    Label {
        objectName: editor.objectName + "_problem"
        width: editor.width
        visible: editor.problem.length > 0
        text: editor.problem
        font.pixelSize: Theme.fontBody
        color: Theme.accent
        wrapMode: Text.WordWrap
    }
}
