pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// 养老待遇领取资格认证: when the last certification was, when the next is due, a clear warning
// when the pension stops (month 13), and one big button that takes the photo and certifies.
Page {
    id: page
    objectName: "pensionCertificationPage"
    signal backRequested()
    // A map from the view model; "var" so that QML reads its keys without a declared type.
    readonly property var pension: SocialSecurity.pension

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing * 1.5

        PageTitleBar {
            Layout.fillWidth: true
            title: qsTr("Pension certification")
            holder: SocialSecurity.holderName.length > 0
                    ? qsTr("%1 · ID %2").arg(SocialSecurity.holderName).arg(SocialSecurity.holderId) : ""
            onBackRequested: page.backRequested()
        }
        NoticeBox {
            objectName: "pensionStanding"
            Layout.fillWidth: true
            kind: (page.pension.paymentStops ?? false) ? "warning"
                  : (page.pension.urgent ?? false) ? "note" : "good"
            text: page.pension.headline ?? SocialSecurity.problem
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing / 2
            visible: (page.pension.lastCertified ?? "").length > 0
            Label { text: qsTr("Last certified"); font.pixelSize: Theme.fontLarge; color: Theme.textMuted }
            Label {
                objectName: "lastCertified"
                text: page.pension.lastCertified ?? ""
                font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text
            }
            Label { text: qsTr("Next due by"); font.pixelSize: Theme.fontLarge; color: Theme.textMuted }
            Label {
                objectName: "nextDue"
                text: page.pension.nextDue ?? ""
                font.pixelSize: Theme.fontLarge; font.bold: true
                color: (page.pension.paymentStops ?? false) ? Theme.accent : Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Look at the camera above the screen and tap the button. Only a check value of the photo is sent; the photo is not kept.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "certifyButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.5
            visible: page.pension.applies ?? false
            enabled: !SocialSecurity.certifying
            text: SocialSecurity.certifying ? qsTr("Certifying…") : qsTr("Certify now")
            onClicked: SocialSecurity.certifyPension()
        }
        NoticeBox {
            objectName: "certificationMessage"
            Layout.fillWidth: true
            visible: SocialSecurity.certificationMessage.length > 0
            kind: SocialSecurity.certified ? "good" : SocialSecurity.certifying ? "note" : "warning"
            text: SocialSecurity.certificationMessage
        }
        Item { Layout.fillHeight: true }
    }
}
