import QtQuick
import QtQuick.Controls.Basic
import OneWindow.App
import OneWindow.Ui

// Shown where a page would show a citizen's records but the citizen only typed an ID number:
// what opens them (the card, or a face check the hall makes), and the face check itself. The
// rule is the session's; this only asks.
// A Column, not a ColumnLayout: the notices wrap to the width the page gives, and a nested
// layout kept the height they had before they were wrapped.
Column {
    id: panel
    objectName: "identityCheckPanel"
    visible: !IdentityCheck.recordsOpen
    spacing: Theme.spacing

    NoticeBox {
        objectName: "identityCheckNotice"
        width: panel.width
        kind: "note"
        text: IdentityCheck.forSomeoneElse
              ? qsTr("The records of the person you apply for are shown only with their ID card on the reader.")
              : qsTr("To see your records, put your ID card on the reader, or let the camera check that it is you. A typed ID number alone is enough to apply for a service.")
    }
    BigButton {
        objectName: "faceCheckButton"
        width: panel.width
        visible: !IdentityCheck.forSomeoneElse
        enabled: IdentityCheck.canTryFace
        text: IdentityCheck.busy ? qsTr("Checking… please look at the camera") : qsTr("Check with the camera")
        onClicked: IdentityCheck.confirmByFace()
        Accessible.onPressAction: if (enabled) IdentityCheck.confirmByFace()
    }
    NoticeBox {
        objectName: "identityCheckProblem"
        width: panel.width
        visible: IdentityCheck.problem.length > 0
        kind: "warning"
        text: IdentityCheck.problem
    }
}
