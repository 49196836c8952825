pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Whose signatures this terminal accepts: catalog publishers and e-certificate issuers.
Pane {
    id: page
    objectName: "trustPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    readonly property var publisherList: Trust.publishers
    readonly property var issuerList: Trust.issuers

    Component.onCompleted: Trust.refresh()
    onVisibleChanged: if (visible) Trust.refresh()

    component KeyRow: Rectangle {
        id: keyRow
        property string keyId
        property string algorithm
        property string fingerprint
        property string note
        property bool warning: false
        property bool removable: true
        signal remove()
        Layout.fillWidth: true
        implicitHeight: keyColumn.implicitHeight + 16
        radius: 6
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: keyColumn
            anchors.left: parent.left
            anchors.right: removeButton.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 10
            Label { text: keyRow.keyId + "  ·  " + keyRow.algorithm; font.pixelSize: 16; font.bold: true }
            Label { text: qsTr("SHA-256 %1").arg(keyRow.fingerprint); font.pixelSize: 14; font.family: "monospace" }
            Label { text: keyRow.note; font.pixelSize: 13; color: keyRow.warning ? Theme.accent : Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
        Button {
            id: removeButton
            objectName: "remove_" + keyRow.keyId
            anchors.right: parent.right
            anchors.rightMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            visible: keyRow.removable
            text: qsTr("Remove")
            onClicked: keyRow.remove()
        }
    }
    component AddKey: RowLayout {
        id: addKey
        property string what
        property bool withValidUntil: false
        signal add(string keyId, string file, string validUntil)
        Layout.fillWidth: true
        TextField { id: keyIdField; Layout.preferredWidth: 220; placeholderText: qsTr("key ID") }
        TextField { id: fileField; Layout.fillWidth: true; placeholderText: qsTr("public key file (PEM)") }
        TextField {
            id: validUntilField
            visible: addKey.withValidUntil
            Layout.preferredWidth: 340
            placeholderText: qsTr("last valid day (optional)")
            inputMethodHints: Qt.ImhDate
        }
        Button {
            text: addKey.what
            onClicked: {
                addKey.add(keyIdField.text, fileField.text, validUntilField.text)
                if (!Trust.messageIsError) {
                    keyIdField.clear()
                    fileField.clear()
                    validUntilField.clear()
                }
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            AdminMessage { Layout.fillWidth: true; text: Trust.message; error: Trust.messageIsError }

            Label { text: qsTr("Catalog publishers"); font.pixelSize: 22; font.bold: true }
            Repeater {
                model: page.publisherList
                KeyRow {
                    required property var modelData
                    keyId: modelData.keyId
                    algorithm: modelData.algorithm
                    fingerprint: modelData.fingerprint
                    note: qsTr("trusted since %1 · %2").arg(modelData.added).arg(modelData.expiry)
                    warning: modelData.expiring
                    onRemove: confirm.ask(qsTr("Stop trusting a publisher"),
                                          qsTr("Stop trusting catalog publisher key %1?").arg(modelData.keyId),
                                          qsTr("Catalogs signed with this key are refused from now on, and the versions it signed can no longer be rolled back to. The active catalog stays. The change is recorded in the audit log."),
                                          qsTr("Stop trusting"), () => Trust.removePublisher(modelData.keyId))
                }
            }
            AddKey {
                what: qsTr("Trust publisher")
                withValidUntil: true
                onAdd: (keyId, file, validUntil) => Trust.addPublisher(keyId, file, validUntil)
            }

            Label { text: qsTr("E-certificate issuers"); font.pixelSize: 22; font.bold: true; Layout.topMargin: 12 }
            Label {
                objectName: "trustListAge"
                Layout.fillWidth: true
                text: Trust.trustListAge + " " + qsTr("%n certificate(s) revoked.", "", Trust.revocations)
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                color: Trust.trustListStale ? Theme.accent : Theme.text
            }
            Repeater {
                model: page.issuerList
                KeyRow {
                    required property var modelData
                    keyId: modelData.keyId
                    algorithm: modelData.algorithm
                    fingerprint: modelData.fingerprint
                    note: modelData.source + " · " + modelData.expiry
                    removable: !modelData.fromHall
                    onRemove: confirm.ask(qsTr("Stop trusting an issuer"),
                                          qsTr("Stop trusting e-certificate issuer key %1?").arg(modelData.keyId),
                                          qsTr("E-certificates signed with this key no longer verify as genuine on this terminal, so citizens must bring paper instead. The change is recorded in the audit log."),
                                          qsTr("Stop trusting"), () => Trust.removeIssuer(modelData.keyId))
                }
            }
            AddKey { what: qsTr("Trust issuer"); onAdd: (keyId, file) => Trust.addIssuer(keyId, file) }
        }
    }

    ConfirmDialog {
        id: confirm
        anchors.centerIn: parent
    }
}
