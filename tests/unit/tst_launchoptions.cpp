#include "launchoptions.h"

#include <QTest>

class TestLaunchOptions : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToAFullScreenChineseKiosk()
    {
        auto o = LaunchOptions::parse({ QStringLiteral("onewindow") });
        QVERIFY(o.ok());
        QCOMPARE(o->mode, TerminalInfo::Mode::Kiosk);
        QCOMPARE(o->language, QStringLiteral("zh_CN"));
        QVERIFY(!o->windowed);
        QVERIFY(!o->dataDir.isEmpty());
    }

    void readsEveryOption()
    {
        auto o = LaunchOptions::parse(
            { QStringLiteral("onewindow"), QStringLiteral("--mode"), QStringLiteral("admin"),
              QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("--size"),
              QStringLiteral("1080x1920"), QStringLiteral("--language"), QStringLiteral("en"),
              QStringLiteral("--elderly") });
        QVERIFY(o.ok());
        QCOMPARE(o->mode, TerminalInfo::Mode::Admin);
        QCOMPARE(o->dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(o->windowSize, QSize(1080, 1920));
        QVERIFY(o->windowed);
        QVERIFY(o->elderlyMode);
        QCOMPARE(o->language, QStringLiteral("en"));
    }

    void refusesBadInputWithASentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") }
                                        << QStringLiteral("cli.bad_option");
        QTest::newRow("unknown mode") << QStringList { QStringLiteral("--mode"),
                                                       QStringLiteral("casino") }
                                      << QStringLiteral("cli.bad_mode");
        QTest::newRow("bad size") << QStringList { QStringLiteral("--size"), QStringLiteral("big") }
                                  << QStringLiteral("cli.bad_size");
        QTest::newRow("bad language") << QStringList { QStringLiteral("--language"),
                                                       QStringLiteral("fr") }
                                      << QStringLiteral("cli.bad_language");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("kiosk") }
                                        << QStringLiteral("cli.bad_option");
    }
    void refusesBadInputWithASentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        arguments.prepend(QStringLiteral("onewindow"));
        auto o = LaunchOptions::parse(arguments);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, code);
        QVERIFY(!o.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
