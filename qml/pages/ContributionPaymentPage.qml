pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// 城乡居民养老/医保缴费: pick what is due, see the amount, scan the payment code. "Paid" is
// shown only once the hall has confirmed the payment.
Page {
    id: page
    objectName: "contributionPaymentPage"
    signal backRequested()
    property string chosenInsurance
    property var chosenPeriods: []

    background: Rectangle { color: Theme.background }

    function toggle(due) {
        let periods = page.chosenInsurance === due.insuranceCode ? page.chosenPeriods.slice() : []
        const at = periods.indexOf(due.period)
        if (at >= 0)
            periods.splice(at, 1)
        else
            periods.push(due.period)
        page.chosenInsurance = due.insuranceCode
        page.chosenPeriods = periods
        ContributionPayments.startOver()
        if (periods.length > 0)
            ContributionPayments.choose(due.insuranceCode, periods)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        PageTitleBar {
            Layout.fillWidth: true
            title: qsTr("Pay resident contributions")
            holder: SocialSecurity.holderName.length > 0
                    ? qsTr("%1 · ID %2").arg(SocialSecurity.holderName).arg(SocialSecurity.holderId) : ""
            onBackRequested: page.backRequested()
        }
        PayeePicker {
            Layout.fillWidth: true
            visible: ContributionPayments.stage === ContributionPayments.Choosing
            onChanged: page.chosenPeriods = []
        }
        Label {
            Layout.fillWidth: true
            visible: ContributionPayments.stage === ContributionPayments.Choosing
                     && ContributionPayments.dues.length > 0
            text: qsTr("Tap what you want to pay. One insurance at a time.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        // However many periods are due, in any language or type size: the list scrolls rather
        // than pushing the Pay button off the screen or cutting lines short.
        ListView {
            id: duesList
            objectName: "duesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: ContributionPayments.stage === ContributionPayments.Choosing
            clip: true
            spacing: Theme.spacing / 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: duesList.contentHeight > duesList.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            model: visible ? ContributionPayments.dues : []
            delegate: DueCheck {
                required property var modelData
                required property int index
                objectName: "due_" + index
                width: ListView.view.width - Theme.spacing
                text: qsTr("%1 %2: %3 yuan (due by %4)").arg(modelData.insurance).arg(modelData.period)
                      .arg(modelData.amount).arg(modelData.dueBy)
                checked: page.chosenInsurance === modelData.insuranceCode && page.chosenPeriods.indexOf(modelData.period) >= 0
                onClicked: page.toggle(modelData)
            }
        }
        Label {
            objectName: "paymentSummary"
            Layout.fillWidth: true
            visible: ContributionPayments.summary.length > 0
            text: ContributionPayments.summary
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Image {
            objectName: "paymentQr"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 520
            Layout.preferredHeight: 520
            visible: ContributionPayments.qrContent.length > 0
            source: visible ? "image://qr/" + encodeURIComponent(ContributionPayments.qrContent) : ""
            sourceSize.width: 520
            sourceSize.height: 520
            smooth: false
            cache: false
        }
        NoticeBox {
            objectName: "paymentMessage"
            Layout.fillWidth: true
            visible: ContributionPayments.message.length > 0
            kind: ContributionPayments.stage === ContributionPayments.Paid ? "good"
                  : ContributionPayments.stage === ContributionPayments.ShowQr
                    || ContributionPayments.stage === ContributionPayments.Sending ? "note" : "warning"
            text: ContributionPayments.message
        }
        BigButton {
            objectName: "payButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.4
            visible: ContributionPayments.amount.length > 0
                     && (ContributionPayments.stage === ContributionPayments.Choosing
                         || ContributionPayments.stage === ContributionPayments.Sending
                         || ContributionPayments.stage === ContributionPayments.Unconfirmed)
            enabled: !ContributionPayments.busy
            text: ContributionPayments.stage === ContributionPayments.Unconfirmed
                  ? qsTr("Check again") : qsTr("Pay %1 yuan").arg(ContributionPayments.amount)
            onClicked: ContributionPayments.pay()
        }
        BigButton {
            objectName: "printReceiptButton"
            Layout.fillWidth: true
            visible: ContributionPayments.canPrintReceipt
            text: qsTr("Print the receipt")
            onClicked: ContributionPayments.printReceipt()
        }
        NoticeBox {
            objectName: "receiptMessage"
            Layout.fillWidth: true
            visible: ContributionPayments.receiptMessage.length > 0
            kind: "note"
            text: ContributionPayments.receiptMessage
        }
        BigButton {
            Layout.fillWidth: true
            primary: false
            visible: ContributionPayments.stage === ContributionPayments.Paid
                     || ContributionPayments.stage === ContributionPayments.Failed
                     || ContributionPayments.stage === ContributionPayments.Expired
            text: qsTr("Done")
            onClicked: {
                page.chosenPeriods = []
                // The records were read again when the payment was confirmed (C++).
                ContributionPayments.startOver()
                page.backRequested()
            }
        }
        Item { Layout.fillHeight: true; visible: !duesList.visible }
    }
}
