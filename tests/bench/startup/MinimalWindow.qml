import QtQuick

Window {
    width: 1080
    height: 1920
    visible: true
    color: "#F3F6FA"
    Text { anchors.centerIn: parent; text: "一门式"; font.pixelSize: 40 }
}
