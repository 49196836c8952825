import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// A text field for an ID number or a phone: hidden unless the citizen taps "show", and never
// learned or predicted by the on-screen keyboard.
RowLayout {
    id: field
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property bool digits: true
    property alias input: input
    property bool revealed: false
    signal edited()
    spacing: Theme.spacing / 2

    TextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
        echoMode: field.revealed ? TextInput.Normal : TextInput.Password
        passwordCharacter: "•"
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                          | (field.digits ? Qt.ImhPreferNumbers : Qt.ImhNone)
        onTextEdited: field.edited()
    }
    BigButton {
        objectName: field.objectName + "Show"
        primary: false
        implicitHeight: Theme.touchTarget
        text: field.revealed ? qsTr("Hide") : qsTr("Show")
        Accessible.name: field.revealed ? qsTr("Hide the number") : qsTr("Show the number")
        onClicked: field.revealed = !field.revealed
    }
}
