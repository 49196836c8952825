pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
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

    // Whoever is identified, on every page (home, wallet, social security, payment included):
    // who the kiosk serves and the one button that ends it all.
    header: CitizenBanner {}

    StackView {
        id: stack
        objectName: "pageStack"
        // A page left open is a visit in progress: the countdown runs (CitizenDesk decides).
        onDepthChanged: if (Terminal.mode === Terminal.Kiosk) Citizen.setPageOpen(depth > 1)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        // The on-screen keyboard takes the bottom of the screen; the page stays above it.
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        initialItem: Terminal.mode === Terminal.Kiosk ? kioskHome : signIn
    }

    // Qt Virtual Keyboard: the only keyboard a kiosk citizen ever sees.
    InputPanel {
        id: keyboard
        objectName: "inputPanel"
        z: 99
        x: 0
        width: window.width
        y: active ? window.height - height : window.height
    }

    IdleCountdown {}

    // The visit ended (finish, timeout, card removed) or a card replaced the citizen: every page
    // of it goes; the models forget what they held themselves.
    Connections {
        target: Citizen
        enabled: Terminal.mode === Terminal.Kiosk
        function onSessionEnded() {
            Finder.reset()
            stack.replace(null, kioskHome)
        }
    }

    // A receipt held under the QR scanner opens its progress from the home page or the
    // tracking page; in the middle of someone's application the scan is ignored.
    Connections {
        target: Tracking
        enabled: Terminal.mode === Terminal.Kiosk
        function onReceiptScanned(number) {
            // An open tracking page shows the scan itself.
            const top = stack.currentItem
            if (top && top.objectName === "kioskHomePage")
                stack.push(track, { initialNumber: number })
        }
    }

    // Pages that need to know who the citizen is ask for identification first.
    function withCitizen(next, purpose) {
        if (Citizen.active)
            next()
        else
            stack.push(identify, { purpose: purpose, next: next })
    }

    Component {
        id: kioskHome
        KioskHomePage {
            onApplyChosen: {
                Finder.reset()
                stack.push(finder)
            }

            // Case tracking (the kiosk application issue).
            onTrackChosen: stack.push(track)

            // E-certificate wallet (the e-certificates issue).
            onCertificatesChosen: window.withCitizen(() => stack.push(Qt.resolvedUrl("pages/CertificateWalletPage.qml")), qsTr("Your e-certificates are personal: the terminal needs to know who you are."))

            // Social security pages (the social security issue).
            onSocialSecurityChosen: window.withCitizen(() => stack.push(Qt.resolvedUrl("pages/SocialSecurityFlow.qml")), qsTr("Your social security record is personal: the terminal needs to know who you are."))
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
            onApplyRequested: (code) => window.withCitizen(() => {
                if (Application.start(code))
                    stack.push(applicationStart)
            }, qsTr("To apply, the terminal needs to know who you are."))
        }
    }

    Component {
        id: identify
        IdentifyPage {
            property var next: null
            onBackRequested: stack.pop()
            onIdentified: {
                const then = next
                stack.pop()
                if (then)
                    then()
            }
        }
    }

    Component {
        id: applicationStart
        ApplicationStartPage {
            onBackRequested: stack.pop()
            onPrincipalRequested: stack.push(principal)
            onFormRequested: stack.push(applicationForm)
        }
    }

    Component {
        id: principal
        PrincipalPage {
            onBackRequested: stack.pop()
            onDone: stack.pop()
        }
    }

    Component {
        id: applicationForm
        ApplicationFormPage {
            onBackRequested: stack.pop()
            onMaterialsRequested: stack.push(materials)
        }
    }

    Component {
        id: materials
        MaterialsPage {
            onBackRequested: stack.pop()
            // Back from the receipt goes home, never into the filed form.
            onSubmitted: {
                stack.replace(null, kioskHome, {}, StackView.Immediate)
                stack.push(submittedView)
            }
        }
    }

    Component {
        id: submittedView
        SubmittedPage {
            onFinished: Citizen.finish()
        }
    }

    Component {
        id: track
        TrackPage {
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
