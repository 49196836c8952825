pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The citizen's e-certificates (电子证照), grouped by type, each with its verification outcome.
// Looking up needs the hall; verification is done here with the cached trust list. The page
// finds its own way back and to the details through its StackView.
Page {
    id: page
    objectName: "certificateWalletPage"
    signal backRequested()
    signal certificateChosen(int row)

    onBackRequested: StackView.view.pop()
    onCertificateChosen: (row) => StackView.view.push(detailPage, { row: row })

    Component {
        id: detailPage
        CertificateDetailPage {
            onBackRequested: StackView.view.pop()
        }
    }

    background: Rectangle { color: Theme.background }
    // The model loads when the records may be shown: now, or once a card or the face check
    // confirms who is there.
    Component.onCompleted: Wallet.shown = true
    Component.onDestruction: Wallet.shown = false

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            BigButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("My e-certificates")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                // Made smaller to fit the row, never elided: English in elderly mode is longer
                // than the row.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "refreshButton"
                primary: false
                text: qsTr("Refresh")
                visible: IdentityCheck.recordsOpen
                enabled: !Wallet.loading
                onClicked: Wallet.refresh()
            }
        }
        IdentityCheckPanel {
            Layout.fillWidth: true
        }
        Label {
            objectName: "walletHolder"
            visible: IdentityCheck.recordsOpen
            Layout.fillWidth: true
            text: qsTr("Certificates issued to %1, checked on this terminal").arg(Wallet.holder)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "walletTrustAge"
            Layout.fillWidth: true
            text: Wallet.trustAge
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Rectangle {
            objectName: "walletProblem"
            Layout.fillWidth: true
            visible: Wallet.problem.length > 0 && IdentityCheck.recordsOpen
            implicitHeight: problemText.implicitHeight + 32
            radius: Theme.radius / 2
            color: "#FFF4E5"
            border.color: "#8A5A00"
            border.width: 2
            Label {
                id: problemText
                anchors.fill: parent
                anchors.margins: 16
                text: (Wallet.needsHall ? "⚠ " : "") + Wallet.problem
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
        Label {
            Layout.fillWidth: true
            visible: Wallet.loading
            text: qsTr("Looking up your certificates at the online service hall…")
            font.pixelSize: Theme.fontLarge
            color: Theme.primary
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: !Wallet.loading && Wallet.count === 0 && Wallet.problem.length === 0
                     && IdentityCheck.recordsOpen
            text: qsTr("No e-certificates were found for you.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "walletList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: Wallet
            // Sorted by type in the model; the first card of a type carries the type's heading.
            delegate: CertificateCard {
                id: card
                width: list.width
                onClicked: page.certificateChosen(card.index)
            }
        }
    }
}
