pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// One service item: what it is, who handles it, how long it takes, what it costs, which
// materials it needs and which e-certificates stand in for them.
Page {
    id: page
    objectName: "serviceItemPage"
    property var item: ({})
    signal backRequested()
    signal applyRequested(string code)

    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BigButton {
                    objectName: "backButton"
                    primary: false
                    text: qsTr("Back")
                    onClicked: page.backRequested()
                }
                Item { Layout.fillWidth: true }
                BigButton {
                    objectName: "applyButton"
                    text: qsTr("Apply for this")
                    onClicked: page.applyRequested(page.item.code)
                }
            }
            Label {
                objectName: "itemName"
                Layout.fillWidth: true
                text: page.item.name ?? ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 8
                Label { text: qsTr("Handled by"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: page.item.department ?? ""; font.pixelSize: Theme.fontBody; color: Theme.text; wrapMode: Text.WordWrap }
                Label { text: qsTr("Time limit"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label {
                    objectName: "itemTimeLimit"
                    Layout.fillWidth: true
                    text: (page.item.promisedDays ?? 0) > 0
                          ? qsTr("%n working day(s) (by law at most %1)", "", page.item.promisedDays).arg(page.item.legalDays)
                          : qsTr("On the spot")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label { text: qsTr("Fee"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: page.item.fee ?? ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                Label { text: qsTr("Done online"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: page.item.online ?? ""; font.pixelSize: Theme.fontBody; color: Theme.text; wrapMode: Text.WordWrap }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Materials")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Repeater {
                objectName: "itemMaterials"
                model: page.item.materials ?? []
                delegate: Rectangle {
                    id: material
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: materialText.implicitHeight + 32
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: materialText
                        anchors.fill: parent
                        anchors.margins: 16
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: material.modelData.required ? material.modelData.name
                                                              : qsTr("%1 (if it applies)").arg(material.modelData.name)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: material.modelData.certificates.length > 0
                            text: qsTr("No paper needed with an e-certificate: %1").arg(material.modelData.certificates)
                            font.pixelSize: Theme.fontSmall
                            color: "#2E7D32"
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }
}
