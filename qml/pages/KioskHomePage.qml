import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The citizen's first screen: four big entries, language and elderly-mode switches.
Page {
    id: page
    objectName: "kioskHomePage"
    signal applyChosen()
    signal trackChosen()
    signal certificatesChosen()
    signal socialSecurityChosen()

    readonly property bool portrait: height >= width

    background: Rectangle { color: Theme.background }
    header: KioskHeader {}
    footer: KioskFooter {}

    // The page scrolls when the tiles do not fit (elderly mode on a landscape screen): every
    // entry stays within reach of a finger.
    Flickable {
        id: scroller
        objectName: "homeScroller"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, content.implicitHeight + Theme.spacing * 4)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: content
            x: Theme.spacing * 2
            y: Theme.spacing * 2
            width: scroller.width - Theme.spacing * 4
            height: scroller.contentHeight - Theme.spacing * 4
            spacing: Theme.spacing * 1.5

            Label {
                objectName: "greeting"
                Layout.fillWidth: true
                text: qsTr("Hello! What would you like to do today?")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            // The last visit's goodbye; a card left in the reader first of all.
            NoticeBox {
                objectName: "takeCardReminder"
                Layout.fillWidth: true
                visible: Citizen.takeCardReminder
                kind: "warning"
                text: qsTr("Please take your card from the reader.")
            }
            NoticeBox {
                objectName: "farewellNotice"
                Layout.fillWidth: true
                visible: Citizen.farewell.length > 0
                kind: "good"
                text: Citizen.farewell
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Touch one of the large buttons below. Staff at the service window are happy to help.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            GridLayout {
                objectName: "entryGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: page.portrait ? 1 : 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                EntryTile {
                    objectName: "tile_apply"
                    text: qsTr("Apply")
                    subtitle: qsTr("Apply for one or several services with one form")
                    iconSource: "../icons/apply.svg"
                    tileColor: Theme.tileApply
                    onClicked: page.applyChosen()
                }
                EntryTile {
                    objectName: "tile_track"
                    text: qsTr("Track progress")
                    subtitle: qsTr("Scan your receipt or type its number")
                    iconSource: "../icons/track.svg"
                    tileColor: Theme.tileTrack
                    onClicked: page.trackChosen()
                }
                EntryTile {
                    objectName: "tile_certificates"
                    text: qsTr("E-certificates")
                    subtitle: qsTr("Look up, verify and print your e-certificates")
                    iconSource: "../icons/certificate.svg"
                    tileColor: Theme.tileCertificates
                    onClicked: page.certificatesChosen()
                }
                EntryTile {
                    objectName: "tile_socialsecurity"
                    text: qsTr("Social security")
                    subtitle: qsTr("Contributions, statements and pension certification")
                    iconSource: "../icons/socialsecurity.svg"
                    tileColor: Theme.tileSocialSecurity
                    onClicked: page.socialSecurityChosen()
                }
            }
        }
    }
}
