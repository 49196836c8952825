import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// 代办: the person applied for, identified by number and name, and their consent.
Page {
    id: page
    objectName: "principalPage"
    signal done()
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
                text: qsTr("Whom are you applying for?")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Their ID number"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            SensitiveField {
                id: idNumber
                objectName: "principalIdField"
                Layout.fillWidth: true
                onEdited: hint.text = Citizen.idNumberHint(text)
            }
            Label {
                id: hint
                Layout.fillWidth: true
                visible: text.length > 0
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Label { text: qsTr("Their name"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: name
                objectName: "principalNameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontLarge
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            CheckBox {
                id: consent
                objectName: "principalConsent"
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                text: qsTr("They have asked me to apply for them and agree that their data is used for it.")
                contentItem: Text {
                    text: consent.text
                    font: consent.font
                    wrapMode: Text.WordWrap
                    leftPadding: consent.indicator.width + consent.spacing
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Citizen.problem.length > 0
                text: Citizen.problem
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "principalContinue"
                Layout.fillWidth: true
                text: qsTr("Continue")
                enabled: consent.checked && idNumber.text.length >= 15 && name.text.trim().length > 0
                onClicked: {
                    if (Citizen.identifyPrincipal(idNumber.text, name.text, consent.checked)) {
                        idNumber.text = ""
                        name.text = ""
                        page.done()
                    }
                }
            }
        }
    }
}
