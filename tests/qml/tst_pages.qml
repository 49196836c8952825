import QtQuick
import QtTest
import OneWindow.App
import OneWindow.Ui

// Self-test: every page and component of the module loads without errors. The TestCase sits
// inside a sized Item: input events reach only items under a visual root of the window.
Item {
    id: root
    width: 1080
    height: 1920

TestCase {
    id: testCase
    name: "Pages"
    when: windowShown

    Component { id: kioskHome; KioskHomePage { anchors.fill: parent } }
    Component { id: comingSoon; ComingSoonPage { anchors.fill: parent; title: "办事" } }
    Component { id: signIn; SignInPage { anchors.fill: parent } }
    Component { id: staffHome; StaffHomePage { anchors.fill: parent } }
    Component { id: finderPage; ServiceFinderPage { anchors.fill: parent } }
    Component { id: itemPage; ServiceItemPage { anchors.fill: parent } }
    Component { id: walletPage; CertificateWalletPage { anchors.fill: parent } }
    Component { id: certificatePage; CertificateDetailPage { anchors.fill: parent } }
    Component { id: socialSecurityPage; SocialSecurityPage { anchors.fill: parent } }
    Component { id: pensionPage; PensionCertificationPage { anchors.fill: parent } }
    Component { id: paymentPage; ContributionPaymentPage { anchors.fill: parent } }
    Component { id: statementPage; SocialSecurityStatementPage { anchors.fill: parent } }
    Component {
        id: tile
        EntryTile {
            width: 600; height: 240
            text: "办事"; subtitle: "一张表单"; iconSource: "qrc:/qt/qml/OneWindow/Ui/icons/apply.svg"
            tileColor: "#1565C0"
        }
    }

    function test_pageLoads_data() {
        return [
            { tag: "KioskHomePage", component: kioskHome },
            { tag: "ComingSoonPage", component: comingSoon },
            { tag: "SignInPage", component: signIn },
            { tag: "StaffHomePage", component: staffHome },
            { tag: "ServiceFinderPage", component: finderPage },
            { tag: "ServiceItemPage", component: itemPage },
            { tag: "CertificateWalletPage", component: walletPage },
            { tag: "CertificateDetailPage", component: certificatePage },
            { tag: "SocialSecurityPage", component: socialSecurityPage },
            { tag: "PensionCertificationPage", component: pensionPage },
            { tag: "ContributionPaymentPage", component: paymentPage },
            { tag: "SocialSecurityStatementPage", component: statementPage },
            { tag: "EntryTile", component: tile },
        ]
    }

    function test_pageLoads(data) {
        const page = createTemporaryObject(data.component, root)
        verify(page, data.tag + " was created")
        verify(page.width > 0 && page.height > 0)
    }

    function test_tileIsClickable() {
        const t = createTemporaryObject(tile, root)
        let clicks = 0
        t.clicked.connect(() => clicks++)
        waitForRendering(t)
        mouseClick(t)
        compare(clicks, 1)
    }

    function test_homeOffersFourEntries() {
        const page = createTemporaryObject(kioskHome, root)
        const chosen = []
        page.applyChosen.connect(() => chosen.push("apply"))
        page.trackChosen.connect(() => chosen.push("track"))
        page.certificatesChosen.connect(() => chosen.push("certificates"))
        page.socialSecurityChosen.connect(() => chosen.push("socialsecurity"))
        waitForRendering(page)
        for (const name of ["tile_apply", "tile_track", "tile_certificates", "tile_socialsecurity"]) {
            const t = findChild(page, name)
            verify(t, name)
            mouseClick(t)
        }
        compare(chosen, ["apply", "track", "certificates", "socialsecurity"])
    }

    function test_signInNeedsBothFields() {
        const page = createTemporaryObject(signIn, root)
        const button = findChild(page, "signInButton")
        verify(!button.enabled, "sign-in is disabled while the fields are empty")
        findChild(page, "userNameField").text = "clerk"
        verify(!button.enabled)
        findChild(page, "passwordField").text = "secret"
        verify(button.enabled)
    }

    function test_unknownUserGetsTheServicesAnswer() {
        const page = createTemporaryObject(signIn, root)
        findChild(page, "userNameField").text = "nobody.here"
        findChild(page, "passwordField").text = "whatever-it-is"
        mouseClick(findChild(page, "signInButton"))
        const message = findChild(page, "signInMessage")
        tryVerify(() => message.visible, 10000)
        verify(message.text.indexOf("用户名或密码错误") >= 0, message.text)
        compare(findChild(page, "passwordField").text, "", "the password does not linger")
    }
    function test_socialSecurityWithoutAConfirmedCitizenShowsNothing() {
        // Nobody confirmed at the terminal: no query is made, the page says what opens the
        // record (the card, or the face check, which needs the hall), nothing is printable.
        const page = createTemporaryObject(socialSecurityPage, root)
        const panel = findChild(page, "identityCheckPanel")
        tryVerify(() => panel.visible)
        verify(findChild(page, "identityCheckNoticeText").text.length > 0)
        verify(!findChild(page, "socialSecurityProblem").visible)
        verify(!findChild(page, "statementButton").visible, "nothing to print")
        verify(!findChild(page, "faceCheckButton").enabled, "no session: nothing to check")
    }
    function test_finderWithoutACatalogSaysSo() {
        const page = createTemporaryObject(finderPage, root)
        const hint = findChild(page, "finderHint")
        verify(hint.visible)
        verify(hint.text.indexOf("事项目录") >= 0, hint.text)
        verify(!findChild(page, "finderSearch").enabled)
    }
}
}
