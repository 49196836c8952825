pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Before the form: the chosen services, the ones usually applied for together (一件事), the
// summary of time limits, fees and materials, and for whom the application is.
Page {
    id: page
    objectName: "applicationStartPage"
    signal formRequested()
    signal principalRequested()
    signal backRequested()

    background: Rectangle { color: Theme.background }

    Connections {
        target: Application
        enabled: page.StackView.status === StackView.Active
        function onPrepared() { page.formRequested() }
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
                text: qsTr("Your application")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Repeater {
                objectName: "chosenItems"
                model: Application.chosen
                delegate: ItemCard {
                    required property var modelData
                    Layout.fillWidth: true
                    item: modelData
                    actionText: Application.chosen.length > 1 ? qsTr("Remove") : ""
                    onActionClicked: Application.removeItem(modelData.code)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Application.offers.length > 0
                text: qsTr("Often applied for together — add with the same form:")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "bundleOffers"
                model: Application.offers
                delegate: ItemCard {
                    required property var modelData
                    required property int index
                    objectName: "offer_" + index
                    Layout.fillWidth: true
                    item: modelData
                    actionText: qsTr("Add")
                    onActionClicked: Application.addItem(modelData.code)
                }
            }
            Label {
                objectName: "applicationSummary"
                Layout.fillWidth: true
                text: Application.summary
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: Citizen.onBehalf ? qsTr("You apply for %1.").arg(Citizen.principalBanner)
                                       : qsTr("You apply for yourself.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "forSomeoneElse"
                Layout.fillWidth: true
                primary: false
                text: Citizen.onBehalf ? qsTr("Apply for myself instead") : qsTr("I apply for someone else")
                onClicked: Citizen.onBehalf ? Citizen.forMyself() : page.principalRequested()
            }
            // The hall away: no e-certificates to offer or agree to, and the application goes later.
            NoticeBox {
                objectName: "offlineNote"
                Layout.fillWidth: true
                visible: Application.offlineNote.length > 0
                text: Application.offlineNote
            }
            Label {
                Layout.fillWidth: true
                visible: Application.certificatesOffered.length > 0 && !Application.hallAway
                text: qsTr("Your e-certificates can save you typing and paper:")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "certificatesOffered"
                model: Application.hallAway ? [] : Application.certificatesOffered
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("• %1: to %2").arg(modelData.certificate).arg(modelData.uses)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            CheckBox {
                id: useCertificates
                objectName: "useCertificatesBox"
                visible: Application.certificatesOffered.length > 0 && !Application.hallAway
                Layout.fillWidth: true
                checked: Application.useCertificates
                onToggled: Application.useCertificates = checked
                font.pixelSize: Theme.fontBody
                text: qsTr("I agree that my e-certificates listed above are fetched from the online service hall and used for this application only.")
                contentItem: Text {
                    text: useCertificates.text
                    font: useCertificates.font
                    wrapMode: Text.WordWrap
                    leftPadding: useCertificates.indicator.width + useCertificates.spacing
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                visible: Application.problem.length > 0
                text: Application.problem
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "toFormButton"
                Layout.fillWidth: true
                text: Application.preparing ? qsTr("Fetching your e-certificates…") : qsTr("Fill in the form")
                enabled: Application.chosen.length > 0 && !Application.preparing
                onClicked: Application.prepare()
            }
        }
    }
}
