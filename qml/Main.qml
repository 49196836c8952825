pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import OneWindow.App
import OneWindow.Ui

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1080
    height: 1920
    visible: false
    title: qsTr("OneWindow")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: Terminal.mode === Terminal.Kiosk ? kioskHome : signIn
    }

    Component {
        id: kioskHome
        KioskHomePage {
            onApplyChosen: {
                Finder.reset()
                stack.push(finder)
            }

            // Case tracking (the kiosk application issue).
            onTrackChosen: stack.push(comingSoon, { title: qsTr("Track progress") })

            // E-certificate wallet (the e-certificates issue).
            onCertificatesChosen: stack.push(comingSoon, { title: qsTr("E-certificates") })

            // Social security pages (the social security issue).
            onSocialSecurityChosen: stack.push(Qt.resolvedUrl("pages/SocialSecurityFlow.qml"))
        }
    }

    Component {
        id: finder
        ServiceFinderPage {
            onBackRequested: stack.pop()
            onItemChosen: (code) => stack.push(serviceItem, { item: Finder.item(code) })
        }
    }

    Component {
        id: serviceItem
        ServiceItemPage {
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: signIn
        SignInPage { }
    }

    Component {
        id: staffHome
        StaffHomePage { }
    }

    // Signing in and out (or an idle session ending) swaps the whole page: nothing of the
    // previous staff member's screen stays behind.
    Connections {
        target: Staff
        enabled: Terminal.mode !== Terminal.Kiosk
        function onSessionChanged() {
            stack.replace(null, Staff.signedIn ? staffHome : signIn)
        }
    }

    Component {
        id: comingSoon
        ComingSoonPage {
            onBackRequested: stack.pop()
        }
    }
}
