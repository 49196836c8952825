pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The audit log: the newest entries, and whether the whole chain verifies.
Pane {
    id: page
    objectName: "auditPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    Component.onCompleted: AuditTrail.refresh()
    onVisibleChanged: if (visible) AuditTrail.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            // Sized by its wrapped text, never filling the page: at 1366x768 the banner once
            // covered the entries (a label anchored to fill its own height source).
            Rectangle {
                objectName: "auditBanner"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                implicitHeight: verification.height + 20
                radius: 6
                color: AuditTrail.verified ? "#E8F5E9" : "#FDECEA"
                border.color: AuditTrail.verified ? "#2E7D32" : Theme.accent
                Label {
                    id: verification
                    objectName: "auditVerification"
                    x: 10
                    y: 10
                    width: parent.width - 20
                    text: AuditTrail.verification
                    wrapMode: Text.WordWrap
                    font.pixelSize: 17
                    font.bold: true
                }
            }
            Button { objectName: "auditVerify"; Layout.alignment: Qt.AlignTop; text: qsTr("Verify again"); font.pixelSize: 16; onClicked: AuditTrail.refresh() }
        }
        Label {
            text: qsTr("The newest %1 entries").arg(AuditTrail.count)
            font.pixelSize: 16
            color: Theme.textMuted
        }
        ListView {
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AuditTrail
            delegate: RowLayout {
                id: entry
                required property int seq
                required property string at
                required property string actor
                required property string actionText
                required property string subject
                required property string detail
                width: ListView.view.width
                Label { Layout.preferredWidth: 60; Layout.alignment: Qt.AlignTop; text: "#" + entry.seq; font.pixelSize: 14; color: Theme.textMuted }
                Label { Layout.preferredWidth: 190; Layout.alignment: Qt.AlignTop; text: entry.at; font.pixelSize: 14 }
                Label { Layout.preferredWidth: 130; Layout.alignment: Qt.AlignTop; text: entry.actor; font.pixelSize: 14; elide: Text.ElideRight }
                Label { Layout.preferredWidth: 150; Layout.alignment: Qt.AlignTop; text: entry.actionText; font.pixelSize: 14; font.bold: true; wrapMode: Text.WordWrap }
                Label { Layout.preferredWidth: 160; Layout.alignment: Qt.AlignTop; text: entry.subject; font.pixelSize: 14; elide: Text.ElideMiddle }
                // Wrapped, not cut: the detail is what an auditor reads the entry for.
                Label { objectName: "auditDetail"; Layout.fillWidth: true; text: entry.detail; font.pixelSize: 14; wrapMode: Text.Wrap }
            }
            spacing: 2
            ScrollBar.vertical: ScrollBar { }
        }
    }
}
