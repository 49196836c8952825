
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The administrator's view: one tab per job, each page loaded when first opened.
Item {
    id: root
    objectName: "adminPane"

    TabBar {
        id: tabs
        objectName: "adminTabs"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 8
        Repeater {
            model: [
                { name: "catalogTab", text: qsTr("Catalog") },
                { name: "trustTab", text: qsTr("Trust") },
                { name: "staffTab", text: qsTr("Staff") },
                { name: "settingsTab", text: qsTr("Terminal settings") },
                { name: "healthTab", text: qsTr("Health") },
                { name: "kpiTab", text: qsTr("KPIs") },
                { name: "auditTab", text: qsTr("Audit log") }
            ]
            StaffTabButton {
                required property var modelData
                objectName: modelData.name
                text: modelData.text
            }
        }
    }

    StackLayout {
        anchors.top: tabs.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.topMargin: 4
        currentIndex: tabs.currentIndex

        Loader { active: true; sourceComponent: CatalogAdminPage { } }
        Loader { active: tabs.currentIndex === 1 || item !== null; sourceComponent: TrustPage { } }
        Loader { active: tabs.currentIndex === 2 || item !== null; sourceComponent: StaffPage { } }
        Loader { active: tabs.currentIndex === 3 || item !== null; sourceComponent: SettingsPage { } }
        Loader { active: tabs.currentIndex === 4 || item !== null; sourceComponent: HealthPage { } }
        Loader { active: tabs.currentIndex === 5 || item !== null; sourceComponent: KpiPage { } }
        Loader { active: tabs.currentIndex === 6 || item !== null; sourceComponent: AuditPage { } }
    }
}
