pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.Ui

// A count per day as bars, with both axes named and as many day labels as fit without
// crowding (a chart's category axis draws every one, which makes 30 days unreadable).
Rectangle {
    id: chart
    // [{label: "12月7日", date: "2026年12月7日", count: 3}, …]
    property var days: []
    property int maxValue: 0
    property string title
    property string valueAxisTitle
    property string dayAxisTitle

    color: Theme.surface
    radius: 8
    border.color: Theme.border

    readonly property int labelSize: 14
    readonly property int ceiling: Math.max(4, chart.maxValue)
    // Whole steps, at most five lines.
    readonly property int step: Math.max(1, Math.ceil(chart.ceiling / 5))
    readonly property int lines: Math.ceil(chart.ceiling / chart.step)
    readonly property real slot: chart.days.length > 0 ? plot.width / chart.days.length : plot.width
    // Every nth day labelled, so that labels keep about 64 px each.
    readonly property int labelEvery: Math.max(1, Math.ceil(64 / Math.max(1, chart.slot)))

    Label {
        id: heading
        objectName: "dayChartTitle"
        anchors { top: parent.top; topMargin: 8; horizontalCenter: parent.horizontalCenter }
        text: chart.title
        font.pixelSize: 16
        font.bold: true
    }
    Label {
        id: valueTitle
        objectName: "dayChartValueTitle"
        anchors { left: parent.left; leftMargin: 10; top: heading.bottom; topMargin: 4 }
        text: chart.valueAxisTitle
        font.pixelSize: chart.labelSize
        color: Theme.textMuted
    }
    Item {
        id: plot
        anchors {
            left: parent.left; leftMargin: 48
            right: parent.right; rightMargin: 16
            top: valueTitle.bottom; topMargin: 8
            bottom: dayTitle.top; bottomMargin: chart.labelSize + 14
        }
        // Value lines with their numbers.
        Repeater {
            model: chart.lines + 1
            Item {
                id: gridLine
                required property int index
                readonly property int value: gridLine.index * chart.step
                y: plot.height - plot.height * gridLine.value / (chart.lines * chart.step)
                width: plot.width
                Rectangle { width: parent.width; height: 1; color: gridLine.index === 0 ? Theme.textMuted : Theme.border }
                Label {
                    anchors { right: parent.left; rightMargin: 6; verticalCenter: parent.top }
                    text: gridLine.value
                    font.pixelSize: chart.labelSize
                    color: Theme.textMuted
                }
            }
        }
        Repeater {
            model: chart.days
            Item {
                id: day
                required property var modelData
                required property int index
                x: day.index * chart.slot
                width: chart.slot
                height: plot.height
                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(2, chart.slot * 0.7)
                    height: plot.height * day.modelData.count / (chart.lines * chart.step)
                    color: "#1565C0"
                }
                Label {
                    visible: day.modelData.count > 0 && chart.slot >= 16
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: plot.height - plot.height * day.modelData.count / (chart.lines * chart.step) - height
                    text: day.modelData.count
                    font.pixelSize: 12
                }
                Label {
                    visible: day.index % chart.labelEvery === 0
                    anchors { horizontalCenter: parent.horizontalCenter; top: parent.bottom; topMargin: 4 }
                    text: day.modelData.label
                    font.pixelSize: chart.labelSize
                    color: Theme.text
                }
            }
        }
    }
    Label {
        id: dayTitle
        objectName: "dayChartDayTitle"
        anchors { bottom: parent.bottom; bottomMargin: 6; horizontalCenter: plot.horizontalCenter }
        text: chart.dayAxisTitle
        font.pixelSize: chart.labelSize
        color: Theme.textMuted
    }
}
