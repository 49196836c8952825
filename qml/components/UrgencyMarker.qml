import QtQuick
import QtQuick.Controls.Basic

// How urgent a case is by its legal clock: red when overdue, amber past 60% of its time. Always a
// symbol and words as well as the colour, so it reads without colour too.
Rectangle {
    id: marker
    property string urgency: "normal" // overdue, amber, normal, unknown
    property string text: ""

    readonly property color tone: urgency === "overdue" ? "#B71C1C"
                                : urgency === "amber" ? "#8A5A00"
                                : urgency === "unknown" ? "#4A5568" : "#1B5E20"
    readonly property string symbol: urgency === "overdue" ? "⚠" : urgency === "amber" ? "◔"
                                   : urgency === "unknown" ? "?" : "●"

    implicitWidth: label.implicitWidth + 20
    implicitHeight: label.implicitHeight + 8
    radius: 6
    color: urgency === "overdue" ? "#FDECEA" : urgency === "amber" ? "#FFF4DC"
         : urgency === "unknown" ? "#EDF0F4" : "#EAF5EA"
    border.color: tone
    border.width: urgency === "normal" ? 0 : 2

    Label {
        id: label
        anchors.centerIn: parent
        text: marker.symbol + " " + marker.text
        font.pixelSize: 16
        font.bold: marker.urgency !== "normal"
        color: marker.tone
    }
}
