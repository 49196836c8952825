pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The role's inbox: filters, sort order and the cases, most urgent first. Keyboard: Up/Down move,
// Enter opens the case on the right.
Pane {
    id: pane
    objectName: "inboxPane"
    signal caseChosen(string caseId)
    // As var: the choices are JavaScript arrays here, with an "all" entry in front.
    readonly property var itemChoices: Inbox.itemChoices
    readonly property var statusChoices: Inbox.statusChoices
    readonly property var departmentChoices: Inbox.departmentChoices
    padding: 16
    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                objectName: "inboxTitle"
                text: Inbox.title
                font.pixelSize: 22
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                objectName: "inboxCount"
                text: Inbox.overdueCount > 0
                      ? qsTr("%n case(s)", "", Inbox.count) + " · " + qsTr("%n overdue", "", Inbox.overdueCount)
                      : qsTr("%n case(s)", "", Inbox.count)
                font.pixelSize: 16
                color: Inbox.overdueCount > 0 ? "#B71C1C" : Theme.textMuted
            }
            Button {
                objectName: "refreshInbox"
                text: qsTr("Refresh")
                font.pixelSize: 16
                onClicked: Inbox.refresh()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 8
            rowSpacing: 6
            ComboBox {
                id: itemBox
                objectName: "itemFilter"
                Layout.fillWidth: true
                font.pixelSize: 16
                textRole: "name"
                valueRole: "code"
                model: [{ code: "", name: qsTr("All service items") }, ...pane.itemChoices]
                onActivated: Inbox.itemFilter = currentValue
                Accessible.name: qsTr("Service item")
            }
            ComboBox {
                objectName: "statusFilter"
                Layout.fillWidth: true
                font.pixelSize: 16
                textRole: "name"
                valueRole: "code"
                model: [{ code: "", name: qsTr("All statuses") }, ...pane.statusChoices]
                onActivated: Inbox.statusFilter = currentValue
                Accessible.name: qsTr("Status")
            }
            ComboBox {
                objectName: "departmentFilter"
                visible: Inbox.departmentFilterShown
                Layout.fillWidth: true
                font.pixelSize: 16
                textRole: "name"
                valueRole: "code"
                model: [{ code: "", name: qsTr("All departments") }, ...pane.departmentChoices]
                onActivated: Inbox.departmentFilter = currentValue
                Accessible.name: qsTr("Department")
            }
            ComboBox {
                objectName: "sortOrder"
                Layout.fillWidth: true
                font.pixelSize: 16
                textRole: "name"
                valueRole: "code"
                model: [{ code: "daysLeft", name: qsTr("Most urgent first") },
                        { code: "submitted", name: qsTr("Oldest first") },
                        { code: "item", name: qsTr("By service item") },
                        { code: "department", name: qsTr("By department") },
                        { code: "status", name: qsTr("By status") }]
                onActivated: Inbox.sortKey = currentValue
                Accessible.name: qsTr("Sort order")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: Inbox.problem.length > 0
            text: Inbox.problem
            wrapMode: Text.WordWrap
            font.pixelSize: 15
            color: "#8A5A00"
        }

        ListView {
            id: list
            objectName: "inboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: Inbox
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar { }
            Keys.onReturnPressed: if (currentIndex >= 0) pane.caseChosen(Inbox.caseIdAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) pane.caseChosen(Inbox.caseIdAt(currentIndex))
            // Read again (a decision, a pull from the hall, Refresh): the highlight stays on the
            // chosen case wherever it moved, and on nothing when it left this inbox.
            Connections {
                target: Inbox // qmllint disable
                function onSelectionChanged() { list.currentIndex = Inbox.selectedRow }
            }

            delegate: ItemDelegate {
                id: row
                objectName: "inboxRow_" + index
                required property int index
                required property string caseId
                required property string receiptNumber
                required property string itemName
                required property string departmentName
                required property string statusText
                required property string submitted
                required property string daysLeftText
                required property string urgency
                required property string datesText
                readonly property string caseKey: caseId
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = row.index
                    list.forceActiveFocus()
                    pane.caseChosen(row.caseId)
                }
                contentItem: RowLayout {
                    spacing: 12
                    Rectangle {
                        Layout.fillHeight: true
                        implicitWidth: 6
                        radius: 3
                        color: row.urgency === "overdue" ? "#B71C1C"
                             : row.urgency === "amber" ? "#E0A100" : "transparent"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.itemName
                            font.pixelSize: 18
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.receiptNumber + " · " + row.departmentName + " · " + row.submitted
                            font.pixelSize: 14
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: row.datesText
                            font.pixelSize: 14
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.alignment: Qt.AlignRight
                            text: row.statusText
                            font.pixelSize: 15
                            color: Theme.text
                        }
                        UrgencyMarker {
                            Layout.alignment: Qt.AlignRight
                            urgency: row.urgency
                            text: row.daysLeftText
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No cases here.")
                font.pixelSize: 18
                color: Theme.textMuted
            }
        }
    }
}
