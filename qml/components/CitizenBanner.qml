import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Who the kiosk serves right now (masked), and the button that ends the session: at the top of
// the window (Main.qml) over every page while someone is identified.
Rectangle {
    id: banner
    objectName: "citizenBanner"
    visible: Citizen.active
    implicitHeight: visible ? row.implicitHeight + Theme.spacing : 0
    color: "#E8F1FB"
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "citizenBannerText"
                Layout.fillWidth: true
                text: qsTr("You are signed in as %1").arg(Citizen.banner)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                // Large type and English take two lines; the masked number stays whole.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                objectName: "principalBannerText"
                Layout.fillWidth: true
                visible: Citizen.onBehalf
                text: qsTr("Applying for %1").arg(Citizen.principalBanner)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        BigButton {
            objectName: "finishButton"
            primary: false
            text: qsTr("Finish")
            implicitHeight: Theme.touchTarget * 0.8
            Accessible.description: qsTr("Ends your session and forgets everything you entered")
            onClicked: Citizen.finish()
        }
    }
}
