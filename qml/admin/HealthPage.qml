pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Is this terminal well: sync, devices, disk, database, certificates.
Pane {
    id: page
    objectName: "healthPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    readonly property var parkedList: Health.parked
    readonly property var deviceList: Health.devices
    readonly property var certificateList: Health.certificates

    Component.onCompleted: Health.refresh()
    onVisibleChanged: if (visible) Health.refresh()

    component Row2: RowLayout {
        id: row2
        property string label
        property string value
        property bool warning: false
        Layout.fillWidth: true
        Label { Layout.preferredWidth: 260; Layout.alignment: Qt.AlignTop; text: row2.label; font.pixelSize: 16; color: Theme.textMuted }
        Label { Layout.fillWidth: true; Layout.alignment: Qt.AlignTop; text: row2.value; font.pixelSize: 16; wrapMode: Text.WordWrap; color: row2.warning ? Theme.accent : Theme.text; font.bold: row2.warning }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            RowLayout {
                Label {
                    objectName: "healthSummary"
                    Layout.fillWidth: true
                    text: Health.warningCount === 0 ? qsTr("Everything is in order.")
                                                    : qsTr("%n thing(s) need your attention.", "", Health.warningCount)
                    font.pixelSize: 22
                    font.bold: true
                    color: Health.warningCount === 0 ? "#1B5E20" : Theme.accent
                }
                Button { text: qsTr("Look again"); font.pixelSize: 16; onClicked: Health.refresh() }
            }
            Repeater {
                model: Health.attention
                Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "•  " + modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.pixelSize: 17
                    color: Theme.accent
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Sync with the online service hall")
                font.pixelSize: 16
                ColumnLayout {
                    anchors.fill: parent
                    Row2 { label: qsTr("Hall connection"); value: Health.hallConfigured ? (Hall.online ? qsTr("online") : qsTr("offline: cases wait in the queue")) : qsTr("not enrolled: this terminal works offline"); warning: Health.hallConfigured && !Hall.online }
                    Row2 { objectName: "queueDepth"; label: qsTr("Events waiting to be sent"); value: String(Health.queueDepth) }
                    Row2 { label: qsTr("Last successful sync"); value: Health.lastSuccess }
                    Row2 { label: qsTr("Last error"); value: Health.lastError.length > 0 ? Health.lastError : qsTr("none"); warning: Health.lastError.length > 0 }
                    Label { visible: page.parkedList.length > 0; text: qsTr("Set aside by the hall (%1): fix the cause, then send again").arg(page.parkedList.length); font.pixelSize: 16; font.bold: true; color: Theme.accent }
                    Repeater {
                        model: page.parkedList
                        RowLayout {
                            id: parkedRow
                            required property var modelData
                            Layout.fillWidth: true
                            Label { Layout.fillWidth: true; text: parkedRow.modelData.parkedAt + " · " + parkedRow.modelData.code + " · " + parkedRow.modelData.reason; wrapMode: Text.WordWrap; font.pixelSize: 15 }
                            Button { text: qsTr("Send again"); onClicked: Health.retry(parkedRow.modelData.eventId) }
                        }
                    }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Devices")
                font.pixelSize: 16
                ColumnLayout {
                    anchors.fill: parent
                    Repeater {
                        model: page.deviceList
                        Row2 {
                            required property var modelData
                            label: modelData.what
                            value: modelData.state + (modelData.spec.length > 0 ? "  (" + modelData.spec + ")" : "")
                            warning: !modelData.ok
                        }
                    }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Storage")
                font.pixelSize: 16
                ColumnLayout {
                    anchors.fill: parent
                    Row2 { label: qsTr("Disk"); value: Health.diskText; warning: Health.diskLow }
                    Row2 { label: qsTr("Database"); value: Health.databaseText }
                    RowLayout {
                        Label { Layout.preferredWidth: 260; text: qsTr("Integrity"); font.pixelSize: 16; color: Theme.textMuted }
                        Label { objectName: "integrityText"; Layout.fillWidth: true; text: Health.integrityText.length > 0 ? Health.integrityText : qsTr("not checked since OneWindow started"); font.pixelSize: 16; wrapMode: Text.WordWrap; color: Health.integrityText.length > 0 && !Health.integrityOk ? Theme.accent : Theme.text }
                        Button { objectName: "integrityButton"; text: qsTr("Check now"); onClicked: Health.checkIntegrity() }
                    }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Certificates (warned %1 days ahead)").arg(Health.expiryWarningDays)
                font.pixelSize: 16
                ColumnLayout {
                    anchors.fill: parent
                    Label { visible: page.certificateList.length === 0; text: qsTr("No hall certificates are configured."); font.pixelSize: 16; color: Theme.textMuted }
                    Repeater {
                        model: page.certificateList
                        Row2 {
                            required property var modelData
                            label: modelData.what
                            value: (modelData.subject.length > 0 ? modelData.subject + ": " : "") + modelData.state
                            warning: modelData.warning
                        }
                    }
                }
            }
            AdminMessage { Layout.fillWidth: true; text: Health.message; error: Health.messageIsError }
        }
    }
}
