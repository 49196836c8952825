import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Staff sign-in for the back office and the administrator view. The accounts, the lock-out
// and the role check are decided in services/; this page only asks and shows the answer.
Page {
    id: page
    objectName: "signInPage"
    readonly property bool admin: Staff.administration

    background: Rectangle { color: Theme.background }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 640)
        height: form.implicitHeight + 96
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 48
            spacing: 20
            Label {
                Layout.fillWidth: true
                text: page.admin ? qsTr("Administrator sign-in") : qsTr("Staff sign-in")
                font.pixelSize: 32
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: page.admin ? qsTr("Catalogs, trust, staff accounts and terminal settings.")
                                 : qsTr("Front desk, department review and supervision.")
                font.pixelSize: 18
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            TextField {
                id: userName
                objectName: "userNameField"
                Layout.fillWidth: true
                placeholderText: qsTr("User name")
                font.pixelSize: 20
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onAccepted: password.forceActiveFocus()
                onTextChanged: Staff.userNameEdited(text)
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                font.pixelSize: 20
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                onAccepted: signInButton.clicked()
            }
            Label {
                id: message
                objectName: "signInMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Staff.message
                color: Theme.accent
                font.pixelSize: 18
                wrapMode: Text.WordWrap
            }
            Label {
                id: lockout
                objectName: "lockoutCountdown"
                Layout.fillWidth: true
                visible: Staff.lockedSecondsLeft > 0
                text: qsTr("Try again in %1:%2")
                      .arg(Math.floor(Staff.lockedSecondsLeft / 60))
                      .arg(String(Staff.lockedSecondsLeft % 60).padStart(2, "0"))
                color: Theme.text
                font.pixelSize: 22
                font.bold: true
            }
            BigButton {
                id: signInButton
                objectName: "signInButton"
                Layout.fillWidth: true
                text: Staff.busy ? qsTr("Checking…") : qsTr("Sign in")
                font.pixelSize: 22
                implicitHeight: 56
                enabled: userName.text.length > 0 && password.text.length > 0 && !Staff.busy
                onClicked: {
                    Staff.signIn(userName.text, password.text)
                    password.clear()
                }
            }
        }
    }
}
