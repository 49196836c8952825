import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Identification: the ID card on the reader, or the number and name typed on the on-screen
// keyboard; the number is checked as it is typed.
Page {
    id: page
    objectName: "identifyPage"
    property string purpose: ""
    signal identified()
    signal backRequested()

    background: Rectangle { color: Theme.background }

    Connections {
        target: Citizen
        function onSessionChanged() {
            if (Citizen.active)
                page.identified()
        }
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
                text: qsTr("Please identify yourself")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.purpose.length > 0
                text: page.purpose
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Rectangle {
                objectName: "cardReaderBox"
                Layout.fillWidth: true
                implicitHeight: cardText.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.primary
                border.width: 3
                Label {
                    id: cardText
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: Citizen.cardReaderReady
                          ? qsTr("Place your resident ID card on the reader below the screen. Keep it there until you finish.")
                          : qsTr("The ID card reader is not available. Please type your ID number and name.")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Or type them in:")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("ID number")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            SensitiveField {
                id: idNumber
                objectName: "idNumberField"
                Layout.fillWidth: true
                placeholderText: qsTr("18 characters")
                onEdited: hint.text = Citizen.idNumberHint(text)
            }
            Label {
                id: hint
                objectName: "idNumberHint"
                Layout.fillWidth: true
                visible: text.length > 0
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Name")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            TextField {
                id: name
                objectName: "nameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontLarge
                placeholderText: qsTr("As printed on the ID card")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            Label {
                objectName: "identifyProblem"
                Layout.fillWidth: true
                visible: Citizen.problem.length > 0
                text: Citizen.problem
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "identifyButton"
                Layout.fillWidth: true
                text: qsTr("Continue")
                enabled: idNumber.text.length >= 15 && name.text.trim().length > 0 && hint.text.length === 0
                onClicked: {
                    if (Citizen.identify(idNumber.text, name.text)) {
                        idNumber.text = ""
                        name.text = ""
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your ID number is used only for this visit and is shown masked. Tap \"Show\" to check what you typed.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
