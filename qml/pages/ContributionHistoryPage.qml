pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtCharts
import OneWindow.App
import OneWindow.Ui

// Contributions per month over the years for one insurance at a time; months without a
// payment are red bands. Below it, one line per year for the detail.
Page {
    id: page
    objectName: "contributionHistoryPage"
    signal backRequested()
    // A map from the view model; "var" so that QML reads its keys without a declared type.
    readonly property var chart: SocialSecurity.chart

    background: Rectangle { color: Theme.background }

    // Fills the two series from the view model's points: showing, not deciding.
    function redraw() {
        const c = page.chart
        amounts.clear()
        gapLine.clear()
        if (!c.points)
            return
        for (const p of c.points)
            amounts.append(p.x, p.y)
        for (const g of c.gaps) {
            gapLine.append(g.from, 0)
            gapLine.append(g.from, c.maxY)
            gapLine.append(g.to, c.maxY)
            gapLine.append(g.to, 0)
        }
    }
    Component.onCompleted: redraw()
    Connections {
        target: SocialSecurity
        function onChartChanged() { page.redraw() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        PageTitleBar {
            Layout.fillWidth: true
            title: qsTr("Contribution history")
            holder: SocialSecurity.holderName.length > 0
                    ? qsTr("%1 · ID %2").arg(SocialSecurity.holderName).arg(SocialSecurity.holderId) : ""
            onBackRequested: page.backRequested()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: SocialSecurity.chartInsurances
                delegate: BigButton {
                    id: chip
                    required property var modelData
                    objectName: "chart_" + modelData.code
                    primary: SocialSecurity.chartInsurance === modelData.code
                    text: modelData.name
                    onClicked: SocialSecurity.chartInsurance = chip.modelData.code
                }
            }
        }
        ChartView {
            id: chart
            objectName: "contributionChart"
            Layout.fillWidth: true
            Layout.preferredHeight: page.height * 0.42
            antialiasing: true
            legend.visible: false
            title: page.chart.title ?? ""
            titleFont.pixelSize: Theme.fontBody
            titleFont.bold: true
            backgroundColor: Theme.surface

            // ValuesAxis is QValueAxis (ValueAxis) under the name Qt 6.4's qmllint resolves.
            ValuesAxis {
                id: axisX
                min: page.chart.minX ?? 2000
                max: page.chart.maxX ?? 2026
                tickCount: page.chart.tickCount ?? 2
                labelFormat: "%d"
                labelsFont.pixelSize: Theme.fontSmall
            }
            ValuesAxis {
                id: axisY
                min: 0
                max: page.chart.maxY ?? 1000
                tickCount: 5
                labelFormat: "%d"
                labelsFont.pixelSize: Theme.fontSmall
            }
            AreaSeries {
                name: qsTr("Months without a payment")
                axisX: axisX
                axisY: axisY
                color: "#55E53935"
                borderColor: "#C62828"
                borderWidth: 1
                upperSeries: LineSeries { id: gapLine }
            }
            AreaSeries {
                name: qsTr("Monthly contribution")
                axisX: axisX
                axisY: axisY
                color: "#801565C0"
                borderColor: Theme.primary
                borderWidth: 2
                upperSeries: LineSeries { id: amounts }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Red bands: months without a paid contribution.")
            font.pixelSize: Theme.fontSmall
            color: Theme.accent
        }
        YearRow {
            Layout.fillWidth: true
            header: true
            cells: [qsTr("Year"), qsTr("Months paid"), qsTr("Months missing"), qsTr("Total (yuan)")]
        }
        ListView {
            id: table
            objectName: "yearTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: SocialSecurity.yearRows
            delegate: YearRow {
                required property var modelData
                width: ListView.view.width
                cells: [modelData.year, modelData.months, modelData.missing, modelData.total]
                warning: modelData.missing > 0
            }
        }
    }
}
