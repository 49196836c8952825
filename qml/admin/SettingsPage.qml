pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OneWindow.App
import OneWindow.Ui

// The terminal's settings: checked before anything is saved, saved in one audited step.
Pane {
    id: page
    objectName: "settingsPage"
    padding: 16
    // Every control in the admin view's size, not the kiosk's.
    font.pixelSize: Theme.adminFontBody
    background: Rectangle { color: Theme.background }

    readonly property var saved: TerminalSetup.values
    readonly property var problemList: TerminalSetup.problems
    readonly property var levelList: TerminalSetup.levelChoices
    readonly property var printerList: ["", ...TerminalSetup.printers]
    property var levels: []

    Component.onCompleted: page.load()
    Connections {
        target: TerminalSetup
        function onValuesChanged() { page.load() }
    }

    function load() {
        townHall.text = page.saved.townHall
        hallUrl.text = page.saved.hallUrl
        hallCa.text = page.saved.hallCaFile
        page.levels = page.saved.levels
        regions.text = page.saved.regions
        timeout.text = String(page.saved.timeoutSeconds)
        elderly.checked = page.saved.elderlyDefault
        const languages = page.saved.languages
        chinese.checked = languages.indexOf("zh_CN") >= 0
        english.checked = languages.indexOf("en") >= 0
        startLanguage.currentIndex = page.saved.startLanguage === "en" ? 1 : 0
        printer.editText = page.saved.printer
        receiptPrinter.text = page.saved.receiptPrinter
        idReader.text = page.saved.idCardReader
        ssReader.text = page.saved.socialSecurityCardReader
        qrScanner.text = page.saved.qrScanner
    }
    function form() {
        const offered = [...(chinese.checked ? ["zh_CN"] : []), ...(english.checked ? ["en"] : [])]
        return {
            townHall: townHall.text, hallUrl: hallUrl.text, hallCaFile: hallCa.text, levels: page.levels,
            regions: regions.text, timeoutSeconds: timeout.text, elderlyDefault: elderly.checked,
            languages: offered, startLanguage: startLanguage.currentIndex === 1 ? "en" : "zh_CN",
            printer: printer.editText, receiptPrinter: receiptPrinter.text,
            idCardReader: idReader.text, socialSecurityCardReader: ssReader.text,
            qrScanner: qrScanner.text
        }
    }
    function problemFor(key) {
        const found = page.problemList.filter(p => p.key === key)
        return found.length > 0 ? found[0] : null
    }
    // After a refused save: the first problem in view, since the message stands below the form.
    function showFirstProblem() {
        for (const label of [townHallProblem, hallUrlProblem, hallCaProblem, levelsProblem, regionsProblem,
                             timeoutProblem, languagesProblem, printerProblem, receiptProblem, idReaderProblem,
                             ssReaderProblem, qrProblem]) {
            if (label.visible) {
                const y = label.mapToItem(formColumn, 0, 0).y
                scroll.contentItem.contentY = Math.max(0, Math.min(y - 120, formColumn.height - scroll.height))
                return
            }
        }
    }

    component FieldLabel: Label {
        font.pixelSize: Theme.adminFontBody
        Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
    }
    component Problem: Label {
        id: problemLabel
        property string key
        readonly property var problem: page.problemFor(problemLabel.key)
        Layout.columnSpan: 3
        Layout.fillWidth: true
        visible: problem !== null
        text: problem ? problem.message : ""
        color: problem && problem.blocking ? Theme.accent : "#8D6E00"
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.adminFontSmall
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            id: formColumn
            width: scroll.availableWidth
            spacing: 12

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("This terminal")
                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    FieldLabel { text: qsTr("Town hall") }
                    TextField { id: townHall; objectName: "townHallField"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 天河区政务服务中心") }
                    Label { text: qsTr("printed on receipts and notices"); color: Theme.textMuted; font.pixelSize: Theme.adminFontSmall }
                    Problem { id: townHallProblem; key: "terminal.townHall" }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Online service hall")
                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    FieldLabel { text: qsTr("Hall address") }
                    TextField { id: hallUrl; objectName: "hallUrlField"; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: "https://hall.example:8443" }
                    Problem { id: hallUrlProblem; key: "hall.url" }
                    FieldLabel { text: qsTr("Hall CA certificate") }
                    TextField { id: hallCa; objectName: "hallCaField"; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: qsTr("PEM file of the hall's CA") }
                    Problem { id: hallCaProblem; key: "hall.caFile" }
                    FieldLabel { text: qsTr("Terminal certificate") }
                    Label { objectName: "certificateState"; Layout.columnSpan: 2; Layout.fillWidth: true; text: TerminalSetup.certificate; wrapMode: Text.WordWrap }
                    FieldLabel { text: qsTr("Enrol or renew") }
                    TextField { id: terminalId; Layout.fillWidth: true; placeholderText: qsTr("terminal id, e.g. GZ-TH-KIOSK-0007") }
                    RowLayout {
                        Button { text: qsTr("Request certificate"); onClicked: TerminalSetup.createCertificateRequest(terminalId.text, false) }
                        Button { text: qsTr("Renew"); onClicked: TerminalSetup.createCertificateRequest(terminalId.text, true) }
                    }
                    FieldLabel { text: qsTr("Install signed certificate") }
                    TextField { id: signedCertificate; Layout.fillWidth: true; placeholderText: qsTr("signed certificate (PEM)") }
                    RowLayout {
                        TextField { id: signedCa; Layout.preferredWidth: 220; placeholderText: qsTr("hall CA (PEM)") }
                        Button { text: qsTr("Install"); onClicked: TerminalSetup.installCertificate(signedCertificate.text, signedCa.text) }
                    }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("What this terminal offers")
                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    FieldLabel { text: qsTr("Catalog levels") }
                    RowLayout {
                        Layout.columnSpan: 2
                        Repeater {
                            model: page.levelList
                            CheckBox {
                                required property var modelData
                                text: modelData.name
                                id: levelBox
                                checked: page.levels.indexOf(modelData.code) >= 0
                                onToggled: {
                                    page.levels = levelBox.checked ? [...page.levels, levelBox.modelData.code]
                                                                   : page.levels.filter(l => l !== levelBox.modelData.code)
                                    // A click replaces the binding; "Undo changes" needs it back.
                                    levelBox.checked = Qt.binding(() => page.levels.indexOf(levelBox.modelData.code) >= 0)
                                }
                            }
                        }
                        Label { text: qsTr("(none ticked: all levels)"); color: Theme.textMuted; font.pixelSize: Theme.adminFontSmall }
                    }
                    Problem { id: levelsProblem; key: "catalog.levels" }
                    FieldLabel { text: qsTr("Regions") }
                    TextField { id: regions; objectName: "regionsField"; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: qsTr("region codes, e.g. 440000, 440300 (empty: any)") }
                    Problem { id: regionsProblem; key: "catalog.regions" }
                    FieldLabel { text: qsTr("Kiosk timeout (seconds)") }
                    TextField { id: timeout; objectName: "timeoutField"; Layout.preferredWidth: 140; inputMethodHints: Qt.ImhDigitsOnly; validator: IntValidator { bottom: 0; top: 99999 } }
                    Label { text: qsTr("a citizen's session ends after this long without a touch"); color: Theme.textMuted; font.pixelSize: Theme.adminFontSmall }
                    Problem { id: timeoutProblem; key: "kiosk.timeoutSeconds" }
                    FieldLabel { text: qsTr("Elderly mode") }
                    CheckBox { id: elderly; Layout.columnSpan: 2; text: qsTr("start in elderly mode (larger type, fewer choices)") }
                    FieldLabel { text: qsTr("Languages") }
                    RowLayout {
                        Layout.columnSpan: 2
                        CheckBox { id: chinese; text: "中文" }
                        CheckBox { id: english; text: "English" }
                        Label { text: qsTr("start in") }
                        ComboBox { id: startLanguage; model: ["中文", "English"] }
                    }
                    Problem { id: languagesProblem; key: "kiosk.languages" }
                }
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Devices")
                GridLayout {
                    anchors.fill: parent
                    columns: 3
                    FieldLabel { text: qsTr("Document printer") }
                    ComboBox { id: printer; objectName: "printerField"; editable: true; model: page.printerList; Layout.fillWidth: true }
                    Button { text: qsTr("Test print"); onClicked: TerminalSetup.testPrint(printer.editText, false) }
                    Problem { id: printerProblem; key: "devices.printer" }
                    FieldLabel { text: qsTr("Receipt printer") }
                    TextField { id: receiptPrinter; Layout.fillWidth: true; placeholderText: qsTr("queue name, or empty for PDF") }
                    Button { text: qsTr("Test print"); onClicked: TerminalSetup.testPrint(receiptPrinter.text, true) }
                    Problem { id: receiptProblem; key: "devices.receiptPrinter" }
                    FieldLabel { text: qsTr("ID card reader") }
                    TextField { id: idReader; Layout.fillWidth: true; placeholderText: "file:PATH / socket:NAME" }
                    Button { text: qsTr("Test read"); enabled: !TerminalSetup.testing; onClicked: TerminalSetup.testRead(idReader.text, false) }
                    Problem { id: idReaderProblem; key: "devices.idCardReader" }
                    FieldLabel { text: qsTr("Social security card reader") }
                    TextField { id: ssReader; Layout.fillWidth: true; placeholderText: "file:PATH / socket:NAME" }
                    Button { text: qsTr("Test read"); enabled: !TerminalSetup.testing; onClicked: TerminalSetup.testRead(ssReader.text, true) }
                    Problem { id: ssReaderProblem; key: "devices.socialSecurityCardReader" }
                    FieldLabel { text: qsTr("QR code scanner") }
                    TextField { id: qrScanner; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: "file:PATH / socket:NAME" }
                    Problem { id: qrProblem; key: "devices.qrScanner" }
                }
            }

            RowLayout {
                Button {
                    objectName: "checkSettingsButton"
                    text: qsTr("Check")
                    onClicked: if (!TerminalSetup.check(page.form())) page.showFirstProblem()
                }
                Button {
                    objectName: "saveSettingsButton"
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: if (!TerminalSetup.save(page.form())) page.showFirstProblem()
                }
                Button {
                    objectName: "undoSettingsButton"
                    text: qsTr("Undo changes")
                    // The saved values again, and the problems of the values undone go with them.
                    onClicked: TerminalSetup.undo()
                }
            }
            AdminMessage {
                objectName: "settingsMessage"
                Layout.fillWidth: true
                text: TerminalSetup.message
                error: TerminalSetup.messageIsError
            }
        }
    }
}
