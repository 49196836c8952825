pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Loading a signed catalog: choose the file (typed, or from a USB stick), see its verification,
// validation report and changes, apply it; the versions kept, with rollback.
Pane {
    id: page
    objectName: "catalogAdminPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    readonly property var mediaList: CatalogAdmin.mediaFolders
    readonly property var issueList: CatalogAdmin.issues
    readonly property var changeList: CatalogAdmin.changes
    readonly property var versionList: CatalogAdmin.versions
    readonly property string stage: CatalogAdmin.stageCode
    property string mediaFolder: ""
    property var mediaFiles: []

    function chooseMedia(folder) {
        page.mediaFolder = folder
        page.mediaFiles = folder.length > 0 ? CatalogAdmin.catalogFiles(folder) : []
    }

    Component.onCompleted: {
        CatalogAdmin.refreshVersions()
        CatalogAdmin.rescanMedia()
    }

    // The active version's row, for saying what a rollback replaces.
    function activeVersion() {
        for (let i = 0; i < page.versionList.length; ++i)
            if (page.versionList[i].active)
                return page.versionList[i]
        return null
    }

    function confirmRollback(version) {
        const active = page.activeVersion()
        confirm.ask(qsTr("Roll back the catalog"),
                    qsTr("Make version %1 (catalog %2, %3 items) active again?")
                        .arg(version.versionId).arg(version.catalogVersion).arg(version.itemCount),
                    (active ? qsTr("It replaces version %1 (catalog %2, %3 items) on every page of this terminal at once. ")
                                  .arg(active.versionId).arg(active.catalogVersion).arg(active.itemCount) : "")
                        + qsTr("Cases already filed keep the items they were filed under. The rollback is recorded in the audit log."),
                    qsTr("Roll back"),
                    () => CatalogAdmin.rollback(version.versionId))
    }

    function requestApply() {
        if (CatalogAdmin.olderThan.length === 0) {
            CatalogAdmin.apply()
            return
        }
        confirm.ask(qsTr("Apply an older catalog"),
                    qsTr("This catalog is older than the active catalog %1. Go back to it?").arg(CatalogAdmin.olderThan),
                    qsTr("Citizens will see the older items at once, and the newer catalog stays in the versions list. Going back is recorded in the audit log as an older catalog applied on purpose."),
                    qsTr("Apply the older catalog"),
                    () => CatalogAdmin.apply(true))
    }

    ConfirmDialog {
        id: confirm
        anchors.centerIn: parent
    }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        // Left: choose a file, then what the check found.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 10

            Label {
                text: qsTr("Load a catalog")
                font.pixelSize: 22
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A catalog is only loaded with its signature (the .sig file next to it) from a publisher this terminal trusts. Checking changes nothing.")
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: fileField
                    objectName: "catalogFileField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Catalog file, e.g. /media/usb0/catalog-2026-12.json")
                    font.pixelSize: 16
                    selectByMouse: true
                    onAccepted: CatalogAdmin.preview(text, signatureField.text)
                }
                TextField {
                    id: signatureField
                    objectName: "signatureFileField"
                    Layout.preferredWidth: 260
                    placeholderText: qsTr("Signature (default: FILE.sig)")
                    font.pixelSize: 16
                    selectByMouse: true
                }
                Button {
                    objectName: "checkCatalogButton"
                    text: qsTr("Check")
                    font.pixelSize: 16
                    enabled: !CatalogAdmin.busy && fileField.text.length > 0
                    onClicked: CatalogAdmin.preview(fileField.text, signatureField.text)
                }
            }

            // Removable media: the catalog files on each stick, one click to check.
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Removable media:")
                    font.pixelSize: 16
                }
                Repeater {
                    model: page.mediaList
                    Button {
                        required property var modelData
                        text: modelData.name
                        font.pixelSize: 15
                        highlighted: page.mediaFolder === modelData.path
                        onClicked: page.chooseMedia(modelData.path)
                    }
                }
                Label {
                    visible: page.mediaList.length === 0
                    text: qsTr("none found — insert a USB stick")
                    font.pixelSize: 15
                    color: Theme.textMuted
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Look again")
                    font.pixelSize: 15
                    onClicked: {
                        CatalogAdmin.rescanMedia()
                        page.chooseMedia(page.mediaList.some(m => m.path === page.mediaFolder) ? page.mediaFolder : "")
                    }
                }
            }
            Repeater {
                model: page.mediaFiles
                RowLayout {
                    id: mediaRow
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: mediaRow.modelData.name + "  (" + mediaRow.modelData.size + ")"
                              + (mediaRow.modelData.signed ? "" : "  " + qsTr("— no signature file"))
                        font.pixelSize: 15
                        elide: Text.ElideMiddle
                    }
                    Button {
                        text: qsTr("Check")
                        font.pixelSize: 15
                        enabled: !CatalogAdmin.busy
                        onClicked: {
                            fileField.text = mediaRow.modelData.path
                            CatalogAdmin.preview(mediaRow.modelData.path, "")
                        }
                    }
                }
            }

            // Drawn here rather than with the Basic style's ProgressBar, whose indeterminate
            // animation leaves scene-graph nodes behind in Qt 6.4 (LeakSanitizer reports them).
            Rectangle {
                id: progressTrack
                objectName: "catalogProgress"
                Layout.fillWidth: true
                implicitHeight: 8
                radius: 4
                visible: CatalogAdmin.busy
                color: Theme.border
                clip: true
                Rectangle {
                    id: progressFill
                    height: parent.height
                    radius: 4
                    color: Theme.primary
                    width: CatalogAdmin.progress < 0 ? parent.width / 4 : parent.width * CatalogAdmin.progress
                    SequentialAnimation on x {
                        running: progressTrack.visible && CatalogAdmin.progress < 0
                        loops: Animation.Infinite
                        NumberAnimation { from: -progressFill.width; to: progressTrack.width; duration: 1200 }
                    }
                }
                Binding {
                    target: progressFill
                    property: "x"
                    value: 0
                    when: CatalogAdmin.progress >= 0
                }
            }
            Label {
                visible: CatalogAdmin.busy
                text: CatalogAdmin.progressText
                font.pixelSize: 15
            }

            Rectangle {
                objectName: "verificationBox"
                Layout.fillWidth: true
                visible: CatalogAdmin.verification.length > 0
                implicitHeight: verificationText.implicitHeight + 24
                radius: 6
                color: CatalogAdmin.verified && page.issueList.length === 0 ? "#E8F5E9" : "#FDECEA"
                border.color: CatalogAdmin.verified && page.issueList.length === 0 ? "#2E7D32" : Theme.accent
                Label {
                    id: verificationText
                    objectName: "verificationText"
                    anchors.fill: parent
                    anchors.margins: 12
                    text: (CatalogAdmin.fileName.length > 0 ? CatalogAdmin.fileName + ": " : "") + CatalogAdmin.verification
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                }
            }
            Label {
                objectName: "catalogSummary"
                Layout.fillWidth: true
                visible: text.length > 0
                text: CatalogAdmin.summary
                font.pixelSize: 17
                font.bold: true
                wrapMode: Text.WordWrap
            }
            AdminMessage {
                objectName: "catalogMessage"
                Layout.fillWidth: true
                text: CatalogAdmin.message
                error: page.stage === "failed"
            }

            // The validation report: every problem with its place in the file.
            ListView {
                objectName: "issueList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.issueList.length > 0
                clip: true
                model: page.issueList
                spacing: 4
                // Plain text: the path and message quote the file, which may hold markup.
                delegate: Column {
                    id: issueRow
                    required property var modelData
                    width: ListView.view.width
                    Label {
                        width: issueRow.width
                        text: issueRow.modelData.path
                        textFormat: Text.PlainText
                        font.pixelSize: 15
                        font.bold: true
                        elide: Text.ElideMiddle
                    }
                    Label {
                        width: issueRow.width
                        text: issueRow.modelData.message
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.pixelSize: 15
                    }
                }
                ScrollBar.vertical: ScrollBar { }
            }
            // The changes against the active catalog.
            ListView {
                objectName: "changeList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: page.issueList.length === 0 && page.changeList.length > 0
                clip: true
                model: page.changeList
                delegate: ColumnLayout {
                    id: changeRow
                    required property var modelData
                    width: ListView.view.width
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.preferredWidth: 80
                            text: changeRow.modelData.kind === "added" ? qsTr("added")
                                  : changeRow.modelData.kind === "removed" ? qsTr("removed") : qsTr("changed")
                            color: changeRow.modelData.kind === "added" ? "#2E7D32"
                                   : changeRow.modelData.kind === "removed" ? Theme.accent : "#EF6C00"
                            font.pixelSize: 15
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: changeRow.modelData.code + "  " + changeRow.modelData.name
                                  + (changeRow.modelData.fields.length > 0 && changeRow.modelData.values.length === 0
                                     ? "  (" + changeRow.modelData.fields + ")" : "")
                            elide: Text.ElideRight
                            font.pixelSize: 15
                        }
                    }
                    // Old → new for each changed field, so that a change can be judged before it
                    // is applied.
                    Repeater {
                        model: changeRow.modelData.values
                        Label {
                            id: valueRow
                            required property var modelData
                            objectName: "catalogChangeValue"
                            Layout.fillWidth: true
                            Layout.leftMargin: 88
                            text: qsTr("%1: %2 → %3").arg(valueRow.modelData.field, valueRow.modelData.before, valueRow.modelData.after)
                            wrapMode: Text.Wrap
                            font.pixelSize: 14
                            color: Theme.textMuted
                        }
                    }
                }
                ScrollBar.vertical: ScrollBar { }
            }
            Item {
                Layout.fillHeight: true
                visible: page.issueList.length === 0 && page.changeList.length === 0
            }
            RowLayout {
                Button {
                    objectName: "applyCatalogButton"
                    text: qsTr("Apply this catalog")
                    font.pixelSize: 17
                    highlighted: true
                    enabled: page.stage === "previewed"
                    onClicked: page.requestApply()
                }
                Button {
                    text: qsTr("Clear")
                    font.pixelSize: 17
                    enabled: !CatalogAdmin.busy
                    onClicked: {
                        fileField.text = ""
                        signatureField.text = ""
                        CatalogAdmin.reset()
                    }
                }
            }
        }

        // Right: every version applied here; the active one marked.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: 8
            Label {
                text: qsTr("Versions")
                font.pixelSize: 22
                font.bold: true
            }
            ListView {
                objectName: "versionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.versionList
                spacing: 6
                delegate: Rectangle {
                    id: versionRow
                    required property var modelData
                    objectName: "version_" + modelData.versionId
                    width: ListView.view.width
                    implicitHeight: versionColumn.implicitHeight + 16
                    radius: 6
                    color: modelData.active ? "#E3F2FD" : Theme.surface
                    border.color: modelData.active ? Theme.primary : Theme.border
                    ColumnLayout {
                        id: versionColumn
                        anchors.left: parent.left
                        anchors.right: rollbackButton.left
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: 10
                        Label {
                            text: qsTr("Version %1 · %2").arg(versionRow.modelData.versionId).arg(versionRow.modelData.catalogVersion)
                                  + (versionRow.modelData.active ? "  " + qsTr("(active)") : "")
                            font.pixelSize: 16
                            font.bold: true
                        }
                        Label {
                            text: qsTr("%1 items · %2 · key %3").arg(versionRow.modelData.itemCount)
                                      .arg(versionRow.modelData.importedAt).arg(versionRow.modelData.keyId)
                            font.pixelSize: 14
                            color: Theme.textMuted
                        }
                    }
                    Button {
                        id: rollbackButton
                        objectName: "rollback_" + versionRow.modelData.versionId
                        anchors.right: parent.right
                        anchors.rightMargin: 10
                        anchors.verticalCenter: parent.verticalCenter
                        visible: !versionRow.modelData.active
                        enabled: !CatalogAdmin.busy
                        text: qsTr("Roll back to this")
                        font.pixelSize: 15
                        onClicked: page.confirmRollback(versionRow.modelData)
                    }
                }
            }
        }
    }
}
