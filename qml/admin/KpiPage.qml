pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import OneWindow.App
import OneWindow.Ui

// The town hall's KPIs for a period (the same figures as `onewindowctl report kpi`).
Pane {
    id: page
    objectName: "kpiPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    readonly property var perDayList: Kpi.perDay
    readonly property var ratingList: Kpi.ratings
    readonly property var itemList: Kpi.perItem

    Component.onCompleted: Kpi.refresh()
    onVisibleChanged: if (visible) { Kpi.refresh(); Kpi.rescanMedia() }

    function redraw() {
        ratingPie.clear()
        const tones = ["#1B5E20", "#43A047", "#9E9E9E", "#EF6C00", "#B71C1C"]
        for (let i = 0; i < page.ratingList.length; ++i) {
            const r = page.ratingList[i]
            if (r.count > 0) {
                const slice = ratingPie.append(r.name + " " + r.count, r.count)
                slice.color = tones[i]
                slice.labelVisible = true
            }
        }
    }
    Connections {
        target: Kpi
        function onFiguresChanged() {
            fromField.text = Kpi.from
            toField.text = Kpi.to
            page.redraw()
        }
    }

    component Tile: Rectangle {
        id: tile
        property string label
        property string value
        property string hint
        Layout.fillWidth: true
        implicitHeight: 112
        radius: 8
        color: Theme.surface
        border.color: Theme.border
        Column {
            anchors.centerIn: parent
            width: parent.width - 16
            spacing: 2
            Label { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: tile.value; font.pixelSize: 30; font.bold: true; color: Theme.primary }
            Label { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: tile.label; font.pixelSize: 15; font.bold: true; wrapMode: Text.WordWrap }
            Label { width: parent.width; horizontalAlignment: Text.AlignHCenter; text: tile.hint; font.pixelSize: 12; color: Theme.textMuted; wrapMode: Text.WordWrap }
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
                Label { text: qsTr("Period"); font.pixelSize: 17 }
                TextField { id: fromField; objectName: "kpiFrom"; text: Kpi.from; font.pixelSize: 16; implicitWidth: 140; inputMask: "9999-99-99" }
                Label { text: "—" }
                TextField { id: toField; objectName: "kpiTo"; text: Kpi.to; font.pixelSize: 16; implicitWidth: 140; inputMask: "9999-99-99"; onAccepted: Kpi.setPeriod(fromField.text, toField.text) }
                Button { objectName: "kpiShow"; text: qsTr("Show"); font.pixelSize: 16; onClicked: Kpi.setPeriod(fromField.text, toField.text) }
                Button { text: qsTr("Last 30 days"); font.pixelSize: 16; onClicked: Kpi.lastDays(30) }
                Button { objectName: "kpiThisYear"; text: qsTr("This year"); font.pixelSize: 16; onClicked: Kpi.thisYear() }
                Item { Layout.fillWidth: true }
            }
            // Where the CSV goes: this terminal's folder or a USB stick the administrator takes away.
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label { text: qsTr("Save the CSV in"); font.pixelSize: 16 }
                ComboBox {
                    id: exportFolder
                    objectName: "kpiExportFolder"
                    Layout.preferredWidth: 360
                    font.pixelSize: 16
                    model: Kpi.exportFolders
                    textRole: "name"
                    valueRole: "path"
                }
                Button { objectName: "kpiRescanMedia"; text: qsTr("Look for USB sticks again"); font.pixelSize: 16; onClicked: Kpi.rescanMedia() }
                Button { objectName: "kpiExport"; text: qsTr("Export CSV"); font.pixelSize: 16; enabled: Kpi.ready; onClicked: Kpi.exportCsv(exportFolder.currentValue ?? "") }
                Item { Layout.fillWidth: true }
            }
            AdminMessage { objectName: "kpiMessage"; Layout.fillWidth: true; text: Kpi.message; error: Kpi.messageIsError }
            Label { objectName: "kpiProblem"; Layout.fillWidth: true; visible: Kpi.problem.length > 0; text: Kpi.problem; color: Theme.accent; wrapMode: Text.WordWrap; font.pixelSize: 16 }
            Label { objectName: "kpiNotice"; Layout.fillWidth: true; visible: Kpi.notice.length > 0; text: Kpi.notice; color: "#8A4B00"; wrapMode: Text.WordWrap; font.pixelSize: 16 }

            // No figures are shown but the period's own: after a refusal the old ones go.
            ColumnLayout {
                objectName: "kpiFigures"
                Layout.fillWidth: true
                visible: Kpi.ready
                spacing: 12
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Tile { objectName: "tileFullyOnline"; label: qsTr("Full-process online handling rate"); value: Kpi.fullyOnlineRate; hint: qsTr("filed cases of items done wholly online") }
                    Tile { objectName: "tileOnline"; label: qsTr("Online application rate"); value: Kpi.onlineRate; hint: qsTr("filed cases applied for online") }
                    Tile { objectName: "tileCompletedOnline"; label: qsTr("Online completion rate"); value: Kpi.completedOnlineRate; hint: qsTr("completed cases finished online") }
                    Tile { objectName: "tileVisits"; label: qsTr("Average visits per completed case"); value: Kpi.averageVisits; hint: qsTr("to file, hand in corrections and collect") }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Tile { objectName: "tileFiled"; label: qsTr("Cases filed"); value: String(Kpi.filed) }
                    Tile { objectName: "tileCompleted"; label: qsTr("Cases completed"); value: String(Kpi.completed) }
                    Tile { objectName: "tileOnTime"; label: qsTr("On-time rate (按时办结率)"); value: Kpi.onTimeRate }
                    Tile { objectName: "tileDays"; label: qsTr("Average working days"); value: Kpi.averageDays }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 320
                    DayBarChart {
                        objectName: "kpiPerDay"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 3
                        title: qsTr("Cases filed per day")
                        valueAxisTitle: qsTr("Cases filed")
                        dayAxisTitle: qsTr("Day of filing")
                        days: page.perDayList
                        maxValue: Kpi.maxPerDay
                    }
                    ChartView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 2
                        title: qsTr("Ratings (好差评)")
                        legend.alignment: Qt.AlignBottom
                        antialiasing: true
                        PieSeries { id: ratingPie }
                    }
                }

                Label { text: qsTr("Cases per item"); font.pixelSize: 20; font.bold: true }
                Repeater {
                    model: page.itemList
                    RowLayout {
                        id: itemRow
                        required property var modelData
                        Layout.fillWidth: true
                        Label { Layout.fillWidth: true; text: itemRow.modelData.name + "  ·  " + itemRow.modelData.department; elide: Text.ElideRight; font.pixelSize: 15 }
                        Label { Layout.preferredWidth: 160; text: qsTr("%1 filed").arg(itemRow.modelData.filed); font.pixelSize: 15 }
                        Label { Layout.preferredWidth: 160; text: qsTr("%1 completed").arg(itemRow.modelData.completed); font.pixelSize: 15 }
                    }
                }
                Label { visible: page.itemList.length === 0 && Kpi.ready; text: qsTr("No case was filed or completed in this period."); color: Theme.textMuted; font.pixelSize: 15 }
            }
        }
    }
}
