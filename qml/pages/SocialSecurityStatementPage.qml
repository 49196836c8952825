pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// 参保证明: choose the period, see what the statement will say, print it. The printed copy
// carries the full ID number and a QR code the receiver checks at the hall.
Page {
    id: page
    objectName: "statementPage"
    signal backRequested()
    // A map from the view model; "var" so that QML reads its keys without a declared type.
    readonly property var statement: SocialSecurity.statement

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        PageTitleBar {
            Layout.fillWidth: true
            title: qsTr("Social security statement")
            holder: SocialSecurity.holderName.length > 0
                    ? qsTr("%1 · ID %2").arg(SocialSecurity.holderName).arg(SocialSecurity.holderId) : ""
            onBackRequested: page.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Which months should the statement cover?")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: [
                    { code: "all", name: qsTr("All years") },
                    { code: "60", name: qsTr("Last 5 years") },
                    { code: "12", name: qsTr("Last 12 months") }
                ]
                delegate: BigButton {
                    id: choice
                    required property var modelData
                    objectName: "period_" + modelData.code
                    Layout.fillWidth: true
                    primary: SocialSecurity.statementPeriod === modelData.code
                    text: modelData.name
                    onClicked: SocialSecurity.statementPeriod = choice.modelData.code
                }
            }
        }
        Label {
            objectName: "statementPeriodText"
            Layout.fillWidth: true
            text: qsTr("From %1 to %2").arg(page.statement.from ?? "").arg(page.statement.to ?? "")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        YearRow {
            Layout.fillWidth: true
            header: true
            cells: [qsTr("Insurance"), qsTr("Status"), qsTr("Months paid"), qsTr("Personal part (yuan)")]
        }
        Repeater {
            model: page.statement.lines ?? []
            delegate: YearRow {
                required property var modelData
                Layout.fillWidth: true
                cells: [modelData.insurance, modelData.status, modelData.months, modelData.personal]
            }
        }
        NoticeBox {
            objectName: "statementMessage"
            Layout.fillWidth: true
            visible: SocialSecurity.statementMessage.length > 0
            text: SocialSecurity.statementMessage
        }
        BigButton {
            objectName: "printStatementButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.4
            text: qsTr("Print the statement")
            onClicked: SocialSecurity.printStatement()
        }
        Item { Layout.fillHeight: true }
    }
}
