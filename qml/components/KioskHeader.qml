import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Title bar of the kiosk: who serves here, language switch and elderly mode switch.
ToolBar {
    id: header
    // Grows with a title on two lines, never below the touch target's band.
    implicitHeight: Math.max(Theme.touchTarget * 1.6, titles.implicitHeight + 16)
    background: Rectangle { color: Theme.headerBackground }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Image {
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            source: "../icons/emblem.svg"
            sourceSize.width: width
            sourceSize.height: height
        }
        ColumnLayout {
            id: titles
            Layout.fillWidth: true
            spacing: 2
            // Two lines rather than a cut title: English and elderly mode are longer than Chinese.
            Label {
                objectName: "headerTitle"
                Layout.fillWidth: true
                text: qsTr("One-window Government Services")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                // Smaller rather than cut where two lines are not enough (English elderly mode).
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.fontSmall
                // Room for two lines only where the title needs them (the Chinese title is short).
                Layout.preferredHeight: Theme.fontLarge * (Languages.language === "zh_CN" ? 1.4 : 2.4)
                verticalAlignment: Text.AlignBottom
            }
            Label {
                objectName: "headerSubtitle"
                Layout.fillWidth: true
                text: qsTr("Guangdong Online Service Hall · self-service terminal")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 2
            }
        }

        Repeater {
            model: Languages.languages
            delegate: Button {
                id: languageButton
                required property string modelData
                objectName: "language_" + modelData
                visible: modelData !== Languages.language
                text: Languages.nativeName(modelData)
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget * 0.8
                Accessible.name: qsTr("Switch language to %1").arg(text)
                onClicked: Languages.setLanguage(modelData)
                contentItem: Text {
                    text: languageButton.text
                    font: languageButton.font
                    color: Theme.textOnPrimary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: languageButton.down ? "#33FFFFFF" : "transparent"
                    border.color: Theme.textOnPrimary
                    border.width: 2
                }
            }
        }

        Button {
            id: elderlyButton
            objectName: "elderlyModeSwitch"
            checkable: true
            checked: Preferences.elderlyMode
            text: Preferences.elderlyMode ? qsTr("Standard mode") : qsTr("Elderly mode")
            font.pixelSize: Theme.fontBody
            font.bold: true
            implicitHeight: Theme.touchTarget * 0.8
            Accessible.name: text
            onToggled: Preferences.elderlyMode = checked
            contentItem: Text {
                text: elderlyButton.text
                font: elderlyButton.font
                color: Theme.elderly ? Theme.headerBackground : Theme.textOnPrimary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: height / 2
                color: Theme.elderly ? "#FFD54F" : "transparent"
                border.color: Theme.elderly ? "#FFD54F" : Theme.textOnPrimary
                border.width: 2
            }
        }
    }
}
