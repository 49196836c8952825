import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Bottom line of the kiosk: the date and time, where to get help, the terminal's version.
ToolBar {
    implicitHeight: Math.max(Theme.touchTarget, help.implicitHeight + 12)
    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Label {
            id: clock
            objectName: "clock"
            font.pixelSize: Theme.fontBody
            color: Theme.text
            // The town hall's time in the page's language, from C++ (the machine may run in UTC);
            // read again when the language changes.
            text: Languages.language.length > 0 ? Terminal.now() : ""
            Timer {
                interval: 15000
                running: true
                repeat: true
                onTriggered: clock.text = Terminal.now()
            }
            Connections {
                target: Languages
                function onLanguageChanged() { clock.text = Terminal.now() }
            }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            id: help
            objectName: "footerHelp"
            text: qsTr("Need help? Ask at the service window or call 12345")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            // On more lines when it does not fit on one (English, elderly mode), never cut.
            wrapMode: Text.WordWrap
            maximumLineCount: 3
        }
        // Applications filed here that the hall has not received: said plainly while there are any.
        Label {
            objectName: "hallWaiting"
            visible: Hall.waitingApplications > 0
            text: qsTr("%n application(s) waiting to be sent", "", Hall.waitingApplications)
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
        }
        // Discreet on purpose: a citizen can file while offline; the case goes out later.
        Row {
            objectName: "hallIndicator"
            spacing: 8
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 14; height: 14; radius: 7
                color: Hall.connecting ? "#F9A825" : Hall.online ? "#2E7D32" : "#9E9E9E"
            }
            Label {
                objectName: "hallIndicatorText"
                text: Hall.connecting ? qsTr("Connecting…")
                                      : Hall.online ? qsTr("Online") : qsTr("Offline")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        Label {
            text: qsTr("Version %1").arg(Terminal.version)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
