import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// The second step before anything that cannot simply be undone (a rollback, an older catalog,
// removing a trusted key, a revocation, locking an account): says what will change and asks.
Dialog {
    id: dialog
    objectName: "confirmDialog"
    property string question
    property string consequence
    property string confirmText: qsTr("Confirm")
    property var action: null

    // Opens the dialog; action runs only when the administrator confirms.
    function ask(title, question, consequence, confirmText, action) {
        dialog.title = title
        dialog.question = question
        dialog.consequence = consequence
        dialog.confirmText = confirmText
        dialog.action = action
        dialog.open()
    }

    modal: true
    width: Math.min(720, (parent ? parent.width : 800) - 80)
    padding: 24
    font.pixelSize: 17
    closePolicy: Popup.CloseOnEscape

    onAccepted: {
        const run = dialog.action
        dialog.action = null
        if (run)
            run()
    }
    onRejected: dialog.action = null

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            Layout.fillWidth: true
            text: dialog.question
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.consequence
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            color: Theme.textMuted
        }
    }
    footer: RowLayout {
        spacing: 12
        Item { Layout.fillWidth: true }
        Button {
            objectName: "confirmButton"
            text: dialog.confirmText
            highlighted: true
            font.pixelSize: 17
            Layout.bottomMargin: 16
            onClicked: dialog.accept()
        }
        Button {
            objectName: "cancelConfirmButton"
            text: qsTr("Cancel")
            font.pixelSize: 17
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
            onClicked: dialog.reject()
        }
    }
}
