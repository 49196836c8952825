pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Whose signatures this terminal accepts: catalog publishers and e-certificate issuers, and the
// certificates revoked here or by the hall.
Pane {
    id: page
    objectName: "trustPage"
    padding: 16
    // Every control on the page in the admin view's size, not the kiosk's.
    font.pixelSize: Theme.adminFontBody
    background: Rectangle { color: Theme.background }

    readonly property var publisherList: Trust.publishers
    readonly property var issuerList: Trust.issuers
    readonly property var revokedList: Trust.revocationList

    Component.onCompleted: Trust.refresh()
    onVisibleChanged: if (visible) Trust.refresh()

    component Heading: Label { font.pixelSize: Theme.adminFontHeading; font.bold: true; Layout.topMargin: 12 }
    component EntryRow: Rectangle {
        id: row
        property string title
        property string fingerprint
        property string note
        property bool warning: false
        property string actionName
        property string actionText: qsTr("Remove")
        signal act()
        Layout.fillWidth: true
        implicitHeight: Math.max(column.implicitHeight, action.implicitHeight) + 16
        radius: 6
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: action.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 10
            spacing: 2
            Label { text: row.title; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
            // Selectable, so that it can be copied and compared with the authority's letter.
            TextEdit {
                objectName: "fingerprint"
                visible: row.fingerprint.length > 0
                Layout.fillWidth: true
                text: qsTr("SHA-256 %1").arg(row.fingerprint)
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.adminFontSmall + 1
                color: Theme.text
            }
            Label { text: row.note; font.pixelSize: Theme.adminFontSmall; color: row.warning ? Theme.accent : Theme.textMuted; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }
        Button {
            id: action
            objectName: row.actionName
            anchors.right: parent.right
            anchors.rightMargin: 10
            anchors.verticalCenter: parent.verticalCenter
            visible: row.actionName.length > 0
            text: row.actionText
            onClicked: row.act()
            Accessible.onPressAction: row.act()
        }
    }
    component AddKey: RowLayout {
        id: addKey
        property string what
        property bool withValidUntil: false
        signal add(string keyId, string file, string validUntil)
        Layout.fillWidth: true
        // Wide enough for a whole key ID such as gd-catalog-unknown-2026 (acceptance 25).
        TextField { id: keyIdField; Layout.preferredWidth: 300; placeholderText: qsTr("key ID") }
        TextField { id: fileField; Layout.fillWidth: true; Layout.minimumWidth: 200; placeholderText: qsTr("public key file (PEM)") }
        TextField {
            id: validUntilField
            visible: addKey.withValidUntil
            Layout.preferredWidth: 260
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
            spacing: 8
            AdminMessage { objectName: "trustMessage"; Layout.fillWidth: true; text: Trust.message; error: Trust.messageIsError }

            Heading { text: qsTr("Catalog publishers"); Layout.topMargin: 0 }
            Repeater {
                model: page.publisherList
                EntryRow {
                    required property var modelData
                    title: modelData.keyId + "  ·  " + modelData.algorithm
                    fingerprint: modelData.fingerprint
                    note: qsTr("trusted since %1 · %2").arg(modelData.added).arg(modelData.expiry)
                    warning: modelData.expiring
                    actionName: "remove_" + modelData.keyId
                    onAct: confirm.ask(qsTr("Stop trusting a publisher"),
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

            Heading { text: qsTr("E-certificate issuers") }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "trustListFetched"
                    Layout.fillWidth: true
                    text: Trust.trustListFetched
                    wrapMode: Text.WordWrap
                }
                Button {
                    objectName: "fetchTrustListButton"
                    text: Trust.fetching ? qsTr("Fetching…") : qsTr("Fetch trust list now")
                    enabled: Trust.canFetchTrustList && !Trust.fetching
                    onClicked: Trust.fetchTrustList()
                    Accessible.onPressAction: Trust.fetchTrustList()
                }
            }
            // What an old or missing list means for the citizens' certificates.
            Label {
                objectName: "trustListAge"
                visible: Trust.trustListStale
                Layout.fillWidth: true
                text: Trust.trustListAge
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.adminFontSmall
                color: Trust.trustListStale ? Theme.accent : Theme.textMuted
            }
            Repeater {
                model: page.issuerList
                EntryRow {
                    required property var modelData
                    title: modelData.keyId + "  ·  " + modelData.algorithm
                    fingerprint: modelData.fingerprint
                    note: modelData.source + " · " + modelData.expiry
                    actionName: modelData.fromHall ? "" : "remove_" + modelData.keyId
                    onAct: confirm.ask(qsTr("Stop trusting an issuer"),
                                       qsTr("Stop trusting e-certificate issuer key %1?").arg(modelData.keyId),
                                       qsTr("E-certificates signed with this key no longer verify as genuine on this terminal, so citizens must bring paper instead. The change is recorded in the audit log."),
                                       qsTr("Stop trusting"), () => Trust.removeIssuer(modelData.keyId))
                }
            }
            AddKey { what: qsTr("Trust issuer"); onAdd: (keyId, file) => Trust.addIssuer(keyId, file) }

            Heading { text: qsTr("Revoked certificates (%1)").arg(Trust.revocations) }
            Label {
                visible: page.revokedList.length === 0
                text: qsTr("No certificate is revoked on this terminal.")
                color: Theme.textMuted
            }
            Repeater {
                model: page.revokedList
                EntryRow {
                    required property var modelData
                    objectName: "revoked_" + modelData.certNumber
                    title: qsTr("Certificate %1 · issuer key %2").arg(modelData.certNumber).arg(modelData.keyId)
                    note: qsTr("revoked %1 · %2").arg(modelData.when).arg(modelData.source)
                    // The hall's revocations are lifted at the hall: its next list brings them back.
                    actionName: modelData.fromHall ? "" : "lift_" + modelData.certNumber
                    actionText: qsTr("Lift")
                    onAct: confirm.ask(qsTr("Lift a revocation"),
                                       qsTr("Lift the revocation of certificate %1 of issuer key %2?").arg(modelData.certNumber).arg(modelData.keyId),
                                       qsTr("The certificate verifies as genuine again on this terminal. The change is recorded in the audit log."),
                                       qsTr("Lift revocation"), () => Trust.liftRevocation(modelData.keyId, modelData.certNumber))
                }
            }
            RowLayout {
                Layout.fillWidth: true
                TextField { id: revokeKeyId; objectName: "revokeKeyIdField"; Layout.preferredWidth: 300; placeholderText: qsTr("issuer key ID") }
                TextField { id: revokeNumber; objectName: "revokeNumberField"; Layout.fillWidth: true; Layout.minimumWidth: 200; placeholderText: qsTr("certificate number, as printed") }
                Button {
                    objectName: "revokeButton"
                    text: qsTr("Revoke")
                    function ask() {
                        const keyId = revokeKeyId.text.trim()
                        const number = revokeNumber.text.trim()
                        if (!Trust.canRevoke(keyId, number))
                            return
                        confirm.ask(qsTr("Revoke a certificate"),
                                    qsTr("Revoke certificate %1 of issuer key %2?").arg(number).arg(keyId),
                                    qsTr("The certificate verifies as revoked on this terminal from now on, and citizens must bring paper instead. The revocation can be lifted here later. The change is recorded in the audit log."),
                                    qsTr("Revoke"), () => {
                                        if (Trust.revoke(keyId, number)) {
                                            revokeKeyId.clear()
                                            revokeNumber.clear()
                                        }
                                    })
                    }
                    onClicked: ask()
                    Accessible.onPressAction: ask()
                }
            }
        }
    }

    ConfirmDialog {
        id: confirm
        anchors.centerIn: parent
    }
}
