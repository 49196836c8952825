import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The back office's working screen: the role's inbox on the left, the open case on the right.
Item {
    id: root
    objectName: "backOfficePane"

    Component.onCompleted: Inbox.refresh()

    // Supervisors switch between the cases and the dashboard; other roles see only their cases.
    TabBar {
        id: tabs
        objectName: "backOfficeTabs"
        visible: Staff.supervisor
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.leftMargin: 16
        anchors.topMargin: 8
        StaffTabButton {
            objectName: "casesTab"
            text: qsTr("Cases")
        }
        StaffTabButton {
            objectName: "supervisionTab"
            text: qsTr("Supervision")
        }
    }

    Loader {
        anchors.fill: parent
        anchors.topMargin: tabs.visible ? tabs.height + 8 : 0
        active: Staff.supervisor && tabs.currentIndex === 1
        visible: active
        sourceComponent: SupervisionPane { }
    }

    RowLayout {
        visible: !Staff.supervisor || tabs.currentIndex === 0
        anchors.fill: parent
        anchors.margins: 16
        anchors.topMargin: tabs.visible ? tabs.height + 16 : 16
        spacing: 16

        InboxPane {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(440, root.width * 0.4)
            onCaseChosen: (caseId) => {
                Inbox.selectedCaseId = caseId
                Dossier.open(caseId)
            }
        }
        CaseDetailPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
