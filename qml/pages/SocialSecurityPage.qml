pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Social security overview: enrollment per insurance, months paid, gaps, account balances,
// and the way to the history chart, the pension certification, payment and the statement.
Page {
    id: page
    objectName: "socialSecurityPage"
    signal backRequested()
    // A map from the view model; "var" so that QML reads its keys without a declared type.
    readonly property var pension: SocialSecurity.pension
    signal historyRequested()
    signal certificationRequested()
    signal paymentRequested()
    signal statementRequested()

    background: Rectangle { color: Theme.background }
    Component.onCompleted: if (IdentityCheck.recordsOpen) SocialSecurity.refresh()

    Connections {
        target: IdentityCheck
        function onConfirmed() { SocialSecurity.refresh() }
    }

    // The ways on stay in reach under the record, however long it is (and with the citizen's
    // banner above the page).
    footer: Pane {
        objectName: "socialSecurityActions"
        visible: SocialSecurity.state === SocialSecurity.Ready
        padding: Theme.spacing
        background: Rectangle { color: Theme.background }
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            BigButton {
                objectName: "historyButton"
                Layout.fillWidth: true
                text: qsTr("Contribution history")
                enabled: SocialSecurity.chartInsurances.length > 0
                onClicked: page.historyRequested()
            }
            BigButton {
                objectName: "statementButton"
                Layout.fillWidth: true
                text: qsTr("Print a statement")
                onClicked: page.statementRequested()
            }
            BigButton {
                objectName: "certificationButton"
                Layout.fillWidth: true
                visible: page.pension.applies ?? false
                text: qsTr("Pension certification")
                onClicked: page.certificationRequested()
            }
            BigButton {
                objectName: "paymentButton"
                Layout.fillWidth: true
                visible: ContributionPayments.dues.length > 0
                text: qsTr("Pay contributions")
                onClicked: page.paymentRequested()
            }
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

            PageTitleBar {
                Layout.fillWidth: true
                title: qsTr("My social security")
                holder: SocialSecurity.holderName.length > 0
                        ? qsTr("%1 · ID %2").arg(SocialSecurity.holderName).arg(SocialSecurity.holderId) : ""
                onBackRequested: page.backRequested()
            }
            IdentityCheckPanel {
                Layout.fillWidth: true
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: SocialSecurity.state === SocialSecurity.Loading
                visible: running
                implicitWidth: Theme.touchTarget * 1.5
                implicitHeight: implicitWidth
            }
            NoticeBox {
                objectName: "socialSecurityProblem"
                Layout.fillWidth: true
                visible: SocialSecurity.state === SocialSecurity.Problem && IdentityCheck.recordsOpen
                kind: "warning"
                text: SocialSecurity.problem
            }
            BigButton {
                visible: SocialSecurity.state === SocialSecurity.Problem && IdentityCheck.recordsOpen
                text: qsTr("Try again")
                onClicked: SocialSecurity.refresh()
            }
            NoticeBox {
                Layout.fillWidth: true
                visible: SocialSecurity.state === SocialSecurity.Ready && SocialSecurity.enrollments.length === 0
                text: qsTr("The hall lists no insurance for you. If you think this is wrong, please ask at the service window.")
            }
            NoticeBox {
                objectName: "pensionNotice"
                Layout.fillWidth: true
                visible: SocialSecurity.state === SocialSecurity.Ready && (page.pension.urgent ?? false)
                kind: "warning"
                text: page.pension.headline ?? ""
            }
            Repeater {
                objectName: "enrollmentList"
                model: SocialSecurity.enrollments
                delegate: InsuranceCard {
                    Layout.fillWidth: true
                }
            }
            Label {
                Layout.fillWidth: true
                visible: SocialSecurity.accounts.length > 0
                text: qsTr("Personal accounts")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: SocialSecurity.accounts
                delegate: RowLayout {
                    id: account
                    required property var modelData
                    Layout.fillWidth: true
                    Label { Layout.fillWidth: true; text: account.modelData.name; font.pixelSize: Theme.fontBody; color: Theme.text }
                    Label {
                        text: qsTr("%1 yuan (as of %2)").arg(account.modelData.balance).arg(account.modelData.asOf)
                        font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: SocialSecurity.state === SocialSecurity.Ready
                text: qsTr("Personal pension contributions over the years: %1 yuan").arg(SocialSecurity.cumulativePersonal)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: SocialSecurity.transfers
                delegate: Label {
                    id: transfer
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("Record transferred in %1: from %2 to %3").arg(transfer.modelData.month).arg(transfer.modelData.from).arg(transfer.modelData.to)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
