pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The one form (一表式) for every chosen service; pre-filled fields are locked with their source.
Page {
    id: page
    objectName: "applicationFormPage"
    signal materialsRequested()
    signal backRequested()

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            BigButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("One form for everything")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            // The hall away: the one text that says what it means for this application.
            NoticeBox {
                objectName: "offlineNote"
                Layout.fillWidth: true
                visible: Application.offlineNote.length > 0
                text: Application.offlineNote
            }
            Label {
                objectName: "certificateNote"
                Layout.fillWidth: true
                visible: Application.certificateNote.length > 0
                text: Application.certificateNote
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "prefilledNote"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Application.form.prefilledNote
                font.pixelSize: Theme.fontBody
                color: "#1B5E20"
                wrapMode: Text.WordWrap
            }
            Repeater {
                id: fields
                objectName: "formFields"
                model: Application.form
                delegate: FormFieldEditor {
                    Layout.fillWidth: true
                    onAnswered: (row, answer) => Application.form.setAnswer(row, answer)
                }
            }
            Label {
                objectName: "formProblem"
                Layout.fillWidth: true
                visible: Application.form.problemCount > 0
                text: qsTr("%n answer(s) still need attention (marked in red).", "", Application.form.problemCount)
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "toMaterialsButton"
                Layout.fillWidth: true
                text: qsTr("Next: materials")
                onClicked: {
                    if (Application.form.checkAll()) {
                        page.materialsRequested()
                    } else {
                        const item = fields.itemAt(Application.form.firstProblemRow())
                        if (item)
                            flick.contentY = Math.max(0, Math.min(item.y, flick.contentHeight - flick.height))
                    }
                }
            }
        }
    }
}
