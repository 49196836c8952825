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

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        InboxPane {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(440, root.width * 0.4)
            onCaseChosen: (caseId) => Dossier.open(caseId)
        }
        CaseDetailPane {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
