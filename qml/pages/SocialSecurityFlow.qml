pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import OneWindow.Ui

// The social security pages as one stop on the kiosk's stack: the overview first, the history,
// certification, payment and statement pages on top of it; Back from the overview leaves.
Page {
    id: flow
    objectName: "socialSecurityFlow"
    background: Rectangle { color: Theme.background }

    StackView {
        id: pages
        objectName: "socialSecurityStack"
        anchors.fill: parent
        initialItem: overview
    }

    Component {
        id: overview
        SocialSecurityPage {
            onBackRequested: flow.StackView.view.pop()
            onHistoryRequested: pages.push(history)
            onCertificationRequested: pages.push(certification)
            onPaymentRequested: pages.push(payment)
            onStatementRequested: pages.push(statement)
        }
    }
    Component {
        id: history
        ContributionHistoryPage { onBackRequested: pages.pop() }
    }
    Component {
        id: certification
        PensionCertificationPage { onBackRequested: pages.pop() }
    }
    Component {
        id: payment
        ContributionPaymentPage { onBackRequested: pages.pop() }
    }
    Component {
        id: statement
        SocialSecurityStatementPage { onBackRequested: pages.pop() }
    }
}
