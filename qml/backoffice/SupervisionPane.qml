pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import OneWindow.App
import OneWindow.Ui

// The supervisor's dashboard (效能监督): headline figures, backlog per department, cases per
// day, the 好差评 distribution, the overdue list and the follow-ups of poor ratings, with the CSV
// export. Every figure comes from the services; this only draws.
Pane {
    id: pane
    objectName: "supervisionPane"
    padding: 16
    background: Rectangle { color: Theme.background }

    Component.onCompleted: Supervision.refresh()
    // As var: JavaScript arrays here.
    readonly property var backlogList: Supervision.backlog
    readonly property var perDayList: Supervision.perDay
    readonly property var ratingList: Supervision.ratings
    readonly property var itemBacklogList: Supervision.backlogByItem

    function redraw() {
        backlogSet.values = pane.backlogList.map(b => b.openCases)
        tasksSet.values = pane.backlogList.map(b => b.openTasks)
        backlogAxis.categories = pane.backlogList.map(b => b.name)
        backlogValues.max = Math.max(4, ...pane.backlogList.map(b => Math.max(b.openCases, b.openTasks))) + 1
        daySet.values = pane.perDayList.map(d => d.count)
        dayAxis.categories = pane.perDayList.map(d => d.day)
        dayValues.max = Math.max(4, Supervision.maxPerDay + 1)
        ratingPie.clear()
        const tones = ["#1B5E20", "#43A047", "#9E9E9E", "#EF6C00", "#B71C1C"]
        for (let i = 0; i < pane.ratingList.length; ++i) {
            const r = pane.ratingList[i]
            if (r.count > 0) {
                const slice = ratingPie.append(r.name + " " + r.count, r.count)
                slice.color = tones[i]
                slice.labelVisible = true
            }
        }
    }
    Connections {
        target: Supervision
        function onFiguresChanged() { pane.redraw() }
    }

    component Figure: Rectangle {
        id: figure
        property string label
        property string value
        property color tone: Theme.text
        Layout.fillWidth: true
        implicitHeight: 96
        radius: 8
        color: Theme.surface
        border.color: Theme.border
        Column {
            anchors.centerIn: parent
            spacing: 4
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: figure.value
                font.pixelSize: 30
                font.bold: true
                color: figure.tone
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: figure.label
                font.pixelSize: 15
                color: Theme.textMuted
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
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: qsTr("Period")
                    font.pixelSize: 17
                }
                TextField {
                    id: fromField
                    objectName: "periodFrom"
                    text: Supervision.from
                    font.pixelSize: 16
                    implicitWidth: 140
                    inputMask: "9999-99-99"
                }
                Label { text: "—" }
                TextField {
                    id: toField
                    objectName: "periodTo"
                    text: Supervision.to
                    font.pixelSize: 16
                    implicitWidth: 140
                    inputMask: "9999-99-99"
                    onAccepted: Supervision.setPeriod(fromField.text, toField.text)
                }
                Button {
                    objectName: "applyPeriod"
                    text: qsTr("Show")
                    font.pixelSize: 16
                    onClicked: Supervision.setPeriod(fromField.text, toField.text)
                }
                Button {
                    text: qsTr("Last 7 days")
                    font.pixelSize: 16
                    onClicked: Supervision.lastDays(7)
                }
                Button {
                    text: qsTr("Last 30 days")
                    font.pixelSize: 16
                    onClicked: Supervision.lastDays(30)
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "exportCsv"
                    text: qsTr("Export CSV")
                    font.pixelSize: 16
                    highlighted: true
                    onClicked: Supervision.exportCsv()
                }
            }
            Label {
                objectName: "supervisionMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Supervision.problem.length > 0 ? Supervision.problem : Supervision.message
                color: Supervision.problem.length > 0 ? "#B71C1C" : Theme.textMuted
                wrapMode: Text.WordWrap
                font.pixelSize: 16
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Figure {
                    objectName: "onTimeRate"
                    label: qsTr("On-time rate (按时办结率)")
                    value: Supervision.onTimeRate
                }
                Figure {
                    label: qsTr("Average working days to complete")
                    value: Supervision.averageDays
                }
                Figure {
                    label: qsTr("Completed in the period")
                    value: Supervision.completed
                }
                Figure {
                    label: qsTr("Open cases now")
                    value: Supervision.openCases
                }
                Figure {
                    objectName: "overdueFigure"
                    label: qsTr("Past the committed date (承诺时限) now")
                    value: Supervision.overdueCount
                    tone: Supervision.overdueCount > 0 ? "#B71C1C" : Theme.text
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                ChartView {
                    objectName: "backlogChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 320
                    title: qsTr("Backlog per department")
                    titleFont.pixelSize: 17
                    titleFont.bold: true
                    antialiasing: true
                    legend.alignment: Qt.AlignBottom
                    legend.font.pixelSize: 13
                    BarSeries {
                        objectName: "backlogSeries"
                        axisX: BarCategoryAxis {
                            id: backlogAxis
                            objectName: "backlogAxisX"
                            labelsFont.pixelSize: 14
                            titleText: qsTr("Department")
                            titleFont.pixelSize: 14
                        }
                        axisY: ValuesAxis {
                            id: backlogValues
                            objectName: "backlogAxisY"
                            min: 0; max: 5; labelFormat: "%d"; tickCount: 6
                            labelsFont.pixelSize: 14
                            titleText: qsTr("Cases")
                            titleFont.pixelSize: 14
                        }
                        BarSet { id: backlogSet; label: qsTr("Open cases"); color: Theme.primary }
                        BarSet { id: tasksSet; label: qsTr("Open review tasks"); color: "#E0A100" }
                    }
                }
                ChartView {
                    objectName: "ratingChart"
                    Layout.preferredWidth: 460
                    Layout.preferredHeight: 320
                    title: qsTr("Service ratings (好差评)")
                    titleFont.pixelSize: 17
                    titleFont.bold: true
                    antialiasing: true
                    legend.visible: false
                    PieSeries { id: ratingPie; size: 0.6 }
                    Label {
                        anchors.centerIn: parent
                        visible: pane.ratingList.every(r => r.count === 0)
                        text: qsTr("No ratings in this period yet.")
                        font.pixelSize: 16
                        color: Theme.textMuted
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: Supervision.ratingNote
                font.pixelSize: 15
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            ChartView {
                objectName: "perDayChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 320
                title: qsTr("Cases filed per day")
                titleFont.pixelSize: 17
                titleFont.bold: true
                antialiasing: true
                legend.visible: false
                BarSeries {
                    objectName: "perDaySeries"
                    // Upright labels while they fit; a long period tilts them rather than
                    // shrinking them below a readable size.
                    axisX: BarCategoryAxis {
                        id: dayAxis
                        objectName: "perDayAxisX"
                        labelsFont.pixelSize: 14
                        labelsAngle: pane.perDayList.length > 16 ? -45 : 0
                        titleText: qsTr("Day filed (month-day)")
                        titleFont.pixelSize: 14
                    }
                    axisY: ValuesAxis {
                        id: dayValues
                        objectName: "perDayAxisY"
                        min: 0; max: 5; labelFormat: "%d"; tickCount: 5
                        labelsFont.pixelSize: 14
                        titleText: qsTr("Cases filed")
                        titleFont.pixelSize: 14
                    }
                    BarSet { id: daySet; label: qsTr("Filed"); color: Theme.primary }
                }
            }

            Label {
                text: qsTr("Backlog per service item")
                font.pixelSize: 19
                font.bold: true
                color: Theme.primary
            }
            Repeater {
                objectName: "itemBacklog"
                model: pane.itemBacklogList.slice(0, 10)
                Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1 (%2): %n open case(s)", "", modelData.openCases)
                          .arg(modelData.name).arg(modelData.department)
                    font.pixelSize: 16
                    color: Theme.text
                }
            }

            Label {
                text: qsTr("Cases past their committed date")
                font.pixelSize: 19
                font.bold: true
                color: Theme.primary
            }
            Label {
                objectName: "overdueRule"
                Layout.fillWidth: true
                text: qsTr("Counted as in the inbox: against the committed date (承诺时限), the one the kiosk and the receipt told the applicant. The legal limit (法定时限) is the outer bound, shown beside it.")
                font.pixelSize: 15
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "overdueList"
                model: Supervision.overdue
                Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: "⚠ " + qsTr("%1 · %2 · %3 · %4")
                          .arg(modelData.receiptNumber).arg(modelData.itemName)
                          .arg(modelData.department).arg(modelData.dates)
                    font.pixelSize: 16
                    color: "#B71C1C"
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                visible: Supervision.overdue.length === 0
                text: qsTr("No case is past its committed date.")
                font.pixelSize: 16
                color: "#1B5E20"
            }

            Label {
                text: qsTr("On-time rate per department")
                font.pixelSize: 19
                font.bold: true
                color: Theme.primary
            }
            Repeater {
                model: Supervision.completionByDepartment
                Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("%1: %2 completed, %3 on time (%4), %5 working days on average")
                          .arg(modelData.name).arg(modelData.completed).arg(modelData.onTime)
                          .arg(modelData.rate).arg(modelData.averageDays)
                    font.pixelSize: 16
                    color: Theme.text
                }
            }

            Label {
                text: qsTr("Follow-ups of poor ratings")
                font.pixelSize: 19
                font.bold: true
                color: Theme.primary
            }
            Repeater {
                model: Supervision.followUps
                RowLayout {
                    id: followUp
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3 · due %4").arg(followUp.modelData.receiptNumber)
                              .arg(followUp.modelData.level).arg(followUp.modelData.departments)
                              .arg(followUp.modelData.dueOn)
                        font.pixelSize: 16
                        color: followUp.modelData.overdue ? "#B71C1C" : Theme.text
                        wrapMode: Text.WordWrap
                    }
                    TextField {
                        id: resolution
                        Layout.preferredWidth: 360
                        placeholderText: qsTr("What was done (required)")
                        font.pixelSize: 15
                    }
                    Button {
                        text: qsTr("Close follow-up")
                        font.pixelSize: 15
                        onClicked: Supervision.closeFollowUp(followUp.modelData.groupId, resolution.text)
                    }
                }
            }
            Label {
                visible: Supervision.followUps.length === 0
                text: qsTr("No open follow-ups.")
                font.pixelSize: 16
                color: Theme.textMuted
            }
        }
    }
}
