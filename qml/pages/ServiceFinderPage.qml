pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The service finder (找事项): type Chinese, full pinyin or initials, or pick a theme. The
// search and its ranking are in services/; this page shows the answer on every keystroke.
Page {
    id: page
    objectName: "serviceFinderPage"
    signal backRequested()
    signal itemChosen(string code)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
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
            Label {
                Layout.fillWidth: true
                text: qsTr("Find a service")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
        }

        TextField {
            id: search
            objectName: "finderSearch"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            // The typed text and the placeholder sit clear of the border, as on the home page.
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            font.pixelSize: Theme.fontLarge
            placeholderText: qsTr("Name, pinyin or initials, e.g. sbk for 社保卡")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: Finder.query
            onTextEdited: Finder.query = text
            enabled: Finder.hasCatalog
        }

        Flow {
            objectName: "themeChips"
            Layout.fillWidth: true
            spacing: 12
            // Elderly mode, once something is typed: the results get the screen (a chosen theme
            // stays shown, so its filter is never hidden).
            visible: Finder.hasCatalog
                     && !(Theme.elderly && Finder.query.length > 0 && Finder.theme.length === 0)
            Repeater {
                model: Finder.themes
                delegate: Button {
                    id: chip
                    required property var modelData
                    readonly property bool selected: Finder.theme === modelData.name
                    objectName: "theme_" + modelData.name
                    implicitHeight: Math.round(Theme.touchTarget * 0.7)
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: modelData.label
                    font.pixelSize: Theme.fontSmall
                    contentItem: Text {
                        text: chip.text
                        font: chip.font
                        color: chip.selected ? Theme.textOnPrimary : Theme.primary
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: chip.selected ? Theme.primary : Theme.surface
                        border.color: Theme.primary
                        border.width: 2
                    }
                    onClicked: Finder.theme = selected ? "" : modelData.name
                }
            }
        }

        ComboBox {
            id: departmentBox
            objectName: "departmentFilter"
            Layout.fillWidth: true
            implicitHeight: Math.round(Theme.touchTarget * 0.8)
            // Elderly mode keeps to the search box and the themes: one way fewer to get lost.
            visible: Finder.hasCatalog && !Theme.elderly
            font.pixelSize: Theme.fontBody
            textRole: "name"
            valueRole: "code"
            model: Finder.departmentChoices
            onActivated: Finder.department = currentValue
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(Finder.department))
        }

        Label {
            objectName: "finderHint"
            Layout.fillWidth: true
            visible: !Finder.hasCatalog || Finder.count === 0
            text: !Finder.hasCatalog
                  ? qsTr("No service catalog is loaded on this terminal yet. Please ask at the service window.")
                  : (Finder.problem.length > 0 ? Finder.problem
                     : (Finder.query.length > 0 || Finder.theme.length > 0 || Finder.department.length > 0)
                       ? qsTr("Nothing found. Try fewer characters, the pinyin initials, or a theme.")
                       : qsTr("Type what you need, or pick a theme above."))
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        ListView {
            id: results
            objectName: "finderResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: Finder
            delegate: ItemDelegate {
                id: row
                required property string code
                required property string name
                required property string department
                required property int promisedDays
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 24)
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: row.down ? "#E3EAF3" : Theme.surface
                    border.color: Theme.border
                }
                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.promisedDays > 0
                              ? qsTr("%1 · done within %n working day(s)", "", row.promisedDays).arg(row.department)
                              : qsTr("%1 · done on the spot").arg(row.department)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
                onClicked: page.itemChosen(row.code)
            }
        }

        // Elderly mode: a few results per screen, and big buttons to the others.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: Finder.hasPrevious || Finder.moreCount > 0
            BigButton {
                objectName: "previousChoices"
                Layout.fillWidth: true
                primary: false
                enabled: Finder.hasPrevious
                text: qsTr("Previous")
                onClicked: Finder.previousChoices()
            }
            BigButton {
                objectName: "nextChoices"
                Layout.fillWidth: true
                primary: false
                enabled: Finder.moreCount > 0
                text: qsTr("%n more", "", Finder.moreCount)
                onClicked: Finder.nextChoices()
            }
        }
    }
}
