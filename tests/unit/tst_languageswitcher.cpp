#include "languageswitcher.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

class TestLanguageSwitcher : public QObject
{
    Q_OBJECT
private slots:
    void startsInChineseAndTranslates()
    {
        LanguageSwitcher switcher(QStringLiteral("zh_CN"));
        QCOMPARE(switcher.language(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("KioskHomePage", "Apply"), QStringLiteral("办事"));
    }

    void switchesAtRunTimeAndBack()
    {
        LanguageSwitcher switcher(QStringLiteral("zh_CN"));
        QQmlEngine engine;
        switcher.setEngine(&engine);
        QSignalSpy spy(&switcher, &LanguageSwitcher::languageChanged);
        QVERIFY(switcher.setLanguage(QStringLiteral("en")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(engine.uiLanguage(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("KioskHomePage", "Apply"), QStringLiteral("Apply"));
        switcher.resetToDefault();
        QCOMPARE(switcher.language(), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("KioskHomePage", "Apply"), QStringLiteral("办事"));
    }

    void refusesALanguageItDoesNotHave()
    {
        LanguageSwitcher switcher(QStringLiteral("zh_CN"));
        QVERIFY(!switcher.setLanguage(QStringLiteral("fr")));
        QCOMPARE(switcher.language(), QStringLiteral("zh_CN"));
    }

    void unknownDefaultFallsBackToChinese()
    {
        LanguageSwitcher switcher(QStringLiteral("xx"));
        QCOMPARE(switcher.language(), QStringLiteral("zh_CN"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
