import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// What a signed-in staff member sees: who is signed in, in which role, and the way out; below it
// the back office's inbox and open case, or (for administrators) the administration view.
Page {
    id: page
    objectName: "staffHomePage"

    background: Rectangle { color: Theme.background }

    header: Rectangle {
        implicitHeight: 88
        color: Theme.headerBackground
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 32
            anchors.rightMargin: 24
            spacing: 24
            Label {
                Layout.fillWidth: true
                text: Staff.administration ? qsTr("OneWindow administration")
                                           : qsTr("OneWindow back office")
                color: Theme.textOnPrimary
                font.pixelSize: 28
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "signedInAs"
                text: Staff.department.length > 0
                      ? qsTr("%1 · %2 · %3").arg(Staff.userName).arg(Staff.roleName).arg(Staff.department)
                      : qsTr("%1 · %2").arg(Staff.userName).arg(Staff.roleName)
                color: Theme.textOnPrimary
                font.pixelSize: 20
            }
            BigButton {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                font.pixelSize: 20
                implicitHeight: 56
                onClicked: Staff.signOut()
            }
        }
    }

    BackOfficePane {
        anchors.fill: parent
        visible: !Staff.administration
    }

    Loader {
        anchors.fill: parent
        active: Staff.administration
        sourceComponent: AdminPane { }
    }
}
