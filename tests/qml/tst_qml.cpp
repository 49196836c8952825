// Runs tests/qml/tst_*.qml with the terminal-wide singletons provided as the terminal does.
#include "qmlsingletons.h"

#include <QQmlEngine>

#include <memory>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OneWindow_AppPlugin)
Q_IMPORT_QML_PLUGIN(OneWindow_UiPlugin)

class QmlTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Created here, not in the constructor: the translator needs the application object,
        // which quick_test_main creates after this setup object.
        if (!m_languages)
            m_languages = std::make_unique<LanguageSwitcher>(QStringLiteral("zh_CN"));
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_languages->setEngine(engine);
        UiPreferencesSingleton::provided = &m_preferences;
        LanguageSwitcherSingleton::provided = m_languages.get();
        TerminalInfoSingleton::provided = &m_terminal;
    }

private:
    UiPreferences m_preferences { false };
    std::unique_ptr<LanguageSwitcher> m_languages;
    TerminalInfo m_terminal { TerminalInfo::Mode::Kiosk, QStringLiteral("GZ-TH-KIOSK-TEST"), 1 };
};

QUICK_TEST_MAIN_WITH_SETUP(onewindow_qml, QmlTestSetup)
#include "tst_qml.moc"
