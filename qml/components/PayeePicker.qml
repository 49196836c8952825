pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Whose contributions: oneself, a member of one's household, or another person by ID number.
// The checks (GB 11643, what is due) are made in C++; this only asks and shows.
ColumnLayout {
    id: picker
    spacing: Theme.spacing / 2
    signal changed()
    property bool typing: false

    Label {
        text: qsTr("Pay for")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: ContributionPayments.payees
            delegate: BigButton {
                required property var modelData
                required property int index
                objectName: "payee_" + index
                primary: ContributionPayments.payeeIndex === index
                text: modelData.label
                onClicked: {
                    picker.typing = false
                    ContributionPayments.choosePayee(index)
                    picker.changed()
                }
            }
        }
        BigButton {
            objectName: "payeeOther"
            primary: picker.typing || ContributionPayments.payeeIndex === -1
            text: qsTr("Another person")
            onClicked: {
                picker.typing = true
                otherId.forceActiveFocus()
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: picker.typing
        spacing: Theme.spacing / 2
        TextField {
            id: otherId
            objectName: "payeeIdField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontLarge
            maximumLength: 18
            placeholderText: qsTr("Their ID number (18 characters)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        }
        BigButton {
            objectName: "payeeLookUp"
            text: qsTr("Look up")
            enabled: !ContributionPayments.lookingUp && otherId.text.length >= 15
            onClicked: {
                ContributionPayments.lookUpPerson(otherId.text)
                picker.changed()
            }
        }
    }
    Label {
        objectName: "payeeLabel"
        Layout.fillWidth: true
        visible: text.length > 0
        text: ContributionPayments.payeeLabel
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    NoticeBox {
        objectName: "payeeMessage"
        Layout.fillWidth: true
        visible: ContributionPayments.payeeMessage.length > 0
        kind: ContributionPayments.lookingUp ? "note" : "warning"
        text: ContributionPayments.payeeMessage
    }
}
