pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// Staff accounts: who may sign in, in which role and department; every change is audited.
Pane {
    id: page
    objectName: "staffPage"
    padding: 16
    background: Rectangle { color: Theme.background }

    readonly property var roleList: StaffDirectory.roleChoices
    readonly property var departmentList: StaffDirectory.departmentChoices
    property string selectedUser: ""
    property string selectedRole: ""
    property string selectedDepartment: ""
    property bool selectedLocked: false
    property bool selectedDeactivated: false
    property bool selectedSelf: false
    // Shares of the list's width, so that the columns (and the English state) fit at 1366 too.
    readonly property var columnShares: [0.15, 0.14, 0.15, 0.16, 0.22, 0.18]
    function columnWidth(index) {
        return Math.floor((accounts.width - 10 - 5 * 6) * page.columnShares[index])
    }

    Component.onCompleted: StaffDirectory.refresh()
    onVisibleChanged: if (visible) StaffDirectory.refresh()

    function departmentIndex(code) {
        for (let i = 0; i < page.departmentList.length; ++i)
            if (page.departmentList[i].code === code)
                return i
        return -1
    }
    function roleIndex(code) {
        for (let i = 0; i < page.roleList.length; ++i)
            if (page.roleList[i].code === code)
                return i
        return 0
    }

    component RoleBox: ComboBox {
        model: page.roleList
        textRole: "name"
        valueRole: "code"
        font.pixelSize: 16
        implicitWidth: 220
    }
    component DepartmentBox: ComboBox {
        model: page.departmentList
        textRole: "name"
        valueRole: "code"
        font.pixelSize: 16
        implicitWidth: 240
    }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 8
            Label {
                text: qsTr("Staff accounts (%1)").arg(StaffDirectory.count)
                font.pixelSize: 22
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                // Its columns follow the list's width: not the other way round (a polish loop).
                Layout.preferredWidth: 0
                Layout.leftMargin: 10
                spacing: 6
                Repeater {
                    model: [qsTr("User"), qsTr("Real name"), qsTr("Role"), qsTr("Department"), qsTr("State"), qsTr("Last sign-in")]
                    Label {
                        required property string modelData
                        required property int index
                        Layout.preferredWidth: page.columnWidth(index)
                        text: modelData
                        font.pixelSize: 14
                        font.bold: true
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                }
                Item { Layout.fillWidth: true }
            }
            ListView {
                id: accounts
                objectName: "staffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // However many accounts: the list scrolls, the account panel keeps its place.
                Layout.minimumHeight: 96
                Layout.preferredHeight: 96
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: StaffDirectory
                spacing: 2
                delegate: ItemDelegate {
                    id: row
                    required property string userName
                    required property string roleCode
                    required property string roleName
                    required property string department
                    required property string departmentName
                    required property string stateText
                    required property string lastSignIn
                    required property string realName
                    required property bool locked
                    required property bool lockedOut
                    required property bool deactivated
                    required property bool isSelf
                    objectName: "staff_" + userName
                    width: ListView.view.width
                    highlighted: page.selectedUser === userName
                    onClicked: {
                        page.selectedUser = row.userName
                        page.selectedRole = row.roleCode
                        page.selectedDepartment = row.department
                        page.selectedLocked = row.locked || row.lockedOut
                        page.selectedDeactivated = row.deactivated
                        page.selectedSelf = row.isSelf
                        realNameField.text = row.realName
                        roleBox.currentIndex = page.roleIndex(row.roleCode)
                        departmentBox.currentIndex = page.departmentIndex(row.department)
                    }
                    Accessible.onPressAction: row.clicked()
                    // Long texts (English states, department names) wrap rather than being cut.
                    contentItem: RowLayout {
                        spacing: 6
                        Label { Layout.preferredWidth: page.columnWidth(0); text: row.userName + (row.isSelf ? " ★" : ""); font.pixelSize: 15; font.bold: true; elide: Text.ElideRight; color: row.deactivated ? Theme.textMuted : Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(1); text: row.realName; font.pixelSize: 15; wrapMode: Text.Wrap; color: row.deactivated ? Theme.textMuted : Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(2); text: row.roleName; font.pixelSize: 15; wrapMode: Text.WordWrap; color: row.deactivated ? Theme.textMuted : Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(3); text: row.departmentName; font.pixelSize: 15; wrapMode: Text.Wrap; color: row.deactivated ? Theme.textMuted : Theme.text }
                        Label { objectName: "state_" + row.userName; Layout.preferredWidth: page.columnWidth(4); text: row.stateText; font.pixelSize: 15; wrapMode: Text.WordWrap; color: row.locked || row.lockedOut ? Theme.accent : row.deactivated ? Theme.textMuted : Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(5); text: row.lastSignIn; font.pixelSize: 15; wrapMode: Text.WordWrap }
                    }
                }
                ScrollBar.vertical: ScrollBar { policy: accounts.contentHeight > accounts.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            }

            // The chosen account: role, password, lock.
            GroupBox {
                objectName: "selectedAccount"
                Layout.fillWidth: true
                visible: page.selectedUser.length > 0
                title: qsTr("Account %1").arg(page.selectedUser)
                font.pixelSize: 16
                GridLayout {
                    anchors.fill: parent
                    columns: 4
                    columnSpacing: 8
                    Label { text: qsTr("Real name") }
                    TextField {
                        id: realNameField
                        objectName: "realNameField"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        maximumLength: 50
                        placeholderText: qsTr("as on the ID card")
                    }
                    Button {
                        objectName: "saveRealNameButton"
                        text: qsTr("Save name")
                        onClicked: StaffDirectory.setRealName(page.selectedUser, realNameField.text)
                        Accessible.onPressAction: clicked()
                    }
                    Label { text: qsTr("Role") }
                    RoleBox { id: roleBox; objectName: "assignRole" }
                    DepartmentBox { id: departmentBox; enabled: roleBox.currentValue === "reviewer" }
                    Button {
                        objectName: "assignButton"
                        text: qsTr("Change role")
                        onClicked: StaffDirectory.assign(page.selectedUser, roleBox.currentValue,
                                                         departmentBox.currentValue ?? "")
                    }
                    Label { text: qsTr("New password") }
                    TextField { id: resetPassword; echoMode: TextInput.Password; Layout.fillWidth: true; placeholderText: qsTr("at least 10 characters") }
                    TextField { id: resetRepeat; echoMode: TextInput.Password; Layout.fillWidth: true; placeholderText: qsTr("repeat it") }
                    Button {
                        objectName: "resetPasswordButton"
                        text: qsTr("Reset password")
                        onClicked: if (StaffDirectory.resetPassword(page.selectedUser, resetPassword.text, resetRepeat.text)) {
                            resetPassword.clear()
                            resetRepeat.clear()
                        }
                    }
                    Button {
                        objectName: "lockButton"
                        Layout.columnSpan: 2
                        enabled: !page.selectedSelf
                        text: page.selectedLocked ? qsTr("Unlock the account") : qsTr("Lock the account")
                        // Locking takes the person off their work at once: a second step.
                        onClicked: {
                            const user = page.selectedUser
                            const lock = !page.selectedLocked
                            const change = () => {
                                if (StaffDirectory.setLocked(user, lock) && page.selectedUser === user)
                                    page.selectedLocked = lock
                            }
                            if (!lock) {
                                change()
                                return
                            }
                            confirm.ask(qsTr("Lock the account"),
                                        qsTr("Lock the account %1?").arg(user),
                                        qsTr("%1 cannot sign in until an administrator unlocks the account; a session open now ends at its next action. The lock is recorded in the audit log.").arg(user),
                                        qsTr("Lock"), change)
                        }
                    }
                    Button {
                        objectName: "deactivateButton"
                        Layout.columnSpan: 2
                        Layout.alignment: Qt.AlignRight
                        enabled: !page.selectedSelf
                        text: page.selectedDeactivated ? qsTr("Reactivate the account") : qsTr("Deactivate the account")
                        Accessible.onPressAction: clicked()
                        // Deactivating takes the person off their work: a second step. What the
                        // rules refuse (the last administrator) is said without asking.
                        onClicked: {
                            const user = page.selectedUser
                            const deactivate = !page.selectedDeactivated
                            if (!StaffDirectory.mayDeactivate(user, deactivate))
                                return
                            const change = () => {
                                if (StaffDirectory.setDeactivated(user, deactivate) && page.selectedUser === user)
                                    page.selectedDeactivated = deactivate
                            }
                            if (!deactivate) {
                                change()
                                return
                            }
                            confirm.ask(qsTr("Deactivate the account"),
                                        qsTr("Deactivate the account %1?").arg(user),
                                        qsTr("%1 can no longer sign in. The account stays in the list and in the audit log, its user name is not given to anyone else, and it can be reactivated. The change is recorded in the audit log.").arg(user),
                                        qsTr("Deactivate"), change)
                        }
                    }
                }
            }
            AdminMessage {
                objectName: "staffMessage"
                Layout.fillWidth: true
                text: StaffDirectory.message
                error: StaffDirectory.messageIsError
            }
        }

        // A new account; its answers stand by it.
        GroupBox {
            objectName: "addAccount"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.min(420, page.availableWidth * 0.3)
            title: qsTr("Add an account")
            font.pixelSize: 16
            ColumnLayout {
                anchors.fill: parent
                spacing: 8
                Label { text: qsTr("User name (a-z, 0-9, . _ -)") }
                TextField { id: newUser; objectName: "newUserName"; Layout.fillWidth: true }
                Label { text: qsTr("Real name (optional)") }
                TextField { id: newRealName; objectName: "newRealName"; Layout.fillWidth: true; maximumLength: 50; placeholderText: qsTr("as on the ID card") }
                Label { text: qsTr("Role") }
                RoleBox { id: newRole; objectName: "newRole"; Layout.fillWidth: true }
                Label { text: qsTr("Department (reviewers only)"); visible: newRole.currentValue === "reviewer" }
                DepartmentBox { id: newDepartment; objectName: "newDepartment"; Layout.fillWidth: true; visible: newRole.currentValue === "reviewer" }
                Label { text: qsTr("Password") }
                TextField { id: newPassword; objectName: "newPassword"; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("at least 10 characters, two kinds") }
                TextField { id: newRepeat; objectName: "newPasswordRepeat"; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("repeat it") }
                Button {
                    objectName: "addAccountButton"
                    text: qsTr("Add account")
                    highlighted: true
                    onClicked: {
                        if (StaffDirectory.addAccount(newUser.text, newRole.currentValue,
                                                      newDepartment.currentValue ?? "", newPassword.text, newRepeat.text,
                                                      newRealName.text)) {
                            newUser.clear()
                            newRealName.clear()
                            newPassword.clear()
                            newRepeat.clear()
                        }
                    }
                }
                AdminMessage {
                    objectName: "addAccountMessage"
                    Layout.fillWidth: true
                    text: StaffDirectory.formMessage
                    error: StaffDirectory.formMessageIsError
                }
            }
        }
    }

    ConfirmDialog {
        id: confirm
        anchors.centerIn: parent
    }
}
